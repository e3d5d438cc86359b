package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds every {@link SiglumePaymentListener} method once, after all singletons exist, checks its
 * signature and keeps a resolved {@link PaymentListenerMethod} for it.
 *
 * <p>A method with an unsupported signature stops startup with a
 * {@link SiglumeListenerDefinitionException}. Dispatch never looks anything up by reflection.
 */
public class SiglumeListenerRegistry implements SmartInitializingSingleton, BeanFactoryAware {

    private static final Set<Class<?>> CONFIRMATION_TYPES = Set.of(StandardSettled.class,
            MeteredUsageAccepted.class, MeteredBatchSettled.class, Unclassified.class, PaymentConfirmation.class);

    private static final String SIGNATURE_HELP = "A @SiglumePaymentListener method returns void; its first parameter is"
            + " StandardSettled, MeteredUsageAccepted, MeteredBatchSettled, Unclassified, PaymentConfirmation, or"
            + " WebhookEvent together with @SiglumePaymentListener(eventTypes = {...}); further parameters may be"
            + " WebhookEvent and VerifiedWebhook.";

    private ConfigurableListableBeanFactory beanFactory;

    private volatile List<PaymentListenerMethod> listeners = List.of();

    /**
     * Creates an empty registry; it fills itself once all singletons are instantiated.
     */
    public SiglumeListenerRegistry() {
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        if (beanFactory instanceof ConfigurableListableBeanFactory listable) {
            this.beanFactory = listable;
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (beanFactory == null) {
            return;
        }
        List<PaymentListenerMethod> found = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForType(Object.class, false, true)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> type = targetType(beanName);
            if (type == null || !AnnotationUtils.isCandidateClass(type, SiglumePaymentListener.class)) {
                continue;
            }
            Map<Method, SiglumePaymentListener> annotated = MethodIntrospector.selectMethods(type,
                    (MethodIntrospector.MetadataLookup<SiglumePaymentListener>) method ->
                            AnnotatedElementUtils.findMergedAnnotation(method, SiglumePaymentListener.class));
            if (annotated.isEmpty()) {
                continue;
            }
            Object bean = beanFactory.getBean(beanName);
            annotated.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getKey().toGenericString()))
                    .forEach(entry -> found.add(resolve(bean, type, entry.getKey(), entry.getValue())));
        }
        this.listeners = sorted(found);
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
        return listeners.stream().filter(listener -> listener.receives(confirmation)).toList();
    }

    /**
     * Returns every listener of a delivery, in order: the confirmation listeners (when the event
     * was classified) and the {@code WebhookEvent} listeners of its type.
     *
     * @param delivery the verified delivery
     * @param confirmation its classification, or {@code null} when it is not a confirmation
     * @return the listeners in order, possibly empty
     */
    public List<PaymentListenerMethod> listenersFor(VerifiedWebhook delivery, PaymentConfirmation confirmation) {
        String type = delivery.event().type();
        return listeners.stream()
                .filter(listener -> (confirmation != null && listener.receives(confirmation))
                        || listener.receivesEventType(type))
                .toList();
    }

    /**
     * Checks one annotated method and resolves how to call it.
     *
     * @param bean the bean to call it on
     * @param beanClass the bean's user class, for messages
     * @param method the annotated method as declared
     * @param annotation its annotation
     * @return the resolved listener
     * @throws SiglumeListenerDefinitionException when the signature is not supported
     */
    static PaymentListenerMethod resolve(Object bean, Class<?> beanClass, Method method,
            SiglumePaymentListener annotation) {
        String name = PaymentListenerMethod.describe(beanClass, method);
        if (method.getReturnType() != void.class) {
            throw invalid(name, "returns " + method.getReturnType().getSimpleName()
                    + "; a listener must return void because nothing would read the value");
        }
        if (Modifier.isStatic(method.getModifiers())) {
            throw invalid(name, "is static; a listener must be an instance method of the bean");
        }
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length == 0) {
            throw invalid(name, "has no parameters");
        }
        Class<?> received = parameters[0];
        Set<String> eventTypes = new LinkedHashSet<>();
        for (String eventType : annotation.eventTypes()) {
            if (eventType == null || eventType.isBlank()) {
                throw invalid(name, "lists a blank event type in eventTypes");
            }
            eventTypes.add(eventType.trim());
        }
        List<PaymentListenerMethod.ArgumentSource> arguments = new ArrayList<>();
        if (received == WebhookEvent.class) {
            if (eventTypes.isEmpty()) {
                throw invalid(name, "takes a WebhookEvent first but names no eventTypes; add"
                        + " @SiglumePaymentListener(eventTypes = \"direct_payment.spent\") or take a classified type");
            }
            arguments.add(PaymentListenerMethod.ArgumentSource.EVENT);
        } else if (CONFIRMATION_TYPES.contains(received)) {
            if (!eventTypes.isEmpty()) {
                throw invalid(name, "names eventTypes but takes " + received.getSimpleName()
                        + ", which only direct_payment.confirmed events produce; remove eventTypes or take a WebhookEvent");
            }
            arguments.add(PaymentListenerMethod.ArgumentSource.CONFIRMATION);
        } else {
            throw invalid(name, "takes " + received.getName() + " first, which is not an event type the starter delivers");
        }
        for (int i = 1; i < parameters.length; i++) {
            if (parameters[i] == WebhookEvent.class) {
                arguments.add(PaymentListenerMethod.ArgumentSource.EVENT);
            } else if (parameters[i] == VerifiedWebhook.class) {
                arguments.add(PaymentListenerMethod.ArgumentSource.VERIFIED);
            } else {
                throw invalid(name, "has an extra parameter of type " + parameters[i].getName()
                        + "; extra parameters may only be WebhookEvent or VerifiedWebhook");
            }
        }
        Method invocable;
        try {
            invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        } catch (IllegalStateException e) {
            throw invalid(name, "cannot be called through the bean's proxy; declare it on an interface the"
                    + " proxy implements or use class-based proxies");
        }
        ReflectionUtils.makeAccessible(invocable);
        return new PaymentListenerMethod(bean, beanClass, invocable, received, eventTypes, arguments,
                orderOf(bean, beanClass, method));
    }

    private static int orderOf(Object bean, Class<?> beanClass, Method method) {
        Integer methodOrder = OrderUtils.getOrder(method);
        if (methodOrder != null) {
            return methodOrder;
        }
        if (bean instanceof Ordered ordered) {
            return ordered.getOrder();
        }
        return OrderUtils.getOrder(beanClass, Ordered.LOWEST_PRECEDENCE);
    }

    private static SiglumeListenerDefinitionException invalid(String name, String problem) {
        return new SiglumeListenerDefinitionException("@SiglumePaymentListener method " + name + " " + problem + ".",
                SIGNATURE_HELP);
    }

    private Class<?> targetType(String beanName) {
        Class<?> type;
        try {
            type = AutoProxyUtils.determineTargetClass(beanFactory, beanName);
        } catch (RuntimeException e) {
            // A bean whose type cannot be determined early cannot hold listeners we can find.
            return null;
        }
        return type == null ? null : ClassUtils.getUserClass(type);
    }

    private static List<PaymentListenerMethod> sorted(List<PaymentListenerMethod> listeners) {
        List<PaymentListenerMethod> copy = new ArrayList<>(listeners);
        copy.sort(Comparator.comparingInt(PaymentListenerMethod::order));
        return List.copyOf(copy);
    }
}
