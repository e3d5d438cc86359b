package com.siglume.sdrp.spring.checkout;

/**
 * The offer an agent pays through the direct API: a merchant challenge for an order, recorded as
 * the order's active attempt, so the confirmation of its payment is matched to the order like a
 * Hosted Checkout payment. Give the agent {@code merchant}, {@code amountMinor},
 * {@code currency} and {@code challenge}; it creates the payment requirement with them.
 *
 * @param orderId the order id
 * @param attempt the attempt number, from 1
 * @param merchant the merchant key the challenge is signed for
 * @param amountMinor the amount in minor units
 * @param currency the currency
 * @param challenge the one-time {@code siglume-external-402-v1} challenge
 * @param challengeHash the challenge's hash, by which the confirmation names the attempt
 * @param reused {@code true} when the active attempt's challenge is returned again;
 *        {@code false} when this call created the attempt
 */
public record OrderChallenge(String orderId, int attempt, String merchant, long amountMinor, String currency,
        String challenge, String challengeHash, boolean reused) {
}
