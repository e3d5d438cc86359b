package com.siglume.sdrp.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Listeners returning {@code Mono<Void>} on a blocking store (here the servlet stack with the
 * memory store): subscribed and awaited in order on the calling thread, inside the store's unit
 * of work, their errors failing the delivery; any other element type stops startup.
 */
class ReactiveListenerTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory");

    @Test
    void aMonoListenerIsAwaitedInOrderBeforeTheDeliveryIsAnswered() {
        runner.withBean(MonoListeners.class).run(context -> {
            byte[] body = TestWebhooks.standardSettled("evt_mono_ordered");
            WebhookOutcome outcome = context.getBean(SiglumeWebhookProcessor.class).process(body,
                    TestWebhooks.sign(body));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            // The delayed Mono completed before the void listener after it ran, and before the answer.
            assertThat(context.getBean(MonoListeners.class).calls).containsExactly("mono:evt_mono_ordered",
                    "void:evt_mono_ordered");
        });
    }

    @Test
    void aFailingMonoFailsTheDeliveryAndRecordsNothing() {
        runner.withBean(FailingMonoListener.class).run(context -> {
            byte[] body = TestWebhooks.standardSettled("evt_mono_failed");
            WebhookOutcome outcome = context.getBean(SiglumeWebhookProcessor.class).process(body,
                    TestWebhooks.sign(body));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.FAILED);
            assertThat(outcome.httpStatus()).isEqualTo(500);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_mono_failed")).isEmpty();
        });
    }

    @Test
    void aListenerReturningNullInsteadOfAMonoFailsTheDelivery() {
        runner.withBean(NullMonoListener.class).run(context -> {
            byte[] body = TestWebhooks.standardSettled("evt_mono_null");
            assertThat(context.getBean(SiglumeWebhookProcessor.class).process(body, TestWebhooks.sign(body)).result())
                    .isEqualTo(WebhookOutcome.Result.FAILED);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_mono_null")).isEmpty();
        });
    }

    @Test
    void aFluxOfVoidIsAccepted() {
        runner.withBean(FluxListener.class).run(context -> assertThat(context.getBean(SiglumeListenerRegistry.class)
                .listeners()).hasSize(1));
    }

    @Test
    void aMonoOfAValueStopsStartup() {
        runner.withBean(MonoOfString.class).run(context -> {
            Throwable failure = context.getStartupFailure();
            assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                    .isInstanceOf(SiglumeListenerDefinitionException.class);
            FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains("MonoOfString.handle(StandardSettled)")
                    .contains("returns reactor.core.publisher.Mono<java.lang.String>");
            assertThat(analysis.getAction()).contains("Mono<Void>");
        });
    }

    static class MonoListeners {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Order(1)
        @SiglumePaymentListener
        Mono<Void> first(StandardSettled settled) {
            return Mono.delay(Duration.ofMillis(100))
                    .doOnNext(tick -> calls.add("mono:" + settled.event().id()))
                    .then();
        }

        @Order(2)
        @SiglumePaymentListener
        void second(StandardSettled settled) {
            calls.add("void:" + settled.event().id());
        }
    }

    static class FailingMonoListener {

        @SiglumePaymentListener
        Mono<Void> handle(StandardSettled settled) {
            return Mono.error(new IllegalStateException("the order service is down"));
        }
    }

    static class NullMonoListener {

        @SiglumePaymentListener
        Mono<Void> handle(StandardSettled settled) {
            return null;
        }
    }

    static class FluxListener {

        @SiglumePaymentListener
        Flux<Void> handle(StandardSettled settled) {
            return Flux.empty();
        }
    }

    static class MonoOfString {

        @SiglumePaymentListener
        Mono<String> handle(StandardSettled settled) {
            return Mono.just("ignored");
        }
    }
}
