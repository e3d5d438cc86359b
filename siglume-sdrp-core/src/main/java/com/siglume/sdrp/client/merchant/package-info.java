/**
 * Merchant accounts: setup, Hosted Checkout readiness, the challenge secret and the billing
 * mandate.
 */
@NullMarked
package com.siglume.sdrp.client.merchant;

import org.jspecify.annotations.NullMarked;
