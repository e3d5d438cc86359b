/**
 * B2's reactive starter row: the starter's WebFlux endpoint and R2DBC event store with a reactive listener.
 */
@NullMarked
package com.siglume.sdrp.benchmarks.reactive.starter;

import org.jspecify.annotations.NullMarked;
