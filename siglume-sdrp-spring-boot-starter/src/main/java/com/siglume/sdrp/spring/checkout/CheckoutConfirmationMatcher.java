package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Matches each {@code direct_payment.confirmed} event to the checkout attempt its challenge hash
 * names and hands the outcome, one {@link OrderPaymentEvent}, to the listeners of its type.
 *
 * <p>It is itself a {@link SiglumePaymentListener}, so it runs inside the event store's
 * transaction: the attempt's new state commits with the event record, or neither does. It
 * locks the order's attempts first, so two confirmations of one order, on any instance, are
 * matched one after the other. Then exactly one of:
 * <ul>
 *   <li>{@link OrderPaid}: a Standard payment settled and matched the attempt;</li>
 *   <li>{@link OrderFulfilledUnsettled}: Micro/Nano usage accepted, matched, and allowed;</li>
 *   <li>{@link OrderPaymentReview}: an unknown challenge hash, a mismatch, Micro/Nano usage when
 *       it is not allowed, a second, different payment for a paid order, a payment for an order
 *       on review, or an event the classifier could not classify;</li>
 *   <li>nothing, when the order was already paid by this same payment (another event id, the
 *       same requirement id): a paid order is reported paid once.</li>
 * </ul>
 * Settled Micro/Nano batches name no order and are left to
 * {@link com.siglume.sdrp.confirmation.MeteredBatchSettled} listeners.
 */
public final class CheckoutConfirmationMatcher {

    private static final Log logger = LogFactory.getLog(CheckoutConfirmationMatcher.class);

    private final JdbcCheckoutAttemptStore attempts;
    private final SiglumeListenerRegistry listeners;
    private final boolean allowMetered;

    /**
     * Creates the matcher.
     *
     * @param attempts the checkout attempts
     * @param listeners the listeners the order payment events are handed to
     * @param allowMetered whether Micro/Nano usage may fulfil an order
     */
    public CheckoutConfirmationMatcher(JdbcCheckoutAttemptStore attempts, SiglumeListenerRegistry listeners,
            boolean allowMetered) {
        this.attempts = attempts;
        this.listeners = listeners;
        this.allowMetered = allowMetered;
    }

    /**
     * Tells whether Micro/Nano usage may fulfil an order: only then is it handed out as
     * {@link OrderFulfilledUnsettled} rather than put on review.
     *
     * @return {@code true} when {@code siglume.checkout.allow-metered} (or the builder) allows it
     */
    public boolean allowsMetered() {
        return allowMetered;
    }

    /**
     * A settled Standard payment.
     *
     * @param settled the classified event
     * @param delivery the verified delivery, passed on to the order listeners
     */
    @SiglumePaymentListener
    public void onStandardSettled(StandardSettled settled, VerifiedWebhook delivery) {
        dispatch(delivery, match(settled, settled.challengeHash(), settled.requirementId(), PricingBand.STANDARD));
    }

    /**
     * Accepted Micro or Nano usage.
     *
     * @param accepted the classified event
     * @param delivery the verified delivery, passed on to the order listeners
     */
    @SiglumePaymentListener
    public void onMeteredUsageAccepted(MeteredUsageAccepted accepted, VerifiedWebhook delivery) {
        PricingBand band = PricingBand.fromWireName(accepted.pricingBand()).orElseThrow();
        dispatch(delivery, match(accepted, accepted.challengeHash(), accepted.requirementId(), band));
    }

    /**
     * An event the classifier could not classify: always a review, of the order it names if any.
     *
     * @param unclassified the classified event
     * @param delivery the verified delivery, passed on to the order listeners
     */
    @SiglumePaymentListener
    public void onUnclassified(Unclassified unclassified, VerifiedWebhook delivery) {
        dispatch(delivery, match(unclassified, unclassified.event().dataString("challenge_hash"),
                unclassified.requirementId(), null));
    }

