package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.webhook.VerifiedWebhook;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * How a listener returning a {@link Publisher} (a {@code Mono<Void>}) takes part in a delivery:
 * the listener is called in order with the others, and its publisher is subscribed and
 * awaited before the next listener runs and before the event store commits. An error it
 * signals fails the delivery like an exception thrown by a {@code void} listener.
 *
 * <p>An event store whose unit of work is a reactive transaction (the R2DBC store) runs the
 * listeners {@link #runWithin within} that transaction's Reactor context, so the publishers
 * subscribe with it and their R2DBC work joins the transaction. Awaiting blocks the calling
 * thread, which is never an event-loop thread: the WebFlux endpoint processes deliveries on
 * {@link Schedulers#boundedElastic()}, the servlet endpoint on a request thread.
 */
public final class SiglumeListenerReactorContext {

    private static final ThreadLocal<@Nullable ContextView> CURRENT = new ThreadLocal<>();

    private SiglumeListenerReactorContext() {
    }

    /**
     * Runs work (the listeners) so that the publishers listeners return subscribe with a
     * Reactor context, for example the one holding the event store's reactive transaction.
     *
     * @param context the context the listeners' publishers see
     * @param work the work; runs on the calling thread
     */
    public static void runWithin(ContextView context, Runnable work) {
        ContextView previous = CURRENT.get();
        CURRENT.set(context);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * Calls a listener returning a {@code Publisher<Void>} and returns its publisher, not
     * subscribed: the caller subscribes to it, without waiting on a thread, inside the event
     * store's reactive transaction.
     *
     * @param listener a listener whose {@link PaymentListenerMethod#returnsPublisher()} is true
     * @param delivery the verified delivery
     * @param payload as for {@link PaymentListenerMethod#invoke}
     * @return the publisher the method returned
     * @throws IllegalStateException when the method does not return a publisher, or returned
     *         {@code null}
     * @throws RuntimeException as for {@link PaymentListenerMethod#invoke}
     */
    public static Publisher<?> publish(PaymentListenerMethod listener, VerifiedWebhook delivery,
            @Nullable Object payload) {
        if (!listener.returnsPublisher()) {
            throw new IllegalStateException("listener " + listener.describe() + " does not return a Publisher");
        }
        return requirePublisher(listener.call(delivery, payload), listener.describe());
    }

    /** Whether the method returns a {@code Publisher<Void>} (a {@code Mono<Void>}, a {@code Flux<Void>}). */
    static boolean returnsPublisherOfVoid(Method method) {
        ResolvableType returned = ResolvableType.forMethodReturnType(method).as(Publisher.class);
        return returned != ResolvableType.NONE && returned.getGeneric(0).resolve() == Void.class;
    }

    /** Whether the method's return type is a {@link Publisher} of any element type. */
    static boolean returnsPublisher(Method method) {
        return Publisher.class.isAssignableFrom(method.getReturnType());
    }

    /** Returns what a reactive listener returned, refusing {@code null}. */
    static Publisher<?> requirePublisher(@Nullable Object result, String listener) {
        if (!(result instanceof Publisher<?> publisher)) {
            throw new IllegalStateException("listener " + listener + " returned null instead of a Publisher; return"
                    + " Mono.empty() when there is nothing to do");
        }
        return publisher;
    }

    /**
     * Subscribes to a listener's publisher with the current context and waits for it to
     * complete.
     *
     * @throws RuntimeException the error the publisher signalled
     * @throws IllegalStateException when called on a non-blocking (event-loop) thread
     */
    static void await(@Nullable Object result, String listener) {
        Publisher<?> publisher = requirePublisher(result, listener);
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("listener " + listener + " was called on the non-blocking thread "
                    + Thread.currentThread().getName() + "; Siglume deliveries are processed off the event loop");
        }
        Mono<Void> completion = Flux.from(publisher).then();
        ContextView context = CURRENT.get();
        if (context != null) {
            completion = completion.contextWrite(Context.of(context));
        }
        completion.block();
    }
}
