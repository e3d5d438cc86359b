/**
 * B2's reactive baseline: a hand-written WebFlux + R2DBC webhook endpoint.
 */
@NullMarked
package com.siglume.sdrp.benchmarks.reactive.handwritten;

import org.jspecify.annotations.NullMarked;
