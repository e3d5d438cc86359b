/**
 * The webhook endpoint of reactive (Spring WebFlux) applications.
 */
@NullMarked
package com.siglume.sdrp.spring.webhook.reactive;

import org.jspecify.annotations.NullMarked;
