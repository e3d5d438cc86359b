package com.siglume.sdrp.spring.aot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.siglume.sdrp.client.Page;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.merchant.MerchantAccount;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.TransactionRequest;
import com.siglume.sdrp.client.webhooks.WebhookDelivery;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.annotation.ReflectiveRuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

/**
 * The hints a native image needs: the event table scripts, the client records Jackson binds,
 * and listener methods, also when marked through a composed annotation.
 */
class SiglumeRuntimeHintsTests {

    private final RuntimeHints hints = new RuntimeHints();

    SiglumeRuntimeHintsTests() {
        new SiglumeRuntimeHints().registerHints(hints, getClass().getClassLoader());
    }

    @Test
    void theRegistrarIsRegisteredForAheadOfTimeProcessing() {
        assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class))
                .hasAtLeastOneElementOfType(SiglumeRuntimeHints.class);
    }

    @Test
    void everyEventTableScriptIsAResourceHint() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:com/siglume/sdrp/spring/webhook/schema-*.sql");
        assertThat(scripts).extracting(Resource::getFilename).containsExactlyInAnyOrder("schema-standard.sql",
                "schema-mysql.sql");
        for (Resource script : scripts) {
            assertThat(RuntimeHintsPredicates.resource()
                    .forResource("com/siglume/sdrp/spring/webhook/" + script.getFilename())).accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.resource().forResource("com/siglume/sdrp/spring/webhook/other.sql"))
                .rejects(hints);
    }

    @Test
    void everyCheckoutAttemptTableScriptIsAResourceHint() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:com/siglume/sdrp/spring/checkout/schema-*.sql");
        assertThat(scripts).extracting(Resource::getFilename).containsExactlyInAnyOrder("schema-standard.sql",
                "schema-mysql.sql");
        for (Resource script : scripts) {
            assertThat(RuntimeHintsPredicates.resource()
                    .forResource("com/siglume/sdrp/spring/checkout/" + script.getFilename())).accepts(hints);
        }
    }

    @Test
    void clientRecordsAreBoundByReflection() throws Exception {
        for (Class<?> type : new Class<?>[] {CreatedCheckoutSession.class, WebhookDelivery.class}) {
            assertRecordBound(type);
        }
        assertThat(SiglumeRuntimeHints.boundClientTypes(getClass().getClassLoader()))
                .contains(CreatedCheckoutSession.class, Page.class);
    }

    @Test
    void answerClassesAreBoundThroughTheirCreator() throws Exception {
        for (Class<?> type : new Class<?>[] {CheckoutSession.class, MerchantResponse.class, MerchantAccount.class,
                PaymentRequirement.class}) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(hints);
            Constructor<?> creator = Arrays.stream(type.getDeclaredConstructors())
                    .filter(constructor -> constructor.isAnnotationPresent(JsonCreator.class)).findFirst().orElseThrow();
            assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(creator)).accepts(hints);
            assertRecordBound(creator.getParameterTypes()[0]);
        }
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(
                TransactionRequest.class.getDeclaredMethod("fromJson", JsonNode.class))).accepts(hints);
        assertThat(SiglumeRuntimeHints.boundClientTypes(getClass().getClassLoader()))
                .contains(CheckoutSession.class, PaymentRequirement.class, TransactionRequest.class);
    }

    private void assertRecordBound(Class<?> type) throws Exception {
        assertThat(type.isRecord()).as(type.getName()).isTrue();
        assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(hints);
        Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(type.getDeclaredConstructor(components)))
                .accepts(hints);
        RecordComponent first = type.getRecordComponents()[0];
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(first.getAccessor())).accepts(hints);
    }

    @Test
    void listenerMethodsAreInvokedReflectively() {
        RuntimeHints listenerHints = new RuntimeHints();
        new ReflectiveRuntimeHintsRegistrar().registerRuntimeHints(listenerHints, Listeners.class);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Listeners.class, "settled"))
                .accepts(listenerHints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Listeners.class, "spent"))
                .accepts(listenerHints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Listeners.class, "notAListener"))
                .rejects(listenerHints);
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @SiglumePaymentListener(eventTypes = "direct_payment.spent")
    @interface SpentListener {
    }

    static class Listeners {

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
        }

        @SpentListener
        void spent(WebhookEvent event) {
        }

        void notAListener(StandardSettled settled) {
        }
    }
}
