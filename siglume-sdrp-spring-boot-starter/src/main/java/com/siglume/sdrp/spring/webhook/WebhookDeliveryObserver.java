package com.siglume.sdrp.spring.webhook;

import java.time.Duration;

/**
 * Told about every webhook delivery the {@link SiglumeWebhookProcessor} handled, for example to
 * count it. Must not throw; must not block.
 */
@FunctionalInterface
public interface WebhookDeliveryObserver {

    /**
     * Reports one handled delivery.
     *
     * @param outcome what it came to
     * @param elapsed how long processing took, listeners included
     */
    void delivered(WebhookOutcome outcome, Duration elapsed);
}
