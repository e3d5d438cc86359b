/**
 * Hosted Checkout: sessions, their statuses and the one-call merchant setup
 * ({@link com.siglume.sdrp.client.checkout.CheckoutSessions}).
 */
@NullMarked
package com.siglume.sdrp.client.checkout;

import org.jspecify.annotations.NullMarked;
