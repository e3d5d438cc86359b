package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.confirmation.ConfirmationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts webhook deliveries in Micrometer: the counter {@value #DELIVERIES} tagged
 * {@code outcome} and {@code kind}. The timer {@value #PROCESSING} is made from the processing
 * observation (see {@code com.siglume.sdrp.spring.observation}).
 *
 * <p>Tag values come from fixed sets ({@link WebhookOutcome.Result#tag()} and the
 * classification kinds), never from request data, so the number of series stays bounded. The
 * counters are registered once, every combination at construction (so an alert on
 * {@code outcome=failed} has a series before the first failure), and never per delivery.
 */
public class MicrometerWebhookDeliveryObserver implements WebhookDeliveryObserver {

    /** Name of the delivery counter. */
    public static final String DELIVERIES = "siglume.webhook.deliveries";

    /** Name of the processing timer. */
    public static final String PROCESSING = "siglume.webhook.processing";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * Creates the observer and registers its counters.
     *
     * @param registry where to record
     */
    public MicrometerWebhookDeliveryObserver(MeterRegistry registry) {
        this.registry = registry;
        for (WebhookOutcome.Result result : WebhookOutcome.Result.values()) {
            counter(result.tag(), WebhookOutcome.KIND_NONE);
            for (ConfirmationKind kind : ConfirmationKind.values()) {
                counter(result.tag(), kind.wireName());
            }
        }
    }

    @Override
    public void delivered(WebhookOutcome outcome, Duration elapsed) {
        counter(outcome.result().tag(), outcome.kind()).increment();
    }

    private Counter counter(String outcome, String kind) {
        return counters.computeIfAbsent(outcome + '\u0000' + kind, key -> Counter.builder(DELIVERIES)
                .description("Siglume webhook deliveries received, by outcome and classification")
                .tag("outcome", outcome)
                .tag("kind", kind)
                .register(registry));
    }
}
