/**
 * Auto-configuration of the starter for reactive (Spring WebFlux) applications.
 */
@NullMarked
package com.siglume.sdrp.spring.autoconfigure.reactive;

import org.jspecify.annotations.NullMarked;
