package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ReflectionUtils;

/**
 * One discovered {@link SiglumePaymentListener} method: the bean it belongs to (by name), the
 * method, what it receives and how its arguments are filled, all checked once at startup.
 *
 * <p>The bean is resolved from its name when the listener is first needed: at startup for a bean
 * that already exists, on the first event for a {@link org.springframework.context.annotation.Lazy
 * lazy} one. It is then called through the bean as the container exposes it, so a proxy's advice
 * (for example a transaction) applies.
 */
public final class PaymentListenerMethod {

    /** Where each argument comes from. */
    enum ArgumentSource {
        /** What the listener receives: the classified confirmation, or an order payment event. */
        PAYLOAD,
        /** The parsed event. */
        EVENT,
        /** The verified delivery (event and signed timestamp). */
        VERIFIED
    }

    /** The bean as exposed by the container and the method to call on it. */
    private record Target(Object bean, Method invocable) {
    }

    private final BeanFactory beanFactory;
    private final String beanName;
    private final Class<?> beanClass;
    private final Method method;
    private final Class<?> receivedType;
    private final Set<String> eventTypes;
    private final List<ArgumentSource> arguments;
    private final int order;
    private final boolean returnsPublisher;

    private volatile @Nullable Target target;

    PaymentListenerMethod(BeanFactory beanFactory, String beanName, Class<?> beanClass, Method method,
            Class<?> receivedType, Set<String> eventTypes, List<ArgumentSource> arguments, int order,
            boolean returnsPublisher) {
        this.beanFactory = beanFactory;
        this.beanName = beanName;
        this.beanClass = beanClass;
        this.method = method;
        this.receivedType = receivedType;
        this.eventTypes = Set.copyOf(eventTypes);
        this.arguments = List.copyOf(arguments);
        this.order = order;
        this.returnsPublisher = returnsPublisher;
    }

    /**
     * Tells whether this listener receives a payload: a classified confirmation, or an order
     * payment event of {@link com.siglume.sdrp.spring.checkout}.
     *
     * @param payload the classification of a {@code direct_payment.confirmed} event, or an
     *        {@link com.siglume.sdrp.spring.checkout.OrderPaymentEvent}
     * @return {@code true} when the first parameter accepts it
     */
    public boolean receives(Object payload) {
        return receivesPayloadsOf(payload.getClass());
    }

    /**
     * Tells whether this listener receives every payload of a type, the way {@link #receives}
     * decides for one payload; startup checks ask it before any payload exists.
     *
     * @param payloadType a classification type such as
     *        {@link com.siglume.sdrp.confirmation.StandardSettled}, or an order payment event type
     * @return {@code true} when the first parameter accepts that type
     */
    public boolean receivesPayloadsOf(Class<?> payloadType) {
        return receivedType != WebhookEvent.class && receivedType.isAssignableFrom(payloadType);
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
     * Calls the method; for a method returning a {@code Publisher<Void>}, subscribes to it and
     * waits for it to complete (see {@link SiglumeListenerReactorContext}).
     *
     * @param delivery the verified delivery
     * @param payload what the listener receives ({@link #receives}): the delivery's
     *        classification or an order payment event made from it; {@code null} for an event
     *        that is not a {@code direct_payment.confirmed}
     * @throws RuntimeException whatever unchecked exception the listener threw or its publisher
     *         signalled, unchanged
     * @throws SiglumeListenerInvocationException wrapping a checked exception of the listener
     */
    public void invoke(VerifiedWebhook delivery, @Nullable Object payload) {
        Object result = call(delivery, payload);
        if (returnsPublisher) {
            SiglumeListenerReactorContext.await(result, describe());
        }
    }

    /**
     * Tells whether the method returns a {@code Publisher<Void>} (a {@code Mono<Void>}).
     *
     * @return {@code true} for a reactive listener
     */
    public boolean returnsPublisher() {
        return returnsPublisher;
    }

    /** Calls the method and returns what it returned, a publisher not subscribed to. */
    @Nullable Object call(VerifiedWebhook delivery, @Nullable Object payload) {
        @Nullable Object[] args = new Object[arguments.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (arguments.get(i)) {
                case PAYLOAD -> payload;
                case EVENT -> delivery.event();
                case VERIFIED -> delivery;
            };
        }
        Target resolved = target();
        try {
            return resolved.invocable().invoke(resolved.bean(), args);
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
     * Resolves the bean from its name now, rather than on the first event: for a bean that
     * already exists, so a method its proxy cannot call stops startup.
     *
     * @throws SiglumeListenerDefinitionException when the method cannot be called through the
     *         bean's proxy
     */
    void resolveBean() {
        target();
    }

    private Target target() {
        Target resolved = this.target;
        if (resolved == null) {
            synchronized (this) {
                resolved = this.target;
                if (resolved == null) {
                    Object bean = beanFactory.getBean(beanName);
                    resolved = new Target(bean, invocableOn(bean.getClass()));
                    this.target = resolved;
                }
            }
        }
        return resolved;
    }

    private Method invocableOn(Class<?> exposedType) {
        Method invocable;
        try {
            invocable = AopUtils.selectInvocableMethod(method, exposedType);
        } catch (IllegalStateException e) {
            throw new SiglumeListenerDefinitionException("@SiglumePaymentListener method " + describe()
                    + " cannot be called through the proxy of bean '" + beanName + "'.",
                    "Declare the method on an interface the proxy implements, make it non-private, or use"
                            + " class-based proxies.");
        }
        ReflectionUtils.makeAccessible(invocable);
        return invocable;
    }

    /**
     * Returns the name of the bean the listener belongs to.
     *
     * @return the bean name
     */
    public String beanName() {
        return beanName;
    }

    /**
     * Returns the user class of the bean the listener belongs to.
     *
     * @return the bean class
     */
    public Class<?> beanClass() {
        return beanClass;
    }

    /**
     * Returns the listener's order, from {@code @Order} on the method, else on the bean class,
     * else from the bean's {@link org.springframework.core.Ordered} when it existed at startup.
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
        return "PaymentListenerMethod[" + describe() + ", bean=" + beanName + ", order=" + order + "]";
    }
}
