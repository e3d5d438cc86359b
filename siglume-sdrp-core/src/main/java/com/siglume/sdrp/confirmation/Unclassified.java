package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * An event the merchant must not act on automatically: record it for manual review.
 *
 * <p>Carries whatever identifying fields were present, to help the review; each is
 * {@code null} when absent. As in the reference SDKs, the settlement batch id is left out
 * ({@code null}) for {@link UnclassifiedReason#MISSING_STANDARD_SETTLEMENT_FIELDS} and
 * {@link UnclassifiedReason#MISSING_METERED_USAGE_FIELDS}: those are per-payment events, where
 * a batch id has no meaning.
 *
 * @param event the classified event
 * @param reason why it was not classified
 * @param requirementId the payment requirement id, if present
 * @param settlementBatchId the settlement batch id, if present and the reason is not a
 *        per-payment "missing fields" one
 * @param pricingBand the pricing band, if present
 * @param settlementCadence the settlement cadence, if present
 * @param settlementStatus the settlement status, if present
 * @param finality the finality, if present
 */
public record Unclassified(WebhookEvent event, UnclassifiedReason reason, @Nullable String requirementId,
        @Nullable String settlementBatchId, @Nullable String pricingBand, @Nullable String settlementCadence,
        @Nullable String settlementStatus, @Nullable String finality) implements PaymentConfirmation {

    @Override
    public ConfirmationKind kind() {
        return ConfirmationKind.UNKNOWN;
    }
}
