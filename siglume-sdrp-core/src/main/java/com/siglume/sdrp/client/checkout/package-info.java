/**
 * Hosted Checkout: sessions for one order each, their status, and the one-call setup of a
 * merchant for Hosted Checkout.
 */
@NullMarked
package com.siglume.sdrp.client.checkout;

import org.jspecify.annotations.NullMarked;
