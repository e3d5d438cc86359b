package com.siglume.sdrp.spring.observation;

import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import io.micrometer.common.KeyValues;

/**
 * The observation {@value #NAME}, whose timer replaces a hand-built one: low-cardinality keys
 * {@code outcome} ({@link WebhookOutcome.Result#tag()}) and {@code kind} (the classification's
 * wire name, or {@code none}), both from fixed sets; high-cardinality keys
 * {@code siglume.event.id} and {@code siglume.event.type} for traces, when the delivery was
 * verified.
 */
public class DefaultSiglumeWebhookObservationConvention implements SiglumeWebhookObservationConvention {

    /** Name of the observation and so of its timer. */
    public static final String NAME = "siglume.webhook.processing";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(SiglumeWebhookObservationContext context) {
        return "siglume webhook";
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SiglumeWebhookObservationContext context) {
        WebhookOutcome outcome = context.getOutcome();
        if (outcome == null) {
            // Asked once at the start too, before there is an outcome: the keys come at the stop.
            return context.getError() == null ? KeyValues.empty()
                    : KeyValues.of("outcome", WebhookOutcome.Result.FAILED.tag(), "kind", WebhookOutcome.KIND_NONE);
        }
        return KeyValues.of("outcome", outcome.result().tag(), "kind", outcome.kind());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(SiglumeWebhookObservationContext context) {
        WebhookOutcome outcome = context.getOutcome();
        if (outcome == null || outcome.eventId() == null) {
            return KeyValues.empty();
        }
        return KeyValues.of("siglume.event.id", outcome.eventId(), "siglume.event.type", outcome.eventType());
    }
}
