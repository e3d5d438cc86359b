package com.siglume.sdrp.spring.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Records webhook deliveries in Micrometer: the counter {@value #DELIVERIES} tagged
 * {@code outcome} and {@code kind}, and the timer {@value #PROCESSING} tagged {@code outcome}.
 *
 * <p>Tag values come from fixed sets ({@link WebhookOutcome.Result#tag()} and the
 * classification kinds), never from request data, so the number of series stays bounded.
 */
public class MicrometerWebhookDeliveryObserver implements WebhookDeliveryObserver {

    /** Name of the delivery counter. */
    public static final String DELIVERIES = "siglume.webhook.deliveries";

    /** Name of the processing timer. */
    public static final String PROCESSING = "siglume.webhook.processing";

    private final MeterRegistry registry;

    /**
     * Creates the observer.
     *
     * @param registry where to record
     */
    public MicrometerWebhookDeliveryObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(WebhookOutcome outcome, Duration elapsed) {
        String result = outcome.result().tag();
        Counter.builder(DELIVERIES)
                .description("Siglume webhook deliveries received, by outcome and classification")
                .tag("outcome", result)
                .tag("kind", outcome.kind())
                .register(registry)
                .increment();
        Timer.builder(PROCESSING)
                .description("Time to verify, record and dispatch one Siglume webhook delivery")
                .tag("outcome", result)
                .register(registry)
                .record(elapsed);
    }
}
