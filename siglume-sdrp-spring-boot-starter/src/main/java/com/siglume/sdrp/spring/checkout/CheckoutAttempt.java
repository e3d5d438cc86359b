package com.siglume.sdrp.spring.checkout;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One checkout attempt of an order, a row of {@value JdbcCheckoutAttemptStore#TABLE}: the
 * Hosted Checkout session created with nonce {@code <orderId>-attempt_<n>}, or the challenge an
 * agent was given with that nonce, and what became of it. Every attempt is kept, so a late
 * confirmation of an earlier one still finds its order.
 *
 * @param orderId the order id
 * @param attempt the attempt number, from 1
 * @param nonce the nonce the session was created with
 * @param state what became of the attempt
 * @param active whether it is the order's current attempt, the one {@link SiglumeCheckout#start}
 *        looks at (at most one per order)
 * @param merchant the merchant key the session or challenge was created for
 * @param amountMinor the amount in minor units
 * @param currency the currency
 * @param sessionId the checkout session id, or {@code null} for an agent challenge
 * @param checkoutUrl where the buyer pays, or {@code null} for an agent challenge
 * @param challengeHash the challenge hash of the session or agent challenge, by which
 *        confirmations name the attempt
 * @param requirementId the payment requirement of the confirmation that paid it, or {@code null}
 * @param chainReceiptId the on-chain receipt of a Standard payment, or {@code null}
 * @param reviewReason why it went to review ({@link OrderPaymentReview.Reason#wireName()}), or
 *        {@code null}
 * @param createdAt when the attempt was created
 * @param updatedAt when it last changed
 */
public record CheckoutAttempt(String orderId, int attempt, String nonce, State state, boolean active,
        String merchant, long amountMinor, String currency, @Nullable String sessionId, @Nullable String checkoutUrl,
        @Nullable String challengeHash, @Nullable String requirementId, @Nullable String chainReceiptId,
        @Nullable String reviewReason, Instant createdAt,
        Instant updatedAt) {

    /** What became of an attempt. */
    public enum State {

        /** Its session was created; no confirmation has arrived for it. */
        OPEN("open"),
        /** A later attempt of the order took its place (its session had ended or changed). */
        REPLACED("replaced"),
        /** A Standard payment settled for it. */
        PAID("paid"),
        /** Micro or Nano usage was accepted for it; settlement comes later in a batch. */
        FULFILLED_UNSETTLED("fulfilled_unsettled"),
        /** A confirmation for it did not add up; a person must look at it. */
        REVIEW("review");

        private final String wireName;

        State(String wireName) {
            this.wireName = wireName;
        }

        /**
         * Returns the name stored in the table.
         *
         * @return for example {@code fulfilled_unsettled}
         */
        public String wireName() {
            return wireName;
        }

        /**
         * Tells whether a payment for the attempt was confirmed.
         *
         * @return {@code true} for {@link #PAID} and {@link #FULFILLED_UNSETTLED}
         */
        public boolean isSettled() {
            return this == PAID || this == FULFILLED_UNSETTLED;
        }

        /**
         * Finds the state stored under a name.
         *
         * @param wireName the stored name
         * @return the state, or empty for a name this version does not know
         */
        public static Optional<State> fromWireName(String wireName) {
            return Arrays.stream(values()).filter(state -> state.wireName.equals(wireName)).findFirst();
        }
    }

    /**
     * Tells whether the attempt is a challenge issued to an agent ({@link SiglumeCheckout#challenge})
     * rather than a Hosted Checkout session.
     *
     * @return {@code true} when it has a challenge hash and no session
     */
    public boolean isAgentChallenge() {
        return sessionId == null && challengeHash != null;
    }

    /** Whether this attempt was made for the same amount, currency and merchant as the order now. */
    boolean isFor(CheckoutOrder order, String currentMerchant) {
        return amountMinor == order.amountMinor() && currency.equals(order.currency())
                && merchant.equals(currentMerchant);
    }
}
