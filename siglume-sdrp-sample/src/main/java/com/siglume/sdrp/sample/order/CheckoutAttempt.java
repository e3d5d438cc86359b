package com.siglume.sdrp.sample.order;

/**
 * One Hosted Checkout session created for an order.
 *
 * @param orderId the order id
 * @param attempt the attempt number, from 1
 * @param nonce the nonce sent with the session, {@code <order>-attempt_<n>}
 * @param sessionId the session id Siglume returned
 * @param checkoutUrl where the buyer pays
 * @param challengeHash the session's challenge hash; the webhook names the order by it
 */
public record CheckoutAttempt(String orderId, int attempt, String nonce, String sessionId, String checkoutUrl,
        String challengeHash) {
}
