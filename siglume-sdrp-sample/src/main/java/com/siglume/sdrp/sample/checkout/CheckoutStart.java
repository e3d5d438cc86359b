package com.siglume.sdrp.sample.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /checkout/siglume/start}: where to send the buyer.
 *
 * @param orderId the order id
 * @param checkoutUrl the Hosted Checkout page
 * @param sessionId the checkout session id
 */
public record CheckoutStart(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("checkout_url") String checkoutUrl,
        @JsonProperty("session_id") String sessionId) {
}
