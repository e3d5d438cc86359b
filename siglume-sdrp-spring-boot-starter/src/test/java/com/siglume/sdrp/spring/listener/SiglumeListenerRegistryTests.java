package com.siglume.sdrp.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Discovery of {@link SiglumePaymentListener} methods: valid signatures, order, and every
 * signature that must stop startup.
 */
class SiglumeListenerRegistryTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.enabled=false");

    @Test
    void discoversEveryValidSignatureOnce() {
        runner.withBean(ValidListeners.class).run(context -> {
            List<PaymentListenerMethod> listeners = context.getBean(SiglumeListenerRegistry.class).listeners();
            assertThat(listeners).extracting(PaymentListenerMethod::receivedType).containsExactlyInAnyOrder(
                    StandardSettled.class, PaymentConfirmation.class, Unclassified.class, MeteredBatchSettled.class,
                    WebhookEvent.class);
            assertThat(listeners).allSatisfy(listener -> assertThat(listener.describe())
                    .startsWith(ValidListeners.class.getName() + "."));
        });
    }

    @Test
    void orderComesFromTheMethodThenTheBean() {
        runner.withBean(LateBean.class).withBean(EarlyBean.class).withBean(OrderedInterfaceBean.class).run(context -> {
            List<String> names = context.getBean(SiglumeListenerRegistry.class).listeners().stream()
                    .map(PaymentListenerMethod::describe).map(text -> text.substring(text.lastIndexOf('.') + 1))
                    .toList();
            assertThat(names).containsExactly("first(StandardSettled)", "early(StandardSettled)",
                    "viaInterface(StandardSettled)", "late(StandardSettled)");
        });
    }

    @Test
    void beansWithoutListenersAreIgnored() {
        runner.withBean(String.class, () -> "not a listener")
                .run(context -> assertThat(context.getBean(SiglumeListenerRegistry.class).listeners()).isEmpty());
    }

    @Test
    void noParametersStopsStartup() {
        assertRefused(NoParameters.class, "NoParameters.handle()", "has no parameters");
    }

    @Test
    void unknownFirstParameterStopsStartup() {
        assertRefused(UnknownFirst.class, "UnknownFirst.handle(String)", "java.lang.String first");
    }

    @Test
    void unsupportedExtraParameterStopsStartup() {
        assertRefused(UnsupportedExtra.class, "UnsupportedExtra.handle(StandardSettled, String)",
                "extra parameter of type java.lang.String");
    }

    @Test
    void webhookEventWithoutEventTypesStopsStartup() {
        assertRefused(EventWithoutTypes.class, "EventWithoutTypes.handle(WebhookEvent)", "names no eventTypes");
    }

    @Test
    void eventTypesOnAConfirmationListenerStopStartup() {
        assertRefused(TypesOnConfirmation.class, "TypesOnConfirmation.handle(StandardSettled)", "names eventTypes");
    }

    @Test
    void blankEventTypeStopsStartup() {
        assertRefused(BlankEventType.class, "BlankEventType.handle(WebhookEvent)", "blank event type");
    }

    @Test
    void nonVoidReturnStopsStartup() {
        assertRefused(ReturnsValue.class, "ReturnsValue.handle(StandardSettled)", "returns boolean");
    }

    @Test
    void staticMethodStopsStartup() {
        assertRefused(StaticListener.class, "StaticListener.handle(StandardSettled)", "is static");
    }

    private void assertRefused(Class<?> bean, String method, String problem) {
        runner.withBean(bean).run(context -> {
            Throwable failure = context.getStartupFailure();
            assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(failure))
                    .isInstanceOf(SiglumeListenerDefinitionException.class);
            FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains(SiglumeListenerRegistryTests.class.getName() + "$" + method)
                    .contains(problem);
            assertThat(analysis.getAction()).contains("returns void").contains("eventTypes");
        });
    }

    static class ValidListeners {

        @SiglumePaymentListener
        void standard(StandardSettled settled) {
        }

        @SiglumePaymentListener
        public void all(PaymentConfirmation confirmation, WebhookEvent event, VerifiedWebhook delivery) {
        }

        @SiglumePaymentListener
        void review(Unclassified unclassified, VerifiedWebhook delivery) {
        }

        @SiglumePaymentListener
        void batch(MeteredBatchSettled batch) {
        }

        @SiglumePaymentListener(eventTypes = "direct_payment.spent")
        void spent(WebhookEvent event, VerifiedWebhook delivery) {
        }
    }

    @Order(10)
    static class LateBean {

        @SiglumePaymentListener
        void late(StandardSettled settled) {
        }

        @SiglumePaymentListener
        @Order(-5)
        void first(StandardSettled settled) {
        }
    }

    @Order(1)
    static class EarlyBean {

        @SiglumePaymentListener
        void early(StandardSettled settled) {
        }
    }

    static class OrderedInterfaceBean implements Ordered {

        @SiglumePaymentListener
        void viaInterface(StandardSettled settled) {
        }

        @Override
        public int getOrder() {
            return 5;
        }
    }

    static class NoParameters {
        @SiglumePaymentListener
        void handle() {
        }
    }

    static class UnknownFirst {
        @SiglumePaymentListener
        void handle(String text) {
        }
    }

    static class UnsupportedExtra {
        @SiglumePaymentListener
        void handle(StandardSettled settled, String text) {
        }
    }

    static class EventWithoutTypes {
        @SiglumePaymentListener
        void handle(WebhookEvent event) {
        }
    }

    static class TypesOnConfirmation {
        @SiglumePaymentListener(eventTypes = "direct_payment.spent")
        void handle(StandardSettled settled) {
        }
    }

    static class BlankEventType {
        @SiglumePaymentListener(eventTypes = " ")
        void handle(WebhookEvent event) {
        }
    }

    static class ReturnsValue {
        @SiglumePaymentListener
        boolean handle(StandardSettled settled) {
            return true;
        }
    }

    static class StaticListener {
        @SiglumePaymentListener
        static void handle(StandardSettled settled) {
        }
    }
}
