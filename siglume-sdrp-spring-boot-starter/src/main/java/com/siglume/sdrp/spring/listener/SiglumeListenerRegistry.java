package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The context's {@link SiglumePaymentListener} methods, in invocation order, as
 * {@link SiglumeListenerAnnotationBeanPostProcessor} found and checked them once at startup.
 * Dispatch never looks anything up by reflection.
 */
public class SiglumeListenerRegistry {

    private volatile List<PaymentListenerMethod> listeners = List.of();
    private volatile boolean allReactive = true;

    /**
     * Creates an empty registry; the listener post-processor fills it once all singletons exist.
     */
    public SiglumeListenerRegistry() {
    }

    /**
     * Takes the discovered listeners.
     *
     * @param discovered every listener, in invocation order
     */
    void register(List<PaymentListenerMethod> discovered) {
        this.listeners = List.copyOf(discovered);
        this.allReactive = discovered.stream().allMatch(PaymentListenerMethod::returnsPublisher);
    }

    /**
     * Tells whether every listener returns a {@code Publisher<Void>}, so that no delivery needs a
     * thread that may block (true when there are none).
     *
     * @return {@code true} when every listener is reactive
     */
    public boolean allReactive() {
        return allReactive;
    }

    /**
     * Returns every listener, in invocation order.
     *
     * @return an unmodifiable list
     */
    public List<PaymentListenerMethod> listeners() {
        return listeners;
    }

    /**
     * Returns the listeners of a classified {@code direct_payment.confirmed} event: those whose
     * first parameter accepts the classification.
     *
     * @param confirmation the classification
     * @return the listeners in order, possibly empty
     */
    public List<PaymentListenerMethod> confirmationListeners(PaymentConfirmation confirmation) {
        return listenersOf(confirmation);
    }

    /**
     * Returns the listeners of a payload: those whose first parameter accepts it. The checkout
     * dispatches its order payment events ({@link com.siglume.sdrp.spring.checkout.OrderPaid}, ...)
     * through this.
     *
     * @param payload a classified confirmation or an order payment event
     * @return the listeners in order, possibly empty
     */
    public List<PaymentListenerMethod> listenersOf(Object payload) {
        return listeners.stream().filter(listener -> listener.receives(payload)).toList();
    }

    /**
     * Returns every listener of a delivery, in order: the confirmation listeners (when the event
     * was classified) and the {@code WebhookEvent} listeners of its type.
     *
     * @param delivery the verified delivery
     * @param confirmation its classification, or {@code null} when it is not a confirmation
     * @return the listeners in order, possibly empty
     */
    public List<PaymentListenerMethod> listenersFor(VerifiedWebhook delivery,
            @Nullable PaymentConfirmation confirmation) {
        String type = delivery.event().type();
        return listeners.stream()
                .filter(listener -> (confirmation != null && listener.receives(confirmation))
                        || listener.receivesEventType(type))
                .toList();
    }
}
