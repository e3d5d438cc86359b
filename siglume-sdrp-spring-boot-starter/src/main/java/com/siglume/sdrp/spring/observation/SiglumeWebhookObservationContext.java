package com.siglume.sdrp.spring.observation;

import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The observed processing of one webhook delivery: its outcome once known.
 */
public class SiglumeWebhookObservationContext extends Observation.Context {

    private @Nullable WebhookOutcome outcome;

    /**
     * Returns what the delivery came to.
     *
     * @return the outcome, or {@code null} while it is processed
     */
    public @Nullable WebhookOutcome getOutcome() {
        return outcome;
    }

    /**
     * Sets what the delivery came to.
     *
     * @param outcome the outcome
     */
    public void setOutcome(WebhookOutcome outcome) {
        this.outcome = outcome;
    }
}
