/**
 * The {@code siglume} health component: Hosted Checkout readiness of the configured merchant.
 */
package com.siglume.sdrp.spring.health;
