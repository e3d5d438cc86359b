package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.OrderPaymentEvent;
import com.siglume.sdrp.spring.checkout.OrderPaymentReview;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds every {@link SiglumePaymentListener} method of this context's beans once, checks it and
 * hands the result to the context's {@link SiglumeListenerRegistry}, as Spring's own listener
 * annotations are processed.
 *
 * <p>Each bean that is initialised during startup is inspected here, with a cache of the classes
 * that have no listener methods. Once all singletons exist, the bean definitions that produced no
 * instance (a {@link org.springframework.context.annotation.Lazy @Lazy} singleton, a prototype
 * nobody asked for) are inspected by their type, without creating them. Then every listener is
 * checked: a method with an unsupported signature, or on a bean that is not a singleton, stops
 * startup with a {@link SiglumeListenerDefinitionException}. A listener's bean is resolved from
 * its name: at once when it already exists, on its first event when it is lazy.
 *
 * <p>Only this context's own bean definitions are inspected, never a parent context's.
 */
public class SiglumeListenerAnnotationBeanPostProcessor
        implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, Ordered {

    private static final String PUBLISHER = "org.reactivestreams.Publisher";

    private static final String MONO = "reactor.core.publisher.Mono";

    private static final Set<Class<?>> CONFIRMATION_TYPES = Set.of(StandardSettled.class,
            MeteredUsageAccepted.class, MeteredBatchSettled.class, Unclassified.class, PaymentConfirmation.class);

    /** What the checkout makes of a confirmation that names one of its orders. */
    private static final Set<Class<?>> ORDER_TYPES = Set.of(OrderPaid.class, OrderFulfilledUnsettled.class,
            OrderPaymentReview.class, OrderPaymentEvent.class);

    private static final String SIGNATURE_HELP = "A @SiglumePaymentListener method returns void, or Mono<Void> (any"
            + " Publisher<Void>, with Project Reactor on the classpath); its first parameter is"
            + " StandardSettled, MeteredUsageAccepted, MeteredBatchSettled, Unclassified, PaymentConfirmation,"
            + " OrderPaid, OrderFulfilledUnsettled, OrderPaymentReview, OrderPaymentEvent, or"
            + " WebhookEvent together with @SiglumePaymentListener(eventTypes = {...}); further parameters may be"
            + " WebhookEvent and VerifiedWebhook.";

    /**
     * Checks the discovered listeners against the rest of the application, for example that a
     * webhook endpoint can reach them.
     */
    @FunctionalInterface
    public interface DiscoveryCheck {

        /**
         * Checks the listeners once discovery is complete.
         *
         * @param listeners every listener of the context, in invocation order
         * @throws com.siglume.sdrp.spring.SiglumeConfigurationException when they cannot work
         */
        void check(List<PaymentListenerMethod> listeners);
    }

    private final DiscoveryCheck discoveryCheck;

    /** Classes known to have no listener method, so each is inspected once. */
    private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

    /** Beans initialised during startup that have listener methods: name to user class. */
    private final Map<String, Class<?>> initialisedListenerBeans = new ConcurrentHashMap<>();

    private ConfigurableListableBeanFactory beanFactory;

    private volatile boolean discovered;

    /**
     * Creates the post-processor.
     *
     * @param discoveryCheck run once on the discovered listeners
     */
    public SiglumeListenerAnnotationBeanPostProcessor(DiscoveryCheck discoveryCheck) {
        this.discoveryCheck = discoveryCheck;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        if (!(beanFactory instanceof ConfigurableListableBeanFactory listable)) {
            throw new IllegalArgumentException("SiglumeListenerAnnotationBeanPostProcessor needs a"
                    + " ConfigurableListableBeanFactory, not " + beanFactory.getClass().getName());
        }
        this.beanFactory = listable;
    }

    /**
     * Runs after the other post-processors, so it sees each bean as the container exposes it.
     *
     * @return {@link Ordered#LOWEST_PRECEDENCE}
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (discovered || beanName == null) {
            return bean;
        }
        Class<?> type = ClassUtils.getUserClass(AopProxyUtils.ultimateTargetClass(bean));
        if (!listenerMethods(type).isEmpty()) {
            initialisedListenerBeans.put(beanName, type);
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Class<?>> candidates = new LinkedHashMap<>();
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = initialisedListenerBeans.containsKey(beanName) ? initialisedListenerBeans.get(beanName)
                    : declaredType(beanName);
            if (type != null && !listenerMethods(type).isEmpty()) {
                candidates.put(beanName, type);
            }
        }
        for (String beanName : beanFactory.getSingletonNames()) {
            // Singletons registered as objects have no definition and pass no post-processor.
            if (!beanFactory.containsBeanDefinition(beanName)) {
                Class<?> type = ClassUtils.getUserClass(
                        AopProxyUtils.ultimateTargetClass(beanFactory.getSingleton(beanName)));
                if (!listenerMethods(type).isEmpty()) {
                    candidates.put(beanName, type);
                }
            }
        }
        initialisedListenerBeans.keySet().stream().filter(name -> !candidates.containsKey(name)).findFirst()
                .ifPresent(name -> {
                    throw new SiglumeListenerDefinitionException("Bean '" + name + "' has @SiglumePaymentListener"
                            + " methods but is not a bean the context can look up by name (an inner bean).",
                            "Declare " + initialisedListenerBeans.get(name).getName() + " as a bean of its own.");
                });
        List<PaymentListenerMethod> found = new ArrayList<>();
        candidates.forEach((beanName, type) -> found.addAll(listenersOf(beanName, type)));
        found.sort(Comparator.comparingInt(PaymentListenerMethod::order));
        List<PaymentListenerMethod> listeners = List.copyOf(found);
        discovered = true;
        initialisedListenerBeans.clear();
        nonAnnotatedClasses.clear();
        registry().register(listeners);
        discoveryCheck.check(listeners);
    }

    private SiglumeListenerRegistry registry() {
        String[] names = beanFactory.getBeanNamesForType(SiglumeListenerRegistry.class, false, false);
        if (names.length != 1) {
            throw new IllegalStateException("Expected one SiglumeListenerRegistry bean in the context, found "
                    + names.length);
        }
        return beanFactory.getBean(names[0], SiglumeListenerRegistry.class);
    }

    private List<PaymentListenerMethod> listenersOf(String beanName, Class<?> type) {
        Map<Method, SiglumePaymentListener> annotated = listenerMethods(type);
        String scope = effectiveScope(beanName);
        if (!scope.isEmpty() && !BeanDefinition.SCOPE_SINGLETON.equals(scope)) {
            String name = ScopedProxyUtils.isScopedTarget(beanName) ? ScopedProxyUtils.getOriginalBeanName(beanName)
                    : beanName;
            String method = PaymentListenerMethod.describe(type, annotated.keySet().iterator().next());
            throw new SiglumeListenerDefinitionException("Bean '" + name + "' has scope '" + scope
                    + "' but declares @SiglumePaymentListener method " + method + ". A listener is called once per"
                    + " event, outside any request or session, so its bean must have exactly one instance.",
                    "Move the listener to a singleton bean (the default scope) and let it look up any scoped"
                            + " state itself.");
        }
        // Ordered beans that exist already say their order; a lazy one is not created to ask.
        boolean exists = initialisedListenerBeans.containsKey(beanName)
                || (beanFactory.containsSingleton(beanName) && !beanFactory.isFactoryBean(beanName));
        Integer beanOrder = exists && beanFactory.getBean(beanName) instanceof Ordered ordered
                ? ordered.getOrder() : null;
        List<PaymentListenerMethod> listeners = new ArrayList<>();
        annotated.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().toGenericString()))
                .forEach(entry -> listeners.add(resolve(beanName, type, entry.getKey(), entry.getValue(), beanOrder)));
        if (exists) {
            listeners.forEach(PaymentListenerMethod::resolveBean);
        }
        return listeners;
    }

    /**
     * Returns the scope instances of the bean are created in: for a scoped proxy, its target's.
     */
    private String effectiveScope(String beanName) {
        String targetName = ScopedProxyUtils.getTargetBeanName(beanName);
        String definitionName = !ScopedProxyUtils.isScopedTarget(beanName) && beanFactory.containsBeanDefinition(targetName)
                ? targetName : beanName;
        return beanFactory.containsBeanDefinition(definitionName)
                ? beanFactory.getMergedBeanDefinition(definitionName).getScope()
                : BeanDefinition.SCOPE_SINGLETON;
    }

    /**
     * Returns the user class a bean definition produces, without creating the bean.
     */
    private @Nullable Class<?> declaredType(String beanName) {
        try {
            BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
            if (definition.isAbstract()) {
                return null;
            }
            Class<?> type = definition.getAttribute(AutoProxyUtils.ORIGINAL_TARGET_CLASS_ATTRIBUTE) instanceof Class<?> original
                    ? original : beanFactory.getType(beanName, false);
            return type == null ? null : ClassUtils.getUserClass(type);
        } catch (RuntimeException e) {
            // A definition whose type cannot be told without creating the bean cannot be inspected early.
            return null;
        }
    }

    private Map<Method, SiglumePaymentListener> listenerMethods(Class<?> type) {
        if (nonAnnotatedClasses.contains(type)) {
            return Map.of();
        }
        Map<Method, SiglumePaymentListener> annotated = AnnotationUtils.isCandidateClass(type, SiglumePaymentListener.class)
                ? MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<SiglumePaymentListener>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, SiglumePaymentListener.class))
                : Map.of();
        if (annotated.isEmpty()) {
            nonAnnotatedClasses.add(type);
        }
        return annotated;
    }

    /**
     * Checks one annotated method and resolves how to call it.
     *
     * @param beanName the bean to call it on
     * @param beanClass the bean's user class
     * @param method the annotated method as declared
     * @param annotation its merged annotation
     * @param beanOrder the order of an existing {@link Ordered} bean, or {@code null}
     * @return the listener
     * @throws SiglumeListenerDefinitionException when the signature is not supported
     */
    private PaymentListenerMethod resolve(String beanName, Class<?> beanClass, Method method,
            SiglumePaymentListener annotation, @Nullable Integer beanOrder) {
        String name = PaymentListenerMethod.describe(beanClass, method);
        boolean returnsPublisher = method.getReturnType() != void.class;
        if (returnsPublisher) {
            checkPublisherReturnType(name, method);
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
        } else if (CONFIRMATION_TYPES.contains(received) || ORDER_TYPES.contains(received)) {
            if (!eventTypes.isEmpty()) {
                throw invalid(name, "names eventTypes but takes " + received.getSimpleName()
                        + ", which only direct_payment.confirmed events produce; remove eventTypes or take a WebhookEvent");
            }
            arguments.add(PaymentListenerMethod.ArgumentSource.PAYLOAD);
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
        return new PaymentListenerMethod(beanFactory, beanName, beanClass, method, received, eventTypes, arguments,
                orderOf(beanClass, method, beanOrder), returnsPublisher);
    }

    /** A listener returns void or a Publisher<Void>, which needs Project Reactor to be awaited. */
    private static void checkPublisherReturnType(String name, Method method) {
        ClassLoader classLoader = method.getDeclaringClass().getClassLoader();
        boolean reactive = ClassUtils.isPresent(PUBLISHER, classLoader) && ClassUtils.isPresent(MONO, classLoader);
        if (!reactive || !SiglumeListenerReactorContext.returnsPublisher(method)) {
            throw invalid(name, "returns " + method.getReturnType().getSimpleName()
                    + "; a listener returns void or Mono<Void>, because nothing would read a value");
        }
        if (!SiglumeListenerReactorContext.returnsPublisherOfVoid(method)) {
            throw invalid(name, "returns " + method.getGenericReturnType().getTypeName()
                    + "; a reactive listener returns Mono<Void> (a Publisher<Void>), because nothing would read its"
                    + " elements");
        }
    }

    private static int orderOf(Class<?> beanClass, Method method, @Nullable Integer beanOrder) {
        Integer methodOrder = OrderUtils.getOrder(method);
        if (methodOrder != null) {
            return methodOrder;
        }
        if (beanOrder != null) {
            return beanOrder;
        }
        return OrderUtils.getOrder(beanClass, Ordered.LOWEST_PRECEDENCE);
    }

    private static SiglumeListenerDefinitionException invalid(String name, String problem) {
        return new SiglumeListenerDefinitionException("@SiglumePaymentListener method " + name + " " + problem + ".",
                SIGNATURE_HELP);
    }
}
