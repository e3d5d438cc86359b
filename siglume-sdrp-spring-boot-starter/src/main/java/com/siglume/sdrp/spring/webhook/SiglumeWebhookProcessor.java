package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Handles one webhook delivery from raw bytes to outcome, independent of any web framework:
 * verify ({@link WebhookVerifier}), classify ({@link PaymentConfirmations}), record once and
 * call the listeners in one unit of work ({@link SiglumeEventStore}), report.
 *
 * <p>Nothing is recorded for a delivery that fails verification or whose listeners throw. A
 * readiness probe is recorded as {@link EventStatus#PROBE} and reaches no listener. A
 * {@code direct_payment.confirmed} event that no listener receives is recorded as
 * {@link EventStatus#REVIEW} and logged at WARN with its id and reason only, never its body.
 * An event the store can never record ({@link UnstorableEventException}) reaches no listener,
 * is logged at ERROR without its body and answered 2xx with outcome
 * {@link WebhookOutcome.Result#UNSTORABLE}. Thread-safe.
 */
public class SiglumeWebhookProcessor {

    private static final Log logger = LogFactory.getLog(SiglumeWebhookProcessor.class);

    private final WebhookVerifier verifier;
    private final SiglumeEventStore store;
    private final SiglumeListenerRegistry listeners;
    private final List<WebhookDeliveryObserver> observers;
    private final Clock clock;

    /**
     * Creates a processor.
     *
     * @param verifier checks signatures and parses events
     * @param store records events once, together with the listeners' work
     * @param listeners the listeners to call
     * @param observers told about every delivery (metrics), possibly empty; each wraps the
     *        processing ({@link WebhookDeliveryObserver#observe}), the first outermost
     * @param clock the clock for {@link StoredEvent#receivedAt()}
     */
    public SiglumeWebhookProcessor(WebhookVerifier verifier, SiglumeEventStore store, SiglumeListenerRegistry listeners,
            List<WebhookDeliveryObserver> observers, Clock clock) {
        this.verifier = verifier;
        this.store = store;
        this.listeners = listeners;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    /**
     * Processes one delivery.
     *
     * @param rawBody the exact body bytes as received
     * @param signatureHeader the {@code Siglume-Signature} header value, or {@code null} when
     *        the request had none
     * @return the outcome; this method does not throw for any delivery
     */
    public WebhookOutcome process(byte[] rawBody, @Nullable String signatureHeader) {
        long start = System.nanoTime();
        WebhookOutcome outcome = observed(() -> handle(rawBody, signatureHeader), WebhookDeliveryObserver::observe);
        reportDelivered(outcome, Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }

    /**
     * Processes one delivery for an endpoint that must not block the calling thread (the WebFlux
     * endpoint on an event loop). When the event store records reactively (the R2DBC store) and
     * every listener returns a {@code Publisher<Void>}, the delivery is verified on the calling
     * thread and recorded, listeners included, without any thread waiting for the database.
     * Otherwise {@link #process} runs on {@code blocking}.
     *
     * @param rawBody the exact body bytes as received
     * @param signatureHeader the {@code Siglume-Signature} header value, or {@code null}
     * @param blocking runs the processing when it may block
     * @return the outcome, as {@link #process} returns it; never completes exceptionally
     */
    public CompletableFuture<WebhookOutcome> processAsync(byte[] rawBody, @Nullable String signatureHeader,
            Executor blocking) {
        if (!(store instanceof ReactiveEventRecording reactive) || !listeners.allReactive()) {
            return CompletableFuture.supplyAsync(() -> process(rawBody, signatureHeader), blocking);
        }
        long start = System.nanoTime();
        return observed(() -> handleReactively(rawBody, signatureHeader, reactive),
                WebhookDeliveryObserver::observeAsync).thenApply(outcome -> {
            reportDelivered(outcome, Duration.ofNanos(System.nanoTime() - start));
            return outcome;
        });
    }

    private CompletableFuture<WebhookOutcome> handleReactively(byte[] rawBody, @Nullable String signatureHeader,
            ReactiveEventRecording reactive) {
        Classified classified = classify(rawBody, signatureHeader);
        if (classified.rejected() != null) {
            return CompletableFuture.completedFuture(classified.rejected());
        }
        CompletableFuture<Boolean> recorded;
        try {
            recorded = reactive.recordOnceReactively(classified.stored(), classified.called(), classified.delivery(),
                    classified.confirmation());
        } catch (RuntimeException e) {
            recorded = CompletableFuture.failedFuture(e);
        }
        return recorded.handle((isNew, failure) -> failure == null ? classified.recorded(isNew)
                : classified.failed(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure));
    }

    /** Runs a delivery wrapped by every observer, the first outermost. */
    private <T> T observed(Supplier<T> delivery, BiFunction<WebhookDeliveryObserver, Supplier<T>, T> wrap) {
        Supplier<T> wrapped = delivery;
        for (int i = observers.size() - 1; i >= 0; i--) {
            WebhookDeliveryObserver observer = observers.get(i);
            Supplier<T> inner = wrapped;
            wrapped = () -> wrap.apply(observer, inner);
        }
        return wrapped.get();
    }

    private void reportDelivered(WebhookOutcome outcome, Duration elapsed) {
        for (WebhookDeliveryObserver observer : observers) {
            try {
                observer.delivered(outcome, elapsed);
            } catch (RuntimeException e) {
                logger.warn("Siglume webhook observer " + observer.getClass().getName() + " failed", e);
            }
        }
    }

    private WebhookOutcome handle(byte[] rawBody, @Nullable String signatureHeader) {
        Classified classified = classify(rawBody, signatureHeader);
        if (classified.rejected() != null) {
            return classified.rejected();
        }
        boolean recorded;
        try {
            recorded = store.recordOnce(classified.stored(), () -> {
                for (PaymentListenerMethod listener : classified.called()) {
                    listener.invoke(classified.delivery(), classified.confirmation());
                }
            });
        } catch (RuntimeException e) {
            return classified.failed(e);
        }
        return classified.recorded(recorded);
    }

    /** Verifies and classifies a delivery and chooses its listeners; nothing is recorded yet. */
    private Classified classify(byte[] rawBody, @Nullable String signatureHeader) {
        VerifiedWebhook delivery;
        try {
            delivery = verifier.verify(rawBody, signatureHeader);
        } catch (WebhookSignatureException e) {
            logger.warn("Refused a Siglume webhook delivery: " + e.getMessage());
            return Classified.refused(rejected(WebhookOutcome.Result.INVALID_SIGNATURE, e.getMessage()));
        } catch (WebhookPayloadException e) {
            logger.warn("Refused a signed Siglume webhook delivery with an invalid payload: " + e.getMessage());
            return Classified.refused(rejected(WebhookOutcome.Result.INVALID_PAYLOAD, e.getMessage()));
        }
        WebhookEvent event = delivery.event();
        if (event.isReadinessProbe()) {
            return Classified.of(delivery, null, EventStatus.PROBE, List.of(), WebhookOutcome.Result.PROBE, clock);
        }
        PaymentConfirmation confirmation = Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED.equals(event.type())
                ? PaymentConfirmations.classify(event)
                : null;
        List<PaymentListenerMethod> called = listeners.listenersFor(delivery, confirmation);
        EventStatus status;
        if (confirmation != null) {
            status = listeners.confirmationListeners(confirmation).isEmpty() ? EventStatus.REVIEW : EventStatus.PROCESSED;
        } else {
            status = called.isEmpty() ? EventStatus.IGNORED : EventStatus.PROCESSED;
        }
        return Classified.of(delivery, confirmation, status, called, WebhookOutcome.Result.PROCESSED, clock);
    }

    /**
     * A delivery once verified and classified: refused (no event), or the event to record with
     * the listeners to call, and what its recording comes to.
     */
    private record Classified(@Nullable WebhookOutcome rejected, @Nullable VerifiedWebhook delivery,
            @Nullable PaymentConfirmation confirmation, @Nullable StoredEvent stored, List<PaymentListenerMethod> called,
            WebhookOutcome.@Nullable Result result) {

        static Classified refused(WebhookOutcome outcome) {
            return new Classified(outcome, null, null, null, List.of(), null);
        }

        static Classified of(VerifiedWebhook delivery, @Nullable PaymentConfirmation confirmation, EventStatus status,
                List<PaymentListenerMethod> called, WebhookOutcome.Result result, Clock clock) {
            WebhookEvent event = delivery.event();
            String kind = confirmation == null ? WebhookOutcome.KIND_NONE : confirmation.kind().wireName();
            String reason = confirmation instanceof Unclassified unclassified ? unclassified.reason().wireName() : null;
            StoredEvent stored = new StoredEvent(event.id(), event.type(), kind, reason, status, clock.instant(),
                    event.rawJson());
            return new Classified(null, delivery, confirmation, stored, called, result);
        }

        /** The outcome once the store answered: {@code recorded} is {@code false} for a duplicate. */
        WebhookOutcome recorded(boolean recorded) {
            StoredEvent event = stored();
            if (!recorded) {
                return new WebhookOutcome(WebhookOutcome.Result.DUPLICATE, event.kind(), event.eventId(),
                        event.eventType(), null, null);
            }
            if (event.status() == EventStatus.REVIEW) {
                logger.warn("Siglume event " + event.eventId() + " needs manual review: kind=" + event.kind()
                        + (event.reason() == null ? ", no listener received it" : ", reason=" + event.reason()));
            }
            return new WebhookOutcome(result(), event.kind(), event.eventId(), event.eventType(), event.status(), null);
        }

        /** The outcome when recording failed: nothing was recorded. */
        WebhookOutcome failed(Throwable failure) {
            StoredEvent event = stored();
            if (failure instanceof UnstorableEventException e) {
                // Logged without the payload; answered 2xx, since every redelivery would fail the same way.
                logger.error("Siglume webhook " + e.getMessage() + ". It is acknowledged and not processed: review it"
                        + " by its id.");
                return new WebhookOutcome(WebhookOutcome.Result.UNSTORABLE, event.kind(), event.eventId(),
                        event.eventType(), null, null);
            }
            if (failure instanceof Error error) {
                throw error;
            }
            logger.error("Siglume webhook event " + event.eventId() + " (" + event.eventType() + ") failed and was not"
                    + " recorded; Siglume will deliver it again", failure);
            return new WebhookOutcome(WebhookOutcome.Result.FAILED, event.kind(), event.eventId(), event.eventType(),
                    null, "the event could not be processed; it was not recorded and may be delivered again");
        }
    }

    private static WebhookOutcome rejected(WebhookOutcome.Result result, @Nullable String message) {
        return new WebhookOutcome(result, WebhookOutcome.KIND_NONE, null, null, null, message);
    }
}
