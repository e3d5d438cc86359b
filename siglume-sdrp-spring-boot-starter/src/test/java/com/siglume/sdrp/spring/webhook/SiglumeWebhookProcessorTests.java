package com.siglume.sdrp.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.confirmation.UnclassifiedReason;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.annotation.Order;

/**
 * The webhook processor without any web server: verify, classify, record once, dispatch.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiglumeWebhookProcessorTests {

    // A servlet web context, so the endpoint that calls the listeners exists (no server is started).
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory");

    @Test
    void standardSettledReachesTypedAndCatchAllListenersInOrder() {
        runner.withBean(Recorder.class).run(context -> {
            Recorder recorder = context.getBean(Recorder.class);
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.standardSettled("evt_std"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(outcome.kind()).isEqualTo("standard_settled");
            assertThat(outcome.status()).isEqualTo(EventStatus.PROCESSED);
            assertThat(outcome.httpStatus()).isEqualTo(200);
            assertThat(recorder.calls).containsExactly("standard:sha256:evt_std:rcpt_evt_std",
                    "all:standard_settled:evt_std:evt_std");
            StoredEvent stored = context.getBean(SiglumeEventStore.class).find("evt_std").orElseThrow();
            assertThat(stored.kind()).isEqualTo("standard_settled");
            assertThat(stored.status()).isEqualTo(EventStatus.PROCESSED);
            assertThat(stored.payload()).isEqualTo(new String(TestWebhooks.standardSettled("evt_std"),
                    StandardCharsets.UTF_8));
        });
    }

    @Test
    void eachClassificationReachesItsOwnListener() {
        runner.withBean(Recorder.class).run(context -> {
            Recorder recorder = context.getBean(Recorder.class);
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            assertThat(process(processor, TestWebhooks.meteredUsageAccepted("evt_usage")).kind())
                    .isEqualTo("metered_usage_accepted");
            assertThat(process(processor, TestWebhooks.meteredBatchSettled("evt_batch")).kind())
                    .isEqualTo("metered_batch_settled");
            assertThat(process(processor, TestWebhooks.unclassified("evt_unknown")).kind()).isEqualTo("unknown");
            assertThat(recorder.calls).containsExactly("usage:micro", "all:metered_usage_accepted:evt_usage:evt_usage",
                    "batch:batch_evt_batch", "all:metered_batch_settled:evt_batch:evt_batch",
                    "unclassified:missing_standard_settlement_fields", "all:unknown:evt_unknown:evt_unknown");
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_unknown").orElseThrow().reason())
                    .isEqualTo("missing_standard_settlement_fields");
        });
    }

    @Test
    void otherEventTypesReachOnlyWebhookEventListenersForThatType() {
        runner.withBean(Recorder.class).run(context -> {
            Recorder recorder = context.getBean(Recorder.class);
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.spent("evt_spent"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(outcome.kind()).isEqualTo("none");
            assertThat(recorder.calls).containsExactly("spent:direct_payment.spent");
        });
    }

    @Test
    void eventTypeNobodyListensToIsAcknowledgedAndRecordedAsIgnored() {
        runner.withBean(SettledPaymentListener.class).run(context -> {
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.spent("evt_nobody"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(outcome.status()).isEqualTo(EventStatus.IGNORED);
        });
    }

    @Test
    void unclassifiedWithoutListenerIsStoredForReviewAndLoggedWithoutPayload(CapturedOutput output) {
        runner.withBean(StandardOnly.class).run(context -> {
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.unclassified("evt_review"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(outcome.status()).isEqualTo(EventStatus.REVIEW);
            assertThat(context.getBean(StandardOnly.class).calls).isEmpty();
            StoredEvent stored = context.getBean(SiglumeEventStore.class).find("evt_review").orElseThrow();
            assertThat(stored.status()).isEqualTo(EventStatus.REVIEW);
            assertThat(stored.reason()).isEqualTo(UnclassifiedReason.MISSING_STANDARD_SETTLEMENT_FIELDS.wireName());
            assertThat(output).contains("Siglume event evt_review needs manual review")
                    .contains("reason=missing_standard_settlement_fields").doesNotContain("do not log me");
        });
    }

    @Test
    void aClassificationNoListenerReceivesIsStoredForReview() {
        // An application without any confirmation listener does not start; one that receives only
        // Standard payments stores accepted Micro/Nano usage for review.
        runner.withBean(StandardOnly.class).run(context -> {
            assertThat(process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.meteredUsageAccepted("evt_unheard")).status()).isEqualTo(EventStatus.REVIEW);
            assertThat(context.getBean(StandardOnly.class).calls).isEmpty();
        });
    }

    @Test
    void readinessProbeIsAcknowledgedRecordedAndReachesNoListener() {
        runner.withBean(Recorder.class).run(context -> {
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.readinessProbe("evt_probe"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.PROBE);
            assertThat(outcome.httpStatus()).isEqualTo(200);
            assertThat(context.getBean(Recorder.class).calls).isEmpty();
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_probe").orElseThrow().status())
                    .isEqualTo(EventStatus.PROBE);
        });
    }

    @Test
    void duplicateCallsNobody() {
        runner.withBean(Recorder.class).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            process(processor, TestWebhooks.standardSettled("evt_dup"));
            WebhookOutcome second = process(processor, TestWebhooks.standardSettled("evt_dup"));
            assertThat(second.result()).isEqualTo(WebhookOutcome.Result.DUPLICATE);
            assertThat(second.httpStatus()).isEqualTo(200);
            assertThat(context.getBean(Recorder.class).calls).hasSize(2);
        });
    }

    @Test
    void failingListenerRecordsNothingAndTheRedeliveryIsProcessed() {
        runner.withBean(Flaky.class).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            Flaky flaky = context.getBean(Flaky.class);
            flaky.failuresLeft = 1;
            WebhookOutcome failed = process(processor, TestWebhooks.standardSettled("evt_flaky"));
            assertThat(failed.result()).isEqualTo(WebhookOutcome.Result.FAILED);
            assertThat(failed.httpStatus()).isEqualTo(500);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_flaky")).isEmpty();
            assertThat(process(processor, TestWebhooks.standardSettled("evt_flaky")).result())
                    .isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(process(processor, TestWebhooks.standardSettled("evt_flaky")).result())
                    .isEqualTo(WebhookOutcome.Result.DUPLICATE);
            assertThat(flaky.successes).isEqualTo(1);
        });
    }

    @Test
    void checkedExceptionOfAListenerFailsTheDeliveryToo() {
        runner.withBean(CheckedFailure.class).run(context -> {
            WebhookOutcome outcome = process(context.getBean(SiglumeWebhookProcessor.class),
                    TestWebhooks.standardSettled("evt_checked"));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.FAILED);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_checked")).isEmpty();
        });
    }

    @Test
    void badSignaturesAndPayloadsChangeNothing() {
        runner.withBean(Recorder.class).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            byte[] body = TestWebhooks.standardSettled("evt_bad");
            assertThat(processor.process(body, null).result()).isEqualTo(WebhookOutcome.Result.INVALID_SIGNATURE);
            assertThat(processor.process(body, TestWebhooks.sign("whsec_wrong", body, Instant.now())).httpStatus())
                    .isEqualTo(401);
            byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
            WebhookOutcome invalid = processor.process(notJson, TestWebhooks.sign(notJson));
            assertThat(invalid.result()).isEqualTo(WebhookOutcome.Result.INVALID_PAYLOAD);
            assertThat(invalid.httpStatus()).isEqualTo(400);
            assertThat(invalid.message()).isEqualTo("webhook body is not valid JSON");
            assertThat(context.getBean(Recorder.class).calls).isEmpty();
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_bad")).isEmpty();
        });
    }

    @Test
    void observersHearEveryOutcomeAndTheirFailuresDoNotBreakProcessing() {
        List<WebhookOutcome> heard = new CopyOnWriteArrayList<>();
        runner.withBean(SettledPaymentListener.class).withBean("throwingObserver", WebhookDeliveryObserver.class, () -> (outcome, elapsed) -> {
            throw new IllegalStateException("observer down");
        }).withBean("listeningObserver", WebhookDeliveryObserver.class, () -> (outcome, elapsed) -> heard.add(outcome))
                .run(context -> {
                    SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
                    assertThat(process(processor, TestWebhooks.standardSettled("evt_obs")).result())
                            .isEqualTo(WebhookOutcome.Result.PROCESSED);
                    processor.process(new byte[0], null);
                    assertThat(heard).extracting(WebhookOutcome::result).containsExactly(
                            WebhookOutcome.Result.PROCESSED, WebhookOutcome.Result.INVALID_SIGNATURE);
                });
    }

    static WebhookOutcome process(SiglumeWebhookProcessor processor, byte[] body) {
        return processor.process(body, TestWebhooks.sign(body));
    }

    static class Recorder {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        @Order(1)
        void standard(StandardSettled settled) {
            calls.add("standard:" + settled.challengeHash() + ":" + settled.chainReceiptId());
        }

        @SiglumePaymentListener
        @Order(1)
        void usage(MeteredUsageAccepted usage) {
            calls.add("usage:" + usage.pricingBand());
        }

        @SiglumePaymentListener
        @Order(1)
        void batch(MeteredBatchSettled batch) {
            calls.add("batch:" + batch.settlementBatchId());
        }

        @SiglumePaymentListener
        @Order(1)
        void unclassified(Unclassified unclassified) {
            calls.add("unclassified:" + unclassified.reason().wireName());
        }

        @SiglumePaymentListener
        @Order(2)
        void all(PaymentConfirmation confirmation, WebhookEvent event, VerifiedWebhook delivery) {
            calls.add("all:" + confirmation.kind().wireName() + ":" + event.id() + ":" + delivery.event().id());
        }

        @SiglumePaymentListener(eventTypes = "direct_payment.spent")
        void spent(WebhookEvent event) {
            calls.add("spent:" + event.type());
        }
    }

    static class StandardOnly {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        void standard(StandardSettled settled) {
            calls.add(settled.event().id());
        }
    }

    static class Flaky {

        int failuresLeft;
        int successes;

        @SiglumePaymentListener
        void standard(StandardSettled settled) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("order service down");
            }
            successes++;
        }
    }

    static class CheckedFailure {

        @SiglumePaymentListener
        void standard(StandardSettled settled) throws IOException {
            throw new IOException("checked failure");
        }
    }
}
