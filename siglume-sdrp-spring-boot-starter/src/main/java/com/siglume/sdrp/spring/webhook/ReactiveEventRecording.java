package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerReactorContext;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An event store that records an event together with reactive listeners without holding a
 * thread while the database works (the R2DBC store). The WebFlux endpoint uses it when every
 * listener returns a {@code Publisher<Void>}. Its signature names no Reactor or Reactive Streams
 * type, so the processor, which calls it, loads without them in a servlet application.
 */
interface ReactiveEventRecording {

    /**
     * Does what {@link SiglumeEventStore#recordOnce} does, the work being the listeners'
     * publishers, subscribed one after the other inside the store's reactive transaction.
     *
     * @param event the event to record
     * @param listeners the listeners, all returning a publisher, in order; called inside the
     *        transaction ({@link SiglumeListenerReactorContext#publish})
     * @param delivery the verified delivery, passed to the listeners
     * @param payload what the listeners receive, as for {@link PaymentListenerMethod#invoke}
     * @return completes with {@code true} when the event was new and recorded with the
     *         listeners' work, {@code false} when it was already recorded; completes
     *         exceptionally as {@link SiglumeEventStore#recordOnce} throws
     */
    CompletableFuture<Boolean> recordOnceReactively(StoredEvent event, List<PaymentListenerMethod> listeners,
            VerifiedWebhook delivery, @Nullable Object payload);
}
