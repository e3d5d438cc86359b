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
        Supplier<WebhookOutcome> delivery = () -> handle(rawBody, signatureHeader);
        for (int i = observers.size() - 1; i >= 0; i--) {
            WebhookDeliveryObserver observer = observers.get(i);
            Supplier<WebhookOutcome> inner = delivery;
            delivery = () -> observer.observe(inner);
        }
        WebhookOutcome outcome = delivery.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        for (WebhookDeliveryObserver observer : observers) {
            try {
                observer.delivered(outcome, elapsed);
            } catch (RuntimeException e) {
                logger.warn("Siglume webhook observer " + observer.getClass().getName() + " failed", e);
            }
        }
        return outcome;
    }

    private WebhookOutcome handle(byte[] rawBody, @Nullable String signatureHeader) {
        VerifiedWebhook delivery;
        try {
            delivery = verifier.verify(rawBody, signatureHeader);
        } catch (WebhookSignatureException e) {
            logger.warn("Refused a Siglume webhook delivery: " + e.getMessage());
            return rejected(WebhookOutcome.Result.INVALID_SIGNATURE, e.getMessage());
        } catch (WebhookPayloadException e) {
            logger.warn("Refused a signed Siglume webhook delivery with an invalid payload: " + e.getMessage());
            return rejected(WebhookOutcome.Result.INVALID_PAYLOAD, e.getMessage());
        }
        WebhookEvent event = delivery.event();
        if (event.isReadinessProbe()) {
            return record(delivery, null, EventStatus.PROBE, List.of(), WebhookOutcome.Result.PROBE);
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
        return record(delivery, confirmation, status, called, WebhookOutcome.Result.PROCESSED);
    }

    private WebhookOutcome record(VerifiedWebhook delivery, @Nullable PaymentConfirmation confirmation,
            EventStatus status,
            List<PaymentListenerMethod> called, WebhookOutcome.Result result) {
        WebhookEvent event = delivery.event();
        String kind = confirmation == null ? WebhookOutcome.KIND_NONE : confirmation.kind().wireName();
        String reason = confirmation instanceof Unclassified unclassified ? unclassified.reason().wireName() : null;
        StoredEvent stored = new StoredEvent(event.id(), event.type(), kind, reason, status, clock.instant(),
                event.rawJson());
        boolean recorded;
        try {
            recorded = store.recordOnce(stored, () -> {
                for (PaymentListenerMethod listener : called) {
                    listener.invoke(delivery, confirmation);
                }
            });
        } catch (UnstorableEventException e) {
            // Logged without the payload; answered 2xx, since every redelivery would fail the same way.
            logger.error("Siglume webhook " + e.getMessage() + ". It is acknowledged and not processed: review it by"
                    + " its id.");
            return new WebhookOutcome(WebhookOutcome.Result.UNSTORABLE, kind, event.id(), event.type(), null, null);
        } catch (RuntimeException e) {
            logger.error("Siglume webhook event " + event.id() + " (" + event.type() + ") failed and was not recorded;"
                    + " Siglume will deliver it again", e);
            return new WebhookOutcome(WebhookOutcome.Result.FAILED, kind, event.id(), event.type(), null,
                    "the event could not be processed; it was not recorded and may be delivered again");
        }
        if (!recorded) {
            return new WebhookOutcome(WebhookOutcome.Result.DUPLICATE, kind, event.id(), event.type(), null, null);
        }
        if (status == EventStatus.REVIEW) {
            logger.warn("Siglume event " + event.id() + " needs manual review: kind=" + kind
                    + (reason == null ? ", no listener received it" : ", reason=" + reason));
        }
        return new WebhookOutcome(result, kind, event.id(), event.type(), status, null);
    }

    private static WebhookOutcome rejected(WebhookOutcome.Result result, @Nullable String message) {
        return new WebhookOutcome(result, WebhookOutcome.KIND_NONE, null, null, null, message);
    }
}
