package com.siglume.sdrp.sample.payment;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.OrderPaymentReview;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shop's fulfilment rules. The starter verifies and classifies each
 * {@code direct_payment.confirmed} event, matches it to the order's checkout attempt, and calls
 * these methods once per event id, inside the transaction that records the event, so an order
 * change and the dedupe record commit together:
 * <ul>
 *   <li>{@link OrderPaid}: the order becomes {@code paid} (reported once per order);</li>
 *   <li>{@link OrderFulfilledUnsettled}: it becomes {@code fulfilled_unsettled};</li>
 *   <li>{@link OrderPaymentReview}: a review record, and the order, when one is named and still
 *       payable, goes to {@code review};</li>
 *   <li>{@link MeteredBatchSettled}: the batch is recorded for reconciliation (it names no
 *       order); a batch id too long to be the table's key goes to review instead.</li>
 * </ul>
 * None of them throws for an event it cannot apply: that would make Siglume deliver it again and
 * again.
 */
@Component
public class OrderPaymentListeners {

    /** The review reason of a settled batch whose id is too long for the batch table's key. */
    public static final String SETTLEMENT_BATCH_ID_TOO_LONG = "settlement_batch_id_too_long";

    private static final Logger log = LoggerFactory.getLogger(OrderPaymentListeners.class);

    private final OrderRepository orders;
    private final PaymentReviewRepository reviews;
    private final SettlementBatchRepository settlements;

    /**
     * Creates the listeners.
     *
     * @param orders the order store
     * @param reviews the review queue
     * @param settlements the settled batch store
     */
    public OrderPaymentListeners(OrderRepository orders, PaymentReviewRepository reviews,
            SettlementBatchRepository settlements) {
        this.orders = orders;
        this.reviews = reviews;
        this.settlements = settlements;
    }

    /**
     * A Standard payment settled on chain and matched its order: the only event that marks an
     * order paid.
     *
     * @param paid the matched payment
     */
    @SiglumePaymentListener
    public void onOrderPaid(OrderPaid paid) {
        if (orders.markPaid(paid.orderId(), paid.requirementId(), paid.chainReceiptId(), Instant.now())) {
            log.info("Order {} paid (event {}, requirement {})", paid.orderId(), paid.event().id(), paid.requirementId());
        }
    }

    /**
     * Micro or Nano usage accepted: the order is delivered, but the money settles later in a
     * batch, so it becomes {@code fulfilled_unsettled}, never {@code paid}.
     *
     * @param fulfilled the matched usage
     */
    @SiglumePaymentListener
    public void onOrderFulfilledUnsettled(OrderFulfilledUnsettled fulfilled) {
        if (orders.markFulfilledUnsettled(fulfilled.orderId(), fulfilled.requirementId(), Instant.now())) {
            log.info("Order {} fulfilled, {} settlement pending (event {}, requirement {})", fulfilled.orderId(),
                    fulfilled.pricingBand().wireName(), fulfilled.event().id(), fulfilled.requirementId());
        }
    }

    /**
     * A payment a person must look at: recorded in the review queue; the order it names, if still
     * payable, goes to {@code review}. An unclassified event is recorded under the classifier's
     * own reason.
     *
     * @param review why the payment needs review
     */
    @SiglumePaymentListener
    public void onOrderPaymentReview(OrderPaymentReview review) {
        Instant now = Instant.now();
        if (review.orderId() != null) {
            orders.markReview(review.orderId(), now);
        }
        String reason = review.confirmation() instanceof Unclassified unclassified
                ? unclassified.reason().wireName() : review.reason().wireName();
        reviews.add(new PaymentReview(review.event().id(), reason, review.confirmation().kind().wireName(),
                review.orderId(), review.requirementId(), review.challengeHash(), null, review.detail()), now);
        log.warn("Event {} needs manual review: {} (order {})", review.event().id(), reason, review.orderId());
    }

    /**
     * A Micro/Nano settlement batch settled on chain: recorded for reconciliation.
     *
     * @param batch the classified event
     */
    @SiglumePaymentListener
    public void onMeteredBatchSettled(MeteredBatchSettled batch) {
        if (!SettlementBatchRepository.canStore(batch)) {
            // Throwing would make Siglume deliver it forever; a person reconciles it instead.
            reviews.add(new PaymentReview(batch.event().id(), SETTLEMENT_BATCH_ID_TOO_LONG, batch.kind().wireName(),
                    null, null, null, batch.settlementBatchId(), "The settlement batch id has "
                            + batch.settlementBatchId().length() + " characters; the shop records at most "
                            + SettlementBatchRepository.BATCH_ID_LIMIT), Instant.now());
            log.warn("Event {} needs manual review: {}", batch.event().id(), SETTLEMENT_BATCH_ID_TOO_LONG);
            return;
        }
        if (settlements.recordIfAbsent(batch, Instant.now())) {
            log.info("Settlement batch {} ({}) settled (event {})", batch.settlementBatchId(), batch.pricingBand(),
                    batch.event().id());
        } else {
            log.info("Settlement batch {} already recorded (event {})", batch.settlementBatchId(), batch.event().id());
        }
    }
}
