package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * A Standard payment settled on chain: the only result that may mark an order paid.
 *
 * @param event the classified event
 * @param requirementId the payment requirement id
 * @param challengeHash {@code sha256:...} of the challenge; find the order by it
 * @param chainReceiptId the on-chain receipt id
 * @param requestHashV2 the request hash v2 when the event carries one, else {@code null}
 */
public record StandardSettled(WebhookEvent event, String requirementId, String challengeHash,
        String chainReceiptId, @Nullable String requestHashV2) implements PaymentConfirmation {

    @Override
    public ConfirmationKind kind() {
        return ConfirmationKind.STANDARD_SETTLED;
    }
}
