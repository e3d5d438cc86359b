package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * Micro or Nano usage accepted with settlement pending: fulfil as unsettled, never as paid.
 *
 * @param event the classified event
 * @param pricingBand {@code micro} or {@code nano}
 * @param settlementCadence {@code weekly} for micro, {@code monthly} for nano
 * @param requirementId the payment requirement id
 * @param challengeHash {@code sha256:...} of the challenge; find the order by it
 * @param requestHashV2 the request hash v2 when the event carries one, else {@code null}
 */
public record MeteredUsageAccepted(WebhookEvent event, String pricingBand, String settlementCadence,
        String requirementId, String challengeHash, @Nullable String requestHashV2) implements PaymentConfirmation {

    @Override
    public ConfirmationKind kind() {
        return ConfirmationKind.METERED_USAGE_ACCEPTED;
    }
}
