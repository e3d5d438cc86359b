package com.siglume.sdrp.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeOperationListener;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.MicrometerWebhookDeliveryObserver;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * Webhook processing and client operations as Micrometer observations: names, keys, meters made
 * by the default meter handler, nesting, replaceable conventions; the replaceable clock.
 */
class SiglumeObservationTests {

    private static final String MERCHANT_TOKEN = "merchant_token_observed";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory")
            .withBean(SettledPaymentListener.class);

    /** Records every stopped observation and the observation current while one ran. */
    static final class Recorded implements ObservationHandler<Observation.Context> {

        final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }

        Observation.Context only(String name) {
            List<Observation.Context> named = stopped.stream().filter(c -> name.equals(c.getName())).toList();
            assertThat(named).as(name).hasSize(1);
            return named.get(0);
        }

        static Map<String, String> low(Observation.Context context) {
            return context.getLowCardinalityKeyValues().stream()
                    .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
        }
    }

    private static ObservationRegistry registry(MeterRegistry meters, Recorded recorded) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(recorded)
                .observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }

    private static WebApplicationContextRunner observed(WebApplicationContextRunner runner, MeterRegistry meters,
            Recorded recorded) {
        return observed(runner, meters, registry(meters, recorded));
    }

    private static WebApplicationContextRunner observed(WebApplicationContextRunner runner, MeterRegistry meters,
            ObservationRegistry registry) {
        return runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(MeterRegistry.class, () -> meters);
    }

    /** A listener that notes which observation is current while it runs. */
    static class CurrentObservationListener {

        final ObservationRegistry registry;
        volatile Observation.Context current;

        CurrentObservationListener(ObservationRegistry registry) {
            this.registry = registry;
        }

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
            Observation observation = registry.getCurrentObservation();
            current = observation == null ? null : observation.getContext();
        }
    }

    @Test
    void webhookProcessingIsObservedWithOutcomeAndKindAndTheListenersRunInsideIt() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Recorded recorded = new Recorded();
        observed(runner, meters, recorded).withBean(CurrentObservationListener.class).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            byte[] body = TestWebhooks.standardSettled("evt_observed");
            WebhookOutcome outcome = processor.process(body, TestWebhooks.sign(body));
            processor.process(body, null);

            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            List<Observation.Context> processing = recorded.stopped.stream()
                    .filter(c -> DefaultSiglumeWebhookObservationConvention.NAME.equals(c.getName())).toList();
            assertThat(processing).hasSize(2);
            assertThat(Recorded.low(processing.get(0)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("outcome", "processed", "kind", "standard_settled"));
            assertThat(processing.get(0).getHighCardinalityKeyValue("siglume.event.id").getValue())
                    .isEqualTo("evt_observed");
            assertThat(processing.get(0).getContextualName()).isEqualTo("siglume webhook");
            assertThat(Recorded.low(processing.get(1)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("outcome", "invalid_signature", "kind", "none"));
            assertThat(context.getBean(CurrentObservationListener.class).current).isSameAs(processing.get(0));

            Timer timer = meters.find("siglume.webhook.processing").tag("outcome", "processed")
                    .tag("kind", "standard_settled").timer();
            assertThat(timer).isNotNull();
            assertThat(timer.count()).isEqualTo(1);
            Counter counter = meters.find(MicrometerWebhookDeliveryObserver.DELIVERIES).tag("outcome", "processed")
                    .tag("kind", "standard_settled").counter();
            assertThat(counter).isNotNull();
            assertThat(counter.count()).isEqualTo(1);
        });
    }

    @Test
    void aDeliveryRecordedWithoutAWaitingThreadIsObservedUntilItsOutcomeIsKnown() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Recorded recorded = new Recorded();
        ObservationRegistry registry = registry(meters, recorded);
        ObservationWebhookDeliveryObserver observer = new ObservationWebhookDeliveryObserver(registry, null);
        CompletableFuture<WebhookOutcome> pending = new CompletableFuture<>();
        AtomicReference<Observation> currentWhileVerifying = new AtomicReference<>();

        CompletableFuture<WebhookOutcome> observed = observer.observeAsync(() -> {
            currentWhileVerifying.set(registry.getCurrentObservation());
            return pending;
        });

        assertThat(currentWhileVerifying.get()).isNotNull();
        assertThat(registry.getCurrentObservation()).as("the scope closes when the call returns").isNull();
        assertThat(recorded.stopped).as("still recording").isEmpty();
        WebhookOutcome outcome = new WebhookOutcome(WebhookOutcome.Result.PROCESSED, "standard_settled", "evt_async",
                "direct_payment.confirmed", EventStatus.PROCESSED, null);
        pending.complete(outcome);

        assertThat(observed).isCompletedWithValue(outcome);
        Observation.Context stopped = recorded.only(DefaultSiglumeWebhookObservationConvention.NAME);
        assertThat(stopped).isSameAs(currentWhileVerifying.get().getContext());
        assertThat(Recorded.low(stopped))
                .containsExactlyInAnyOrderEntriesOf(Map.of("outcome", "processed", "kind", "standard_settled"));
        assertThat(meters.find("siglume.webhook.processing").tag("outcome", "processed").timer().count()).isEqualTo(1);
    }

    @Test
    void deliveryCountersAreRegisteredOnceForEveryOutcomeAndKind() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MicrometerWebhookDeliveryObserver observer = new MicrometerWebhookDeliveryObserver(meters);
        List<Meter> before = List.copyOf(meters.getMeters());
        // every outcome with every kind and 'none'
        assertThat(before).hasSize(WebhookOutcome.Result.values().length * 5);
        Counter failed = meters.find(MicrometerWebhookDeliveryObserver.DELIVERIES).tag("outcome", "failed")
                .tag("kind", "standard_settled").counter();
        assertThat(failed).isNotNull();

        WebhookOutcome outcome = new WebhookOutcome(WebhookOutcome.Result.FAILED, "standard_settled", "evt", "t", null,
                "m");
        for (int i = 0; i < 3; i++) {
            observer.delivered(outcome, java.time.Duration.ofMillis(1));
        }
        assertThat(failed.count()).isEqualTo(3);
        assertThat(meters.getMeters()).hasSameElementsAs(before);
    }

    @Test
    void aWebhookConventionBeanRenamesTheObservation() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Recorded recorded = new Recorded();
        observed(runner, meters, recorded).withBean(SiglumeWebhookObservationConvention.class,
                () -> new DefaultSiglumeWebhookObservationConvention() {
                    @Override
                    public String getName() {
                        return "shop.webhook";
                    }
                }).run(context -> {
                    byte[] body = TestWebhooks.readinessProbe("evt_probe_named");
                    context.getBean(SiglumeWebhookProcessor.class).process(body, TestWebhooks.sign(body));
                    assertThat(Recorded.low(recorded.only("shop.webhook"))).containsEntry("outcome", "probe");
                    assertThat(meters.find("shop.webhook").timer()).isNotNull();
                });
    }

    /** A transport that answers every call with one JSON body, noting the current observation. */
    static final class CannedTransport implements SiglumeHttpTransport {

        final ObservationRegistry registry;
        final int status;
        volatile Observation.Context current;

        CannedTransport(ObservationRegistry registry, int status) {
            this.registry = registry;
            this.status = status;
        }

        @Override
        public SiglumeHttpResponse send(com.siglume.sdrp.client.transport.SiglumeHttpRequest request) {
            Observation observation = registry.getCurrentObservation();
            current = observation == null ? null : observation.getContext();
            byte[] json = (status == 200 ? "{\"data\":{\"merchant\":\"my-shop\",\"status\":\"active\"}}"
                    : "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no\"}}").getBytes(StandardCharsets.UTF_8);
            return SiglumeHttpResponse.of(status, Map.of("Content-Type", List.of("application/json")),
                    new ByteArrayInputStream(json));
        }
    }

    @Test
    void eachClientOperationIsObservedWithOperationAndStatusAroundItsHttpAttempts() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Recorded recorded = new Recorded();
        ObservationRegistry registry = registry(meters, recorded);
        CannedTransport found = new CannedTransport(registry, 200);
        CannedTransport missing = new CannedTransport(registry, 404);
        observed(runner, meters, registry).withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN)
                .withBean(SiglumeHttpTransport.class, () -> found)
                .run(context -> {
                    assertThat(context).hasSingleBean(SiglumeOperationListener.class);
                    context.getBean(SiglumeMerchantClient.class).getMerchant("my-shop");

                    Observation.Context operation = recorded.only(DefaultSiglumeClientObservationConvention.NAME);
                    assertThat(Recorded.low(operation))
                            .containsExactlyInAnyOrderEntriesOf(Map.of("operation", "getMerchant", "status", "200"));
                    assertThat(operation.getContextualName()).isEqualTo("siglume getMerchant");
                    assertThat(found.current).as("current while the HTTP attempt runs").isSameAs(operation);
                    assertThat(meters.find("siglume.client.requests").tag("operation", "getMerchant")
                            .tag("status", "200").timer()).isNotNull();
                });
        observed(runner, meters, registry).withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN)
                .withBean(SiglumeHttpTransport.class, () -> missing)
                .run(context -> {
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop"))
                            .isInstanceOf(com.siglume.sdrp.client.SiglumeApiException.class);
                    Timer timer = meters.find("siglume.client.requests").tag("operation", "getMerchantReadiness")
                            .tag("status", "404").timer();
                    assertThat(timer).isNotNull();
                    assertThat(timer.getId().getTag("error")).isEqualTo("SiglumeNotFoundException");
                });
    }

    @Test
    void withoutAnObservationRegistryNothingIsObserved() {
        runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN).run(context -> {
            assertThat(context).doesNotHaveBean(ObservationWebhookDeliveryObserver.class);
            assertThat(context).doesNotHaveBean(SiglumeOperationListener.class);
            byte[] body = TestWebhooks.standardSettled("evt_unobserved");
            assertThat(context.getBean(SiglumeWebhookProcessor.class).process(body, TestWebhooks.sign(body)).result())
                    .isEqualTo(WebhookOutcome.Result.PROCESSED);
        });
    }

    @Test
    void theSiglumeClockBeanIsTheClockOfTheVerifierAndTheStore() {
        Instant then = Instant.parse("2021-03-04T05:06:07Z");
        runner.withBean("siglumeClock", Clock.class, () -> Clock.fixed(then, ZoneOffset.UTC)).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            byte[] body = TestWebhooks.standardSettled("evt_then");
            assertThat(processor.process(body, TestWebhooks.sign(TestWebhooks.SECRET, body, then)).result())
                    .isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_then").orElseThrow().receivedAt())
                    .isEqualTo(then);
            byte[] now = TestWebhooks.standardSettled("evt_now");
            assertThat(processor.process(now, TestWebhooks.sign(now)).result())
                    .isEqualTo(WebhookOutcome.Result.INVALID_SIGNATURE);
        });
    }

    @Test
    void theDefaultClockIsTheUtcSystemClock() {
        runner.run(context -> assertThat(context.getBean("siglumeClock", Clock.class)).isEqualTo(Clock.systemUTC()));
    }
}
