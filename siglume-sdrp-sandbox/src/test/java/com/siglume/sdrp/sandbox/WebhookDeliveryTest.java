package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries behave like a real sender's: first attempt during confirm, then bounded retries with backoff. */
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final WebhookRetryPolicy FAST = new WebhookRetryPolicy(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(200));

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).webhookRetryPolicy(FAST).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private String paidSession() throws Exception {
        Http.Response created = Http.merchant(sandbox).post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        String sessionId = (String) created.data().get("session_id");
        sandbox.confirm(sessionId);
        return sessionId;
    }

    @Test
    void failedAttemptsAreRetriedInTheBackgroundUntilOneSucceeds() throws Exception {
        receiver.answerNext(500, 503);

        paidSession();
        WebhookDelivery afterConfirm = sandbox.deliveries().get(0);
        assertThat(afterConfirm.status()).isEqualTo("failed");
        assertThat(afterConfirm.responseStatus()).isEqualTo(500);
        assertThat(afterConfirm.attempts()).hasSize(1);
        assertThat(afterConfirm.nextAttemptAt())
                .isEqualTo(afterConfirm.attempts().get(0).attemptedAt().plus(Duration.ofMillis(20)));

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        WebhookDelivery done = sandbox.deliveries().get(0);
        assertThat(done.id()).isEqualTo(afterConfirm.id());
        assertThat(done.delivered()).isTrue();
        assertThat(done.status()).isEqualTo("delivered");
        assertThat(done.responseStatus()).isEqualTo(204);
        assertThat(done.nextAttemptAt()).isNull();
        assertThat(done.attempts()).extracting(WebhookAttempt::number).containsExactly(1, 2, 3);
        assertThat(done.attempts()).extracting(WebhookAttempt::responseStatus).containsExactly(500, 503, 204);
        assertThat(done.deliveredAt()).isEqualTo(done.attempts().get(2).attemptedAt());
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(3).allSatisfy(r -> assertThat(r.body()).isEqualTo(received.get(0).body()));
        assertThat(sandbox.deliveries()).hasSize(1);
    }

    @Test
    void attemptsAreBoundedByThePolicy() throws Exception {
        receiver.answerNext(500, 500, 500, 500, 500, 500);
        sandbox.setWebhookRetryPolicy(new WebhookRetryPolicy(3, Duration.ofMillis(10), 1.0, Duration.ofMillis(10)));

        paidSession();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        WebhookDelivery delivery = sandbox.deliveries().get(0);
        assertThat(delivery.status()).isEqualTo("failed");
        assertThat(delivery.attempts()).hasSize(3);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.deliveredAt()).isNull();
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void theDeliveryListShowsAttemptsAndTheNextRetry() throws Exception {
        receiver.answerNext(500);
        sandbox.setWebhookRetryPolicy(new WebhookRetryPolicy(2, Duration.ofSeconds(30), 2.0, Duration.ofSeconds(30)));
        paidSession();

        Map<String, Object> delivery = Http.merchant(sandbox).get("/v1/market/webhooks/deliveries").dataList().get(0);

        assertThat(delivery).containsEntry("delivery_status", "failed")
                .containsEntry("response_status", 500)
                .containsEntry("attempt_count", 1)
                .containsEntry("delivered_at", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> attempt = ((List<Map<String, Object>>) delivery.get("attempts")).get(0);
        assertThat(Instant.parse((String) delivery.get("next_attempt_at")))
                .isEqualTo(Instant.parse((String) attempt.get("attempted_at")).plusSeconds(30));
    }

    @Test
    void aWebhookUrlSetAfterStartIsUsedByTheNextRetry() throws Exception {
        sandbox.setWebhookUrl(null);
        sandbox.setWebhookRetryPolicy(new WebhookRetryPolicy(2, Duration.ofMillis(500), 1.0, Duration.ofMillis(500)));

        paidSession();
        sandbox.setWebhookUrl(receiver.url());
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        WebhookDelivery delivery = sandbox.deliveries().get(0);
        assertThat(delivery.attempts().get(0).error()).isEqualTo("no webhook URL is configured");
        assertThat(delivery.attempts().get(0).responseStatus()).isNull();
        assertThat(delivery.attempts().get(1).responseStatus()).isEqualTo(204);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void anUnreachableReceiverIsRecordedWithoutAStatus() throws Exception {
        sandbox.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        receiver.close();

        paidSession();

        WebhookAttempt attempt = sandbox.deliveries().get(0).attempts().get(0);
        assertThat(attempt.responseStatus()).isNull();
        assertThat(attempt.error()).startsWith("connection failed");
        assertThat(attempt.succeeded()).isFalse();
    }

    @Test
    void unreachableFaultSkipsTheSendAndTheRetryDelivers() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);

        paidSession();
        assertThat(receiver.received()).isEmpty();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        WebhookDelivery delivery = sandbox.deliveries().get(0);
        assertThat(delivery.attempts()).extracting(WebhookAttempt::fault).containsExactly(WebhookFault.UNREACHABLE, null);
        assertThat(delivery.attempts().get(0).error()).isEqualTo("injected fault: unreachable");
        assertThat(delivery.delivered()).isTrue();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void badSignatureFaultIsRefusedByTheReceiverThenRetriedCorrectly() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.BAD_SIGNATURE, 1);

        paidSession();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).extracting(WebhookReceiver.Received::signatureValid).containsExactly(false, true);
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
        assertThat(sandbox.deliveries().get(0).attempts()).extracting(WebhookAttempt::responseStatus).containsExactly(401, 204);
    }

    @Test
    void staleSignatureFaultSignsAnHourAgo() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.STALE_SIGNATURE, 1);

        paidSession();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received.get(0).signatureValid()).isFalse();
        long staleTimestamp = Long.parseLong(received.get(0).signatureHeader().replaceAll("^t=(\\d+),.*$", "$1"));
        assertThat(received.get(0).signatureHeader()).isEqualTo(com.siglume.sdrp.webhook.WebhookSignatures.header(
                sandbox.webhookSecret(), received.get(0).body(), staleTimestamp));
        assertThat(received.get(1).signatureValid()).isTrue();
        assertThat(received.get(1).verified().timestamp().getEpochSecond() - staleTimestamp).isGreaterThanOrEqualTo(3600);
    }

    @Test
    void duplicateFaultDeliversTheSameEventTwice() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.DUPLICATE, 1);

        paidSession();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(sandbox.deliveries()).hasSize(2)
                .extracting(WebhookDelivery::eventId).containsOnly(received.get(0).verified().event().id());
    }

    @Test
    void faultsAreUsedInOrderOnePerAttempt() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.UNREACHABLE, 2);
        sandbox.injectWebhookFaults(WebhookFault.BAD_SIGNATURE, 1);
        assertThat(sandbox.pendingWebhookFaults())
                .containsExactly(WebhookFault.UNREACHABLE, WebhookFault.UNREACHABLE, WebhookFault.BAD_SIGNATURE);

        paidSession();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        assertThat(sandbox.deliveries().get(0).attempts()).extracting(WebhookAttempt::fault)
                .containsExactly(WebhookFault.UNREACHABLE, WebhookFault.UNREACHABLE, WebhookFault.BAD_SIGNATURE, null);
        assertThat(sandbox.pendingWebhookFaults()).isEmpty();
    }

    @Test
    void resetDropsScheduledRetries() throws Exception {
        receiver.answerNext(500, 500);
        sandbox.setWebhookRetryPolicy(new WebhookRetryPolicy(3, Duration.ofMillis(200), 1.0, Duration.ofMillis(200)));
        paidSession();

        sandbox.reset();
        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();

        assertThat(receiver.received()).hasSize(1);
        assertThat(sandbox.deliveries()).isEmpty();
        assertThat(sandbox.webhookRetryPolicy()).isEqualTo(FAST);
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void backoffGrowsByTheMultiplierUpToTheCap() {
        WebhookRetryPolicy policy = new WebhookRetryPolicy(6, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5));

        assertThat(List.of(2, 3, 4, 5, 6)).extracting(policy::backoffBefore).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(WebhookRetryPolicy.DEFAULT.maxAttempts()).isEqualTo(5);
        assertThat(WebhookRetryPolicy.NONE.maxAttempts()).isEqualTo(1);
    }

    @Test
    void retryPoliciesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new WebhookRetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(1)))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("max_attempts");
        assertThatThrownBy(() -> new WebhookRetryPolicy(3, Duration.ZERO, 2, Duration.ofSeconds(1)))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("initial_backoff");
        assertThatThrownBy(() -> new WebhookRetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new WebhookRetryPolicy(3, Duration.ofSeconds(1), Double.NaN, Duration.ofSeconds(1)))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new WebhookRetryPolicy(3, Duration.ofSeconds(2), 2, Duration.ofSeconds(1)))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("max_backoff");
        assertThatThrownBy(() -> sandbox.setWebhookRetryPolicy(null)).isInstanceOf(SdrpValidationException.class);
    }
}
