/**
 * The shop's order work shared by both reactive B2 applications.
 */
@NullMarked
package com.siglume.sdrp.benchmarks.reactive.shop;

import org.jspecify.annotations.NullMarked;
