package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.webhook.WebhookEvent;

/**
 * The result of classifying a webhook event with {@link PaymentConfirmations#classify}.
 *
 * <p>A closed set: switch over it to handle every case.
 * <pre>{@code
 * switch (PaymentConfirmations.classify(event)) {
 *     case StandardSettled s -> orders.markPaid(s.challengeHash(), s.chainReceiptId());
 *     case MeteredUsageAccepted m -> orders.fulfilUnsettled(m.challengeHash());
 *     case MeteredBatchSettled b -> ledger.settleBatch(b.settlementBatchId());
 *     case Unclassified u -> review.record(u.event().id(), u.reason());
 * }
 * }</pre>
 */
public sealed interface PaymentConfirmation
        permits StandardSettled, MeteredUsageAccepted, MeteredBatchSettled, Unclassified {

    /**
     * Returns the kind of this result.
     *
     * @return the kind
     */
    ConfirmationKind kind();

    /**
     * Returns the event that was classified.
     *
     * @return the event
     */
    WebhookEvent event();
}
