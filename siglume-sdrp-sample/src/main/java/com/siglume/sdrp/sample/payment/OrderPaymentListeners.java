package com.siglume.sdrp.sample.payment;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sample.order.OrderStatus;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shop's fulfilment rules, applied to verified and classified {@code direct_payment.confirmed}
 * events.
 *
 * <p>The Siglume starter calls these methods once per event id, inside the transaction that
 * records the event, so an order change and the dedupe record commit together. None of them
 * throws for an event it cannot apply: that would make Siglume deliver it again and again.
 * Such events go to the durable review queue instead.
 * <ul>
 *   <li>{@code standard_settled}: the order named by the challenge hash becomes {@code paid},
 *       once;</li>
 *   <li>{@code metered_usage_accepted}: it becomes {@code fulfilled_unsettled}, once;</li>
 *   <li>{@code metered_batch_settled}: the batch is recorded for reconciliation (it names no
 *       order);</li>
 *   <li>anything else: a review record, and the order, when one is named, goes to
 *       {@code review}.</li>
 * </ul>
 */
@Component
public class OrderPaymentListeners {

    /** Review reason: no checkout attempt of this shop has the event's challenge hash. */
    public static final String UNKNOWN_CHALLENGE_HASH = "unknown_challenge_hash";
    /** Review reason: the event's amount, currency or merchant differs from the order. */
    public static final String ORDER_MISMATCH = "order_mismatch";
    /** Review reason: the order was no longer payable, and not by this same payment. */
    public static final String ORDER_NOT_PAYABLE = "order_not_payable";

    private static final Logger log = LoggerFactory.getLogger(OrderPaymentListeners.class);

    private final OrderRepository orders;
    private final PaymentReviewRepository reviews;
    private final SettlementBatchRepository settlements;
    private final String merchant;

    /**
     * Creates the listeners.
     *
     * @param orders the order store
     * @param reviews the review queue
     * @param settlements the settled batch store
     * @param siglume the Siglume settings, for the merchant key
     */
    public OrderPaymentListeners(OrderRepository orders, PaymentReviewRepository reviews,
            SettlementBatchRepository settlements, SiglumeProperties siglume) {
        this.orders = orders;
        this.reviews = reviews;
        this.settlements = settlements;
        this.merchant = siglume.getMerchant();
    }

