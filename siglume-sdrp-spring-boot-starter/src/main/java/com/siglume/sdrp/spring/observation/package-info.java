/**
 * Micrometer {@code Observation}s of the starter's work: the processing of each webhook delivery
 * and each operation of the Siglume clients, with conventions that name them and give them
 * low-cardinality keys, so Micrometer Tracing makes spans of them and the default meter handler
 * makes timers.
 */
@NullMarked
package com.siglume.sdrp.spring.observation;

import org.jspecify.annotations.NullMarked;
