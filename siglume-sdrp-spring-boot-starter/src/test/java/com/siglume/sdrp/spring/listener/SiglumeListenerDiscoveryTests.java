package com.siglume.sdrp.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.context.annotation.SessionScope;

/**
 * How listeners are found and called as Spring's own listener annotations are: lazy beans,
 * scopes, composed annotations, parent and child contexts, proxies.
 */
class SiglumeListenerDiscoveryTests {

    // A servlet web context with a secret: the endpoint exists, so listeners can be called.
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory");

    @Nested
    class LazyBeans {

        @Test
        void aLazyListenerBeanIsCreatedOnItsFirstEventOnly() {
            LazyListener.created.set(0);
            runner.withBean("lazyListener", LazyListener.class, LazyListener::new, definition -> definition.setLazyInit(true)).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(LazyListener.created).hasValue(0);
                assertThat(context.getBean(SiglumeListenerRegistry.class).listeners())
                        .extracting(PaymentListenerMethod::beanName).containsExactly("lazyListener");
                process(context, TestWebhooks.standardSettled("evt_lazy_1"));
                process(context, TestWebhooks.standardSettled("evt_lazy_2"));
                assertThat(LazyListener.created).hasValue(1);
                assertThat(context.getBean(LazyListener.class).events).containsExactly("evt_lazy_1", "evt_lazy_2");
            });
        }

        @Test
        void aLazyBeanDeclaredByABeanMethodIsFoundFromItsReturnType() {
            LazyListener.created.set(0);
            runner.withUserConfiguration(LazyBeanMethod.class).run(context -> {
                assertThat(LazyListener.created).hasValue(0);
                process(context, TestWebhooks.standardSettled("evt_lazy_method"));
                assertThat(context.getBean(LazyListener.class).events).containsExactly("evt_lazy_method");
            });
        }
    }

    @Nested
    class Scopes {

        @Test
        void aPrototypeBeanStopsStartupNamingTheBean() {
            runner.withBean("prototypeListener", CountingListener.class, CountingListener::new,
                    definition -> definition.setScope(BeanDefinition.SCOPE_PROTOTYPE)).run(context ->
                    assertRefused(context, "Bean 'prototypeListener' has scope 'prototype'", "singleton bean"));
        }

        @Test
        void aPrototypeCreatedDuringStartupStopsStartupToo() {
            runner.withUserConfiguration(PrototypeInjected.class).run(context ->
                    assertRefused(context, "Bean 'prototypeListener' has scope 'prototype'", "singleton bean"));
        }

        @Test
        void aRequestScopedProxyStopsStartupNamingTheBean() {
            runner.withUserConfiguration(RequestScoped.class).run(context ->
                    assertRefused(context, "Bean 'requestListener' has scope 'request'", "singleton bean"));
        }

        @Test
        void aSessionScopedProxyStopsStartupNamingTheBean() {
            runner.withUserConfiguration(SessionScoped.class).run(context ->
                    assertRefused(context, "Bean 'sessionListener' has scope 'session'", "singleton bean"));
        }

        @Test
        void anyOtherScopeStopsStartup() {
            runner.withUserConfiguration(ThreadScoped.class).run(context ->
                    assertRefused(context, "Bean 'threadListener' has scope 'thread'", "singleton bean"));
        }
    }

    @Nested
    class ComposedAnnotations {

        @Test
        void aComposedAnnotationMarksListenersAndItsAliasSetsTheEventTypes() {
            runner.withBean(ComposedListeners.class).run(context -> {
                process(context, TestWebhooks.spent("evt_spent"));
                process(context, TestWebhooks.event("evt_refund", "direct_payment.refunded", "{}"));
                process(context, TestWebhooks.standardSettled("evt_settled"));
                assertThat(context.getBean(ComposedListeners.class).calls).containsExactly("spent:evt_spent",
                        "refunded:evt_refund", "settled:evt_settled");
            });
        }

        @Test
        void aComposedAnnotationIsCheckedLikeTheAnnotationItself() {
            runner.withBean(ComposedWithoutTypes.class).run(context ->
                    assertRefused(context, "ComposedWithoutTypes.handle(WebhookEvent) takes a WebhookEvent first but names no eventTypes",
                            "returns void"));
        }
    }

    @Nested
    class ParentAndChildContexts {

        @Test
        void eachContextDispatchesToItsOwnListenersOnly() {
            runner.withBean("parentListener", CountingListener.class).run(parent -> {
                runner.withParent(parent).withBean("childListener", CountingListener.class).run(child -> {
                    assertThat(child).hasNotFailed();
                    assertThat(child.getBean(SiglumeListenerRegistry.class))
                            .isNotSameAs(parent.getBean(SiglumeListenerRegistry.class));
                    assertThat(child.getBean(SiglumeListenerRegistry.class).listeners())
                            .extracting(PaymentListenerMethod::beanName).containsExactly("childListener");
                    assertThat(parent.getBean(SiglumeListenerRegistry.class).listeners())
                            .extracting(PaymentListenerMethod::beanName).containsExactly("parentListener");
                    CountingListener parentListener = parent.getBean("parentListener", CountingListener.class);
                    CountingListener childListener = child.getBean("childListener", CountingListener.class);

                    process(child, TestWebhooks.standardSettled("evt_child"));
                    assertThat(childListener.events).containsExactly("evt_child");
                    assertThat(parentListener.events).isEmpty();

                    process(parent, TestWebhooks.standardSettled("evt_parent"));
                    assertThat(parentListener.events).containsExactly("evt_parent");
                    assertThat(childListener.events).containsExactly("evt_child");
                });
            });
        }
    }

    @Nested
    class Proxies {

        @Test
        void aTransactionalClassProxyIsCalledThroughTheProxy() {
            runner.withUserConfiguration(ClassProxies.class).withBean(TransactionalListener.class).run(context -> {
                Object bean = context.getBean(TransactionalListener.class);
                assertThat(org.springframework.aop.support.AopUtils.isCglibProxy(bean)).isTrue();
                process(context, TestWebhooks.standardSettled("evt_cglib"));
                assertThat(context.getBean(TransactionalListener.class).inTransaction()).containsExactly(true);
                assertThat(context.getBean(CountingTransactionManager.class).commits).hasValue(1);
            });
        }

        @Test
        void anInterfaceProxyIsCalledThroughTheInterface() {
            runner.withUserConfiguration(InterfaceProxies.class).withBean(InterfaceListener.class).run(context -> {
                SettledHandler bean = context.getBean(SettledHandler.class);
                assertThat(org.springframework.aop.support.AopUtils.isJdkDynamicProxy(bean)).isTrue();
                process(context, TestWebhooks.standardSettled("evt_jdk"));
                assertThat(((InterfaceListener) org.springframework.aop.framework.AopProxyUtils.getSingletonTarget(bean))
                        .inTransaction).containsExactly(true);
                assertThat(context.getBean(CountingTransactionManager.class).commits).hasValue(1);
            });
        }

        @Test
        void aMethodTheProxyDoesNotExposeStopsStartup() {
            // The JDK proxy exposes only the interface, which does not declare the listener.
            runner.withUserConfiguration(InterfaceProxies.class).withBean(HiddenListener.class).run(context ->
                    assertRefused(context, "HiddenListener.settled(StandardSettled) cannot be called through the proxy",
                            "interface the proxy implements"));
        }
    }

    private static WebhookOutcome process(AssertableWebApplicationContext context, byte[] body) {
        WebhookOutcome outcome = context.getBean(SiglumeWebhookProcessor.class).process(body, TestWebhooks.sign(body));
        assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
        return outcome;
    }

    private static void assertRefused(AssertableWebApplicationContext context, String description, String action) {
        Throwable failure = context.getStartupFailure();
        assertThat(failure).isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(SiglumeListenerDefinitionException.class);
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains(description);
        assertThat(analysis.getAction()).contains(action);
    }

    static class LazyListener {

        static final AtomicInteger created = new AtomicInteger();

        final List<String> events = new CopyOnWriteArrayList<>();

        LazyListener() {
            created.incrementAndGet();
        }

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
            events.add(settled.event().id());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class LazyBeanMethod {

        @Bean
        @Lazy
        LazyListener lazyListener() {
            return new LazyListener();
        }
    }

    static class CountingListener {

        final List<String> events = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
            events.add(settled.event().id());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrototypeInjected {

        @Bean
        @Scope(BeanDefinition.SCOPE_PROTOTYPE)
        CountingListener prototypeListener() {
            return new CountingListener();
        }

        @Bean
        Object prototypeUser(CountingListener prototypeListener) {
            return List.of(prototypeListener);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RequestScoped {

        @Bean
        @RequestScope
        CountingListener requestListener() {
            return new CountingListener();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SessionScoped {

        @Bean
        @SessionScope
        CountingListener sessionListener() {
            return new CountingListener();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ThreadScoped {

        @Bean
        @Scope(scopeName = "thread", proxyMode = ScopedProxyMode.TARGET_CLASS)
        CountingListener threadListener() {
            return new CountingListener();
        }
    }

    /** Marks a listener of {@code direct_payment.spent} events, or of the types given. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @SiglumePaymentListener
    @interface SpendingListener {

        @AliasFor(annotation = SiglumePaymentListener.class, attribute = "eventTypes")
        String[] value() default "direct_payment.spent";
    }

    /** Marks a listener of settled payments. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @SiglumePaymentListener
    @interface SettledListener {
    }

    static class ComposedListeners {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @SpendingListener
        @org.springframework.core.annotation.Order(1)
        void spent(WebhookEvent event) {
            calls.add("spent:" + event.id());
        }

        @SpendingListener("direct_payment.refunded")
        @org.springframework.core.annotation.Order(2)
        void refunded(WebhookEvent event) {
            calls.add("refunded:" + event.id());
        }

        @SettledListener
        @org.springframework.core.annotation.Order(3)
        void settled(StandardSettled settled) {
            calls.add("settled:" + settled.event().id());
        }
    }

    static class ComposedWithoutTypes {

        @SpendingListener({})
        void handle(WebhookEvent event) {
        }
    }

    /** Counts commits; its transactions are real to Spring's synchronization. */
    static class CountingTransactionManager extends AbstractPlatformTransactionManager {

        private static final long serialVersionUID = 1L;

        final AtomicInteger commits = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = true)
    static class ClassProxies {

        @Bean
        CountingTransactionManager transactionManager() {
            return new CountingTransactionManager();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = false)
    static class InterfaceProxies {

        @Bean
        CountingTransactionManager transactionManager() {
            return new CountingTransactionManager();
        }
    }

    static class TransactionalListener {

        private final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        @Transactional
        void settled(StandardSettled settled) {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }

        List<Boolean> inTransaction() {
            return inTransaction;
        }
    }

    interface SettledHandler {

        void settled(StandardSettled settled);
    }

    static class InterfaceListener implements SettledHandler {

        final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

        @Override
        @SiglumePaymentListener
        @Transactional
        public void settled(StandardSettled settled) {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }
    }

    interface Unrelated {

        void other();
    }

    static class HiddenListener implements Unrelated {

        @SiglumePaymentListener
        @Transactional
        public void settled(StandardSettled settled) {
        }

        @Override
        public void other() {
        }
    }
}