    /**
     * Decides what the confirmation means for its order and records it on the attempt.
     *
     * @param paidBand the band that was paid, or {@code null} for an unclassified event
     */
    private Optional<OrderPaymentEvent> match(PaymentConfirmation confirmation, @Nullable String challengeHash,
            @Nullable String requirementId, @Nullable PricingBand paidBand) {
        return attempts.inTransaction(() -> {
            List<CheckoutAttempt> order = challengeHash == null ? List.of()
                    : attempts.lockOrderOfChallengeHash(challengeHash);
            if (order.isEmpty()) {
                return Optional.of(paidBand == null
                        ? review(null, OrderPaymentReview.Reason.UNCLASSIFIED, unclassifiedDetail(confirmation),
                                requirementId, challengeHash, confirmation)
                        : review(null, OrderPaymentReview.Reason.UNKNOWN_CHALLENGE_HASH,
                                "No checkout attempt has this challenge hash", requirementId, challengeHash,
                                confirmation));
            }
            CheckoutAttempt matched = order.stream().filter(attempt -> challengeHash.equals(attempt.challengeHash()))
                    .findFirst().orElseThrow();
            Optional<CheckoutAttempt> settled = order.stream().filter(attempt -> attempt.state().isSettled())
                    .findFirst();
            if (paidBand == null) {
                return Optional.of(hold(settled, matched, OrderPaymentReview.Reason.UNCLASSIFIED,
                        unclassifiedDetail(confirmation), requirementId, confirmation));
            }
            Optional<String> differences = ConfirmationCrossCheck.differences(confirmation.event(), paidBand, matched);
            if (differences.isPresent()) {
                return Optional.of(hold(settled, matched, OrderPaymentReview.Reason.ORDER_MISMATCH,
                        differences.get(), requirementId, confirmation));
            }
            if (paidBand.isMetered() && !allowMetered) {
                return Optional.of(hold(settled, matched, OrderPaymentReview.Reason.METERED_NOT_ALLOWED,
                        paidBand.wireName() + " usage accepted but siglume.checkout.allow-metered is off",
                        requirementId, confirmation));
            }
            if (settled.isPresent()) {
                if (Objects.equals(settled.get().requirementId(), requirementId)) {
                    logger.info("Order " + matched.orderId() + " is already " + settled.get().state().wireName()
                            + " by requirement " + requirementId + "; event " + confirmation.event().id()
                            + " changes nothing");
                    return Optional.empty();
                }
                return Optional.of(review(matched.orderId(), OrderPaymentReview.Reason.DOUBLE_PAYMENT,
                        "Order already " + settled.get().state().wireName() + " by requirement "
                                + settled.get().requirementId() + " (attempt " + settled.get().attempt() + ")",
                        requirementId, challengeHash, confirmation));
            }
            if (order.stream().anyMatch(attempt -> attempt.state() == CheckoutAttempt.State.REVIEW)) {
                return Optional.of(review(matched.orderId(), OrderPaymentReview.Reason.ORDER_UNDER_REVIEW,
                        "The order is on review", requirementId, challengeHash, confirmation));
            }
            return Optional.of(fulfil(matched, confirmation, requirementId, paidBand));
        });
    }

    private OrderPaymentEvent fulfil(CheckoutAttempt attempt, PaymentConfirmation confirmation, String requirementId,
            PricingBand band) {
        WebhookEvent event = confirmation.event();
        if (confirmation instanceof StandardSettled settled) {
            attempts.settle(attempt, CheckoutAttempt.State.PAID, requirementId, settled.chainReceiptId());
            return new OrderPaid(attempt.orderId(), attempt.attempt(), attempt.amountMinor(), attempt.currency(),
                    attempt.sessionId(), requirementId, settled.chainReceiptId(), event);
        }
        MeteredUsageAccepted accepted = (MeteredUsageAccepted) confirmation;
        String chainReceiptId = event.dataString("chain_receipt_id");
        attempts.settle(attempt, CheckoutAttempt.State.FULFILLED_UNSETTLED, requirementId, chainReceiptId);
        return new OrderFulfilledUnsettled(attempt.orderId(), attempt.attempt(), attempt.amountMinor(),
                attempt.currency(), attempt.sessionId(), requirementId, chainReceiptId, band,
                accepted.settlementCadence(), event);
    }

    /** A review of an attempt: put on review unless its order is already paid, which keeps its payment. */
    private OrderPaymentReview hold(Optional<CheckoutAttempt> settled, CheckoutAttempt matched,
            OrderPaymentReview.Reason reason, String detail, String requirementId, PaymentConfirmation confirmation) {
        if (settled.isEmpty()) {
            attempts.review(matched, reason, requirementId);
        }
        return review(matched.orderId(), reason, detail, requirementId, matched.challengeHash(), confirmation);
    }

    private static OrderPaymentReview review(@Nullable String orderId, OrderPaymentReview.Reason reason,
            String detail, @Nullable String requirementId, @Nullable String challengeHash,
            PaymentConfirmation confirmation) {
        return new OrderPaymentReview(orderId, reason, detail, requirementId, challengeHash, confirmation);
    }

    private static String unclassifiedDetail(PaymentConfirmation confirmation) {
        Unclassified unclassified = (Unclassified) confirmation;
        WebhookEvent event = unclassified.event();
        return "reason=" + unclassified.reason().wireName() + ", mode=" + event.dataString("mode") + ", pricing_band="
                + unclassified.pricingBand() + ", settlement_status=" + unclassified.settlementStatus() + ", finality="
                + unclassified.finality();
    }

    private void dispatch(VerifiedWebhook delivery, Optional<OrderPaymentEvent> outcome) {
        if (outcome.isEmpty()) {
            return;
        }
        OrderPaymentEvent event = outcome.get();
        List<PaymentListenerMethod> targets = listeners.listenersOf(event);
        if (event instanceof OrderPaymentReview review) {
            logger.warn("Siglume event " + review.event().id() + " needs manual review: " + review.reason().wireName()
                    + " (order " + review.orderId() + ")" + (targets.isEmpty()
                            ? "; no OrderPaymentReview listener, the event's record and the attempt keep it" : ""));
        } else {
            logger.info("Siglume event " + event.event().id() + " -> " + event.getClass().getSimpleName() + " for order "
                    + event.orderId());
        }
        for (PaymentListenerMethod target : targets) {
            target.invoke(delivery, event);
        }
    }
}
