package com.siglume.sdrp.docs;

import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code blocks of {@code docs/lifecycle.md}, compiled. The example classes are nested and this
 * package is outside every application's component scan, so no context ever picks them up.
 */
@SuppressWarnings("unused")
final class LifecycleGuideSnippets {

    private LifecycleGuideSnippets() {
    }

    /** The reader's order store. */
    interface Orders {
        boolean markPaid(String challengeHash, String requirementId, String chainReceiptId);

        boolean markFulfilledUnsettled(String challengeHash, String requirementId);

        void markReview(String challengeHash);

        OrderView view(String orderId);

        Order lockForCheckout(String orderId);

        void recordAttempt(String orderId, int attempt, String nonce, CreatedCheckoutSession session);
    }

    /** The reader's manual review queue. */
    interface Reviews {
        void add(String eventId, String reason, String challengeHash);
    }

    /** The reader's revenue ledger. */
    interface Ledger {
        void recordSettledBatch(String settlementBatchId, String pricingBand, String chainReceiptId,
                String usageEventDigest);
    }

    /** A checkout the shop refuses to start; answered with 409 and the buyer-facing message. */
    static final class CheckoutRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CheckoutRefusedException(String buyerMessage) {
            super(buyerMessage);
        }
    }

    /** What the return page shows. */
    record OrderView(String orderId, String status) {
    }

    /** The reader's order row. */
    record Order(String id, long amountMinor, String currency, int attempt, String sessionId, String checkoutUrl) {
    }

    static final class Listeners {

        @Component
        class FulfilmentListeners {

            private final Orders orders;
            private final Reviews reviews;
            private final Ledger ledger;

            FulfilmentListeners(Orders orders, Reviews reviews, Ledger ledger) {
                this.orders = orders;
                this.reviews = reviews;
                this.ledger = ledger;
            }

            /** Standard: settled on chain. The only event that marks an order paid. */
            @SiglumePaymentListener
            void standardSettled(StandardSettled settled) {
                if (!orders.markPaid(settled.challengeHash(), settled.requirementId(), settled.chainReceiptId())) {
                    reviews.add(settled.event().id(), "order_not_payable", settled.challengeHash());
                }
            }

            /** Micro/Nano: usage accepted. Deliver now; the revenue settles later in a batch. */
            @SiglumePaymentListener
            void usageAccepted(MeteredUsageAccepted accepted) {
                if (!orders.markFulfilledUnsettled(accepted.challengeHash(), accepted.requirementId())) {
                    reviews.add(accepted.event().id(), "order_not_payable", accepted.challengeHash());
                }
            }

            /** Micro/Nano: a settlement batch settled on chain. It names a batch, never an order. */
            @SiglumePaymentListener
            void batchSettled(MeteredBatchSettled batch) {
                ledger.recordSettledBatch(batch.settlementBatchId(), batch.pricingBand(), batch.chainReceiptId(),
                        batch.usageEventDigest());
            }

            /** Anything else: a person decides. The order, if one is named, stops moving. */
            @SiglumePaymentListener
            void unclassified(Unclassified unclassified) {
                String challengeHash = unclassified.event().dataString("challenge_hash");
                if (challengeHash != null) {
                    orders.markReview(challengeHash);
                }
                reviews.add(unclassified.event().id(), unclassified.reason().wireName(), challengeHash);
            }
        }
    }

    static final class Transitions {

        static boolean markPaid(JdbcClient jdbc, String challengeHash, String requirementId, String chainReceiptId) {
            return jdbc.sql("""
                    UPDATE orders SET status = 'paid', requirement_id = ?, chain_receipt_id = ?
                    WHERE id = (SELECT order_id FROM checkout_attempts WHERE challenge_hash = ?)
                      AND status IN ('created', 'pending')""")
                    .params(requirementId, chainReceiptId, challengeHash)
                    .update() == 1;
        }
    }

    static final class ReturnPage {

        @RestController
        class CheckoutReturnController {

            private final Orders orders;

            CheckoutReturnController(Orders orders) {
                this.orders = orders;
            }

            /** Where Hosted Checkout sends the buyer back. It shows the order; it never changes it. */
            @GetMapping("/checkout/success")
            OrderView success(@RequestParam("order_id") String orderId) {
                return orders.view(orderId);
            }
        }
    }

    static final class Attempts {

        private static final Set<CheckoutSessionStatus> PAYABLE_SESSION =
                EnumSet.of(CheckoutSessionStatus.OPEN, CheckoutSessionStatus.AUTHENTICATED);

        private final SiglumeMerchantClient siglume;
        private final Orders orders;

        Attempts(SiglumeMerchantClient siglume, Orders orders) {
            this.siglume = siglume;
            this.orders = orders;
        }

        /** In one transaction holding the order's row lock. */
        String checkoutUrl(String orderId, String successUrl, String cancelUrl) {
            Order order = orders.lockForCheckout(orderId);
            if (order.sessionId() != null) {
                try {
                    CheckoutSession current = siglume.getCheckoutSession(order.sessionId());
                    if (PAYABLE_SESSION.contains(current.status())) {
                        return order.checkoutUrl();                 // the buyer can still pay this one
                    }
                    if (current.status() == CheckoutSessionStatus.PAID) {
                        throw new CheckoutRefusedException("This order's payment is being confirmed.");
                    }
                } catch (SiglumeApiException e) {
                    if (e.status() != 404) {
                        throw e;                                    // unknown outcome: do not start over
                    }
                }
            }
            int attempt = order.attempt() + 1;                     // expired, cancelled, failed or gone
            String nonce = order.id() + "-attempt_" + attempt;
            CreatedCheckoutSession session = siglume.createCheckoutSession(CheckoutSessionRequest.builder()
                    .merchant("my-shop").amountMinor(order.amountMinor()).currency(order.currency())
                    .nonce(nonce).successUrl(successUrl).cancelUrl(cancelUrl)
                    .build());                                     // retried inside with the same nonce
            orders.recordAttempt(order.id(), attempt, nonce, session);   // commit before the redirect
            return session.checkoutUrl();
        }
    }
}
