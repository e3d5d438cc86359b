package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * A confirmation the shop must not act on automatically: a person has to look at it (and may
 * have to refund a buyer). When it names an attempt of an order that is not paid yet, that
 * attempt is put on review, so {@link SiglumeCheckout#start} refuses the order with
 * {@link CheckoutRefusedException.Reason#UNDER_REVIEW}; a paid order keeps its payment.
 *
 * @param orderId the order whose attempt the event names, or {@code null} when it names none
 * @param reason why it needs review
 * @param detail a short explanation for the reviewer (never secrets)
 * @param requirementId the event's payment requirement id, or {@code null}
 * @param challengeHash the event's challenge hash, or {@code null}
 * @param confirmation the classified event
 */
public record OrderPaymentReview(@Nullable String orderId, Reason reason, String detail,
        @Nullable String requirementId, @Nullable String challengeHash, PaymentConfirmation confirmation) implements OrderPaymentEvent {

    /** Why a confirmation needs review. */
    public enum Reason {

        /** No checkout attempt of this application has the event's challenge hash. */
        UNKNOWN_CHALLENGE_HASH("unknown_challenge_hash"),
        /**
         * The event's merchant, amount, currency or pricing band differs from the attempt it
         * names.
         */
        ORDER_MISMATCH("order_mismatch"),
        /** Micro or Nano usage was accepted, but {@code siglume.checkout.allow-metered} is off. */
        METERED_NOT_ALLOWED("metered_not_allowed"),
        /**
         * A second, different payment (another requirement id) for an order already paid: a
         * double payment a person must refund.
         */
        DOUBLE_PAYMENT("double_payment"),
        /** A payment for an order that is already on review. */
        ORDER_UNDER_REVIEW("order_under_review"),
        /** The classifier could not classify the event ({@link com.siglume.sdrp.confirmation.Unclassified}). */
        UNCLASSIFIED("unclassified");

        private final String wireName;

        Reason(String wireName) {
            this.wireName = wireName;
        }

        /**
         * Returns the reason's name, as stored on a reviewed attempt.
         *
         * @return for example {@code double_payment}
         */
        public String wireName() {
            return wireName;
        }
    }

    @Override
    public WebhookEvent event() {
        return confirmation.event();
    }
}
