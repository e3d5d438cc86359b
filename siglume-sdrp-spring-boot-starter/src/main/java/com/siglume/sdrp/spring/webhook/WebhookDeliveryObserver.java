package com.siglume.sdrp.spring.webhook;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Told about every webhook delivery the {@link SiglumeWebhookProcessor} handled, for example to
 * count it, and able to wrap its processing, for example in an observation. Must not throw;
 * must not block.
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

    /**
     * Runs the processing of one delivery, on the processing thread; by default just runs it.
     * An implementation that wraps it (in a Micrometer {@code Observation}, a logging context)
     * calls {@code delivery} exactly once and returns its outcome.
     *
     * @param delivery verifies, records and dispatches the delivery; does not throw
     * @return the outcome {@code delivery} returned
     */
    default WebhookOutcome observe(Supplier<WebhookOutcome> delivery) {
        return delivery.get();
    }

    /**
     * Runs the processing of one delivery that completes later, without a thread waiting for it
     * (the WebFlux endpoint with the R2DBC store and reactive listeners); by default just runs
     * it. {@code delivery} verifies the delivery on the calling thread and returns the outcome to
     * come. An implementation that wraps it calls {@code delivery} exactly once, on the calling
     * thread, and returns a future completing with its outcome.
     *
     * @param delivery verifies, records and dispatches the delivery; never completes exceptionally
     * @return the outcome {@code delivery} completes with
     */
    default CompletableFuture<WebhookOutcome> observeAsync(Supplier<CompletableFuture<WebhookOutcome>> delivery) {
        return delivery.get();
    }
}
