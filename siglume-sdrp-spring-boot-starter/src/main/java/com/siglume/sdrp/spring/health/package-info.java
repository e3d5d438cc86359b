/**
 * The {@code siglume} health component: Hosted Checkout readiness of the configured merchant.
 */
@NullMarked
package com.siglume.sdrp.spring.health;

import org.jspecify.annotations.NullMarked;
