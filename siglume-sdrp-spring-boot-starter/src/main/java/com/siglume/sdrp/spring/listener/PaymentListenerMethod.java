package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * One discovered {@link SiglumePaymentListener} method, resolved once at startup: the bean, the
 * invocable method, what it receives and how its arguments are filled.
 */
public final class PaymentListenerMethod {

    /** Where each argument comes from. */
    enum ArgumentSource {
        /** The classified confirmation. */
        CONFIRMATION,
        /** The parsed event. */
        EVENT,
        /** The verified delivery (event and signed timestamp). */
        VERIFIED
    }

    private final Object bean;
    private final Class<?> beanClass;
    private final Method method;
    private final Class<?> receivedType;
    private final Set<String> eventTypes;
    private final List<ArgumentSource> arguments;
    private final int order;

    PaymentListenerMethod(Object bean, Class<?> beanClass, Method method, Class<?> receivedType,
            Set<String> eventTypes, List<ArgumentSource> arguments, int order) {
        this.bean = bean;
        this.beanClass = beanClass;
        this.method = method;
        this.receivedType = receivedType;
        this.eventTypes = Set.copyOf(eventTypes);
        this.arguments = List.copyOf(arguments);
        this.order = order;
    }

    /**
     * Tells whether this listener receives a classified confirmation.
     *
     * @param confirmation the classification of a {@code direct_payment.confirmed} event
     * @return {@code true} when the first parameter accepts it
     */
    public boolean receives(PaymentConfirmation confirmation) {
        return receivedType != WebhookEvent.class && receivedType.isInstance(confirmation);
    }

    /**
     * Tells whether this listener receives raw events of a type.
     *
     * @param eventType the event type
     * @return {@code true} for a {@code WebhookEvent} listener subscribed to it
     */
    public boolean receivesEventType(String eventType) {
        return receivedType == WebhookEvent.class && eventTypes.contains(eventType);
    }

    /**
     * Calls the method.
     *
     * @param delivery the verified delivery
     * @param confirmation its classification, or {@code null} for an event that is not a
     *        {@code direct_payment.confirmed}
     * @throws RuntimeException whatever unchecked exception the listener threw, unchanged
     * @throws SiglumeListenerInvocationException wrapping a checked exception of the listener
     */
    public void invoke(VerifiedWebhook delivery, PaymentConfirmation confirmation) {
        Object[] args = new Object[arguments.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (arguments.get(i)) {
                case CONFIRMATION -> confirmation;
                case EVENT -> delivery.event();
                case VERIFIED -> delivery;
            };
        }
        try {
            method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SiglumeListenerInvocationException("listener " + describe() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new SiglumeListenerInvocationException("listener " + describe() + " is not accessible", e);
        }
    }

    /**
     * Returns the listener's order, from {@code @Order} on the method, else on the bean.
     *
     * @return the order; lower runs first
     */
    public int order() {
        return order;
    }

    /**
     * Returns the declared type of the first parameter.
     *
     * @return for example {@code StandardSettled.class}
     */
    public Class<?> receivedType() {
        return receivedType;
    }

    /**
     * Names the listener for messages: bean class and method.
     *
     * @return for example {@code com.example.Orders.onSettled(StandardSettled)}
     */
    public String describe() {
        return describe(beanClass, method);
    }

    static String describe(Class<?> beanClass, Method method) {
        StringBuilder text = new StringBuilder(beanClass.getName()).append('.').append(method.getName()).append('(');
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
        }
        return text.append(')').toString();
    }

    @Override
    public String toString() {
        return "PaymentListenerMethod[" + describe() + ", order=" + order + "]";
    }
}
