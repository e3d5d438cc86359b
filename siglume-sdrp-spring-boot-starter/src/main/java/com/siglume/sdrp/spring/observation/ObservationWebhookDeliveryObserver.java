package com.siglume.sdrp.spring.observation;

import com.siglume.sdrp.spring.webhook.WebhookDeliveryObserver;
import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Processes each webhook delivery inside a Micrometer {@link Observation}, open in scope on the
 * processing thread, so the listeners' own observations (JDBC, HTTP calls) become its children
 * in a trace, and the registry's handlers make its timer and span. A delivery recorded
 * reactively ({@link WebhookDeliveryObserver#observeAsync}) is observed from its verification
 * until its outcome is known.
 */
public class ObservationWebhookDeliveryObserver implements WebhookDeliveryObserver {

    private static final DefaultSiglumeWebhookObservationConvention DEFAULT_CONVENTION =
            new DefaultSiglumeWebhookObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable SiglumeWebhookObservationConvention convention;

    /**
     * Creates the observer.
     *
     * @param registry the registry to observe in
     * @param convention the convention replacing the default one, or {@code null} for the default
     */
    public ObservationWebhookDeliveryObserver(ObservationRegistry registry,
            @Nullable SiglumeWebhookObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public WebhookOutcome observe(Supplier<WebhookOutcome> delivery) {
        SiglumeWebhookObservationContext context = new SiglumeWebhookObservationContext();
        return Observation.createNotStarted(convention, DEFAULT_CONVENTION, () -> context, registry).observe(() -> {
            WebhookOutcome outcome = delivery.get();
            context.setOutcome(outcome);
            return outcome;
        });
    }

    /**
     * Starts the observation, runs the synchronous part of the delivery (verification and the
     * subscription to the recording) with it in scope, and stops it when the outcome is known.
     */
    @Override
    public CompletableFuture<WebhookOutcome> observeAsync(Supplier<CompletableFuture<WebhookOutcome>> delivery) {
        SiglumeWebhookObservationContext context = new SiglumeWebhookObservationContext();
        Observation observation = Observation.createNotStarted(convention, DEFAULT_CONVENTION, () -> context, registry)
                .start();
        CompletableFuture<WebhookOutcome> outcome;
        try (Observation.Scope scope = observation.openScope()) {
            outcome = delivery.get();
        } catch (RuntimeException | Error e) {
            observation.error(e);
            observation.stop();
            throw e;
        }
        return outcome.whenComplete((result, error) -> {
            if (error != null) {
                observation.error(error);
            } else {
                context.setOutcome(result);
            }
            observation.stop();
        });
    }

    /** Nothing to do afterwards: the observation reported the delivery when it stopped. */
    @Override
    public void delivered(WebhookOutcome outcome, Duration elapsed) {
    }
}
