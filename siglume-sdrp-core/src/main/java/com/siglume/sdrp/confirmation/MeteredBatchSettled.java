package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * A Micro/Nano settlement batch settled on chain: reconcile revenue for the batch. It names
 * no order.
 *
 * @param event the classified event
 * @param pricingBand {@code micro} or {@code nano}
 * @param settlementCadence {@code weekly} for micro, {@code monthly} for nano
 * @param settlementBatchId the batch id
 * @param chainReceiptId the on-chain receipt id
 * @param usageEventDigest digest of the usage events in the batch
 * @param settledAt when the batch settled, as sent, or {@code null} when absent
 */
public record MeteredBatchSettled(WebhookEvent event, String pricingBand, String settlementCadence,
        String settlementBatchId, String chainReceiptId, String usageEventDigest, @Nullable String settledAt)
        implements PaymentConfirmation {

    @Override
    public ConfirmationKind kind() {
        return ConfirmationKind.METERED_BATCH_SETTLED;
    }
}
