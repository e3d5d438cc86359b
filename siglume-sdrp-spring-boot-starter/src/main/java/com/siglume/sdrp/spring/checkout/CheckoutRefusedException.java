package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.SdrpException;

/**
 * {@link SiglumeCheckout#start} will not start a checkout, or {@link SiglumeCheckout#challenge}
 * will not issue a challenge, for the order in its current state.
 * Nothing was stored and nothing was sent to Siglume. {@link Reason#buyerMessage()} is a short
 * sentence a buyer may see; a web shop usually answers 409 with it.
 */
public class CheckoutRefusedException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /** Why a checkout was refused. */
    public enum Reason {

        /** A payment for the order was confirmed (Standard settled, or Micro/Nano usage accepted). */
        ALREADY_PAID("already_paid", "This order is already paid."),
        /** A confirmation for the order went to review; a person must look at it first. */
        UNDER_REVIEW("under_review", "This order's payment is being reviewed. Please contact the shop."),
        /** The buyer paid in the open session and its confirmation has not arrived yet. */
        PAYMENT_CONFIRMING("payment_confirming",
                "A payment for this order was received and is being confirmed. Please check back shortly."),
        /**
         * A challenge was asked for while the order's Hosted Checkout session is still open: a
         * buyer may pay there, so no second way to pay is offered until it ends.
         */
        CHECKOUT_OPEN("checkout_open",
                "A checkout for this order is open. Finish it there, or try again once it has expired."),
        /**
         * The amount falls in the Micro or Nano band, which settles later in batches, and
         * {@code siglume.checkout.allow-metered} is not {@code true}.
         */
        METERED_NOT_ENABLED("metered_not_enabled", "This amount cannot be paid with Siglume at this shop.");

        private final String wireName;
        private final String buyerMessage;

        Reason(String wireName, String buyerMessage) {
            this.wireName = wireName;
            this.buyerMessage = buyerMessage;
        }

        /**
         * Returns the reason's name for logs and JSON.
         *
         * @return for example {@code already_paid}
         */
        public String wireName() {
            return wireName;
        }

        /**
         * Returns a short sentence a buyer may see.
         *
         * @return the message
         */
        public String buyerMessage() {
            return buyerMessage;
        }
    }

    private final String orderId;
    private final Reason reason;

    /**
     * Creates the refusal.
     *
     * @param orderId the order
     * @param reason why
     */
    public CheckoutRefusedException(String orderId, Reason reason) {
        super("Checkout refused for order " + orderId + ": " + reason.wireName());
        this.orderId = orderId;
        this.reason = reason;
    }

    /**
     * Returns the order.
     *
     * @return the order id
     */
    public String orderId() {
        return orderId;
    }

    /**
     * Returns why the checkout was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