    /**
     * A Standard payment settled on chain: the only event that marks an order paid.
     *
     * @param settled the classified event
     */
    @SiglumePaymentListener
    public void onStandardSettled(StandardSettled settled) {
        Optional<Order> order = checkedOrder(settled, settled.challengeHash(), settled.requirementId());
        if (order.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        if (orders.markPaid(order.get().id(), settled.requirementId(), settled.chainReceiptId(), now)) {
            log.info("Order {} paid (event {}, requirement {})", order.get().id(), settled.event().id(),
                    settled.requirementId());
        } else {
            handleNotPayable(settled, order.get().id(), settled.challengeHash(), settled.requirementId(), now);
        }
    }

    /**
     * Micro or Nano usage accepted: the order is delivered, but the money settles later in a
     * batch, so it becomes {@code fulfilled_unsettled}, never {@code paid}.
     *
     * @param accepted the classified event
     */
    @SiglumePaymentListener
    public void onMeteredUsageAccepted(MeteredUsageAccepted accepted) {
        Optional<Order> order = checkedOrder(accepted, accepted.challengeHash(), accepted.requirementId());
        if (order.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        if (orders.markFulfilledUnsettled(order.get().id(), accepted.requirementId(), now)) {
            log.info("Order {} fulfilled, {} settlement pending (event {}, requirement {})", order.get().id(),
                    accepted.pricingBand(), accepted.event().id(), accepted.requirementId());
        } else {
            handleNotPayable(accepted, order.get().id(), accepted.challengeHash(), accepted.requirementId(), now);
        }
    }

    /**
     * A Micro/Nano settlement batch settled on chain: recorded for reconciliation.
     *
     * @param batch the classified event
     */
    @SiglumePaymentListener
    public void onMeteredBatchSettled(MeteredBatchSettled batch) {
        if (settlements.recordIfAbsent(batch, Instant.now())) {
            log.info("Settlement batch {} ({}) settled (event {})", batch.settlementBatchId(), batch.pricingBand(),
                    batch.event().id());
        } else {
            log.info("Settlement batch {} already recorded (event {})", batch.settlementBatchId(), batch.event().id());
        }
    }

    /**
     * An event the shop must not act on automatically: a review record, and the order it names
     * (by challenge hash), if any and still payable, goes to {@code review}.
     *
     * @param unclassified the classified event
     */
    @SiglumePaymentListener
    public void onUnclassified(Unclassified unclassified) {
        WebhookEvent event = unclassified.event();
        String challengeHash = event.dataString("challenge_hash");
        String orderId = challengeHash == null ? null : orders.findOrderIdByChallengeHash(challengeHash).orElse(null);
        Instant now = Instant.now();
        if (orderId != null) {
            orders.markReview(orderId, now);
        }
        String detail = "type=" + event.type() + ", mode=" + event.dataString("mode") + ", pricing_band="
                + unclassified.pricingBand() + ", settlement_status=" + unclassified.settlementStatus()
                + ", finality=" + unclassified.finality();
        reviews.add(new PaymentReview(event.id(), unclassified.reason().wireName(), unclassified.kind().wireName(),
                orderId, unclassified.requirementId(), challengeHash, unclassified.settlementBatchId(), detail), now);
        log.warn("Event {} needs manual review: {} (order {})", event.id(), unclassified.reason().wireName(), orderId);
    }

    /**
     * Finds the order an event names and checks the event against it; on failure records why
     * (and puts a mismatched order on review).
     */
    private Optional<Order> checkedOrder(PaymentConfirmation confirmation, String challengeHash, String requirementId) {
        WebhookEvent event = confirmation.event();
        Instant now = Instant.now();
        Optional<Order> order = orders.findOrderIdByChallengeHash(challengeHash).flatMap(orders::findById);
        if (order.isEmpty()) {
            reviews.add(new PaymentReview(event.id(), UNKNOWN_CHALLENGE_HASH, confirmation.kind().wireName(), null,
                    requirementId, challengeHash, null, "No checkout attempt of this shop has this challenge hash"),
                    now);
            log.warn("Event {} names unknown challenge hash {}; recorded for review", event.id(), challengeHash);
            return Optional.empty();
        }
        Optional<String> differences = OrderCrossCheck.differences(event, order.get(), merchant);
        if (differences.isPresent()) {
            orders.markReview(order.get().id(), now);
            reviews.add(new PaymentReview(event.id(), ORDER_MISMATCH, confirmation.kind().wireName(),
                    order.get().id(), requirementId, challengeHash, null, differences.get()), now);
            log.warn("Event {} does not match order {}: {}; order put on review", event.id(), order.get().id(),
                    differences.get());
            return Optional.empty();
        }
        return order;
    }

    /**
     * The order was not payable any more. The same payment reported again under another event
     * id changes nothing; anything else (a second payment, an order under review) is recorded
     * for review and leaves the order as it is.
     */
    private void handleNotPayable(PaymentConfirmation confirmation, String orderId, String challengeHash,
            String requirementId, Instant now) {
        Order current = orders.findById(orderId).orElseThrow();
        boolean samePayment = (current.status() == OrderStatus.PAID
                || current.status() == OrderStatus.FULFILLED_UNSETTLED)
                && Objects.equals(current.requirementId(), requirementId);
        if (samePayment) {
            log.info("Order {} already {} by requirement {}; event {} changes nothing", orderId,
                    current.status().wireName(), requirementId, confirmation.event().id());
            return;
        }
        reviews.add(new PaymentReview(confirmation.event().id(), ORDER_NOT_PAYABLE, confirmation.kind().wireName(),
                orderId, requirementId, challengeHash, null, "Order status was " + current.status().wireName()
                        + (current.requirementId() == null ? "" : ", paid by requirement " + current.requirementId())),
                now);
        log.warn("Event {} for order {} in status {}; recorded for review", confirmation.event().id(), orderId,
                current.status().wireName());
    }
}
