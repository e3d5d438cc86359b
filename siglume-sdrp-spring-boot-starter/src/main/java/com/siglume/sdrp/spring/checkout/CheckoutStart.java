package com.siglume.sdrp.spring.checkout;

/**
 * Where to send the buyer: the Hosted Checkout session of the order's active attempt.
 *
 * @param orderId the order id
 * @param attempt the attempt number, from 1
 * @param sessionId the checkout session id
 * @param checkoutUrl the Hosted Checkout page to redirect the buyer to
 * @param reused {@code true} when the attempt's session was still open and is returned again;
 *        {@code false} when this call created it
 */
public record CheckoutStart(String orderId, int attempt, String sessionId, String checkoutUrl, boolean reused) {
}
