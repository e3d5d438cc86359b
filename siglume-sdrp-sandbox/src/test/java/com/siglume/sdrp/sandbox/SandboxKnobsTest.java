package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The test knobs on the API side, driven from Java. */
class SandboxKnobsTest {

    private static final String SESSIONS = "/v1/sdrp/direct-payments/checkout-sessions";
    private static final String READINESS = "/v1/sdrp/direct-payments/merchants/sandbox_merchant/readiness";

    private SiglumeSandbox sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        http = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void notReadyReadinessListsWhatIsMissingAndBlocksCheckout() throws Exception {
        sandbox.setReadiness(SandboxReadiness.notReady(List.of("billing_mandate"), List.of("webhook_subscription_inactive")));

        @SuppressWarnings("unchecked")
        Map<String, Object> readiness = (Map<String, Object>) http.get(READINESS).data().get("standard_hosted_checkout_readiness");
        assertThat(readiness).containsEntry("ready", false)
                .containsEntry("status", "action_required")
                .containsEntry("missing_requirements", List.of("billing_mandate"))
                .containsEntry("blockers", List.of("webhook_subscription_inactive"));

        Http.Response create = http.post(SESSIONS, Http.session(1200, "JPY"));
        assertThat(create.status()).isEqualTo(409);
        assertThat(create.error()).containsEntry("code", "HOSTED_CHECKOUT_READINESS_REQUIRED");
        assertThat((String) create.error().get("message")).contains("billing_mandate", "webhook_subscription_inactive");

        sandbox.setReadiness(SandboxReadiness.READY);
        assertThat(http.post(SESSIONS, Http.session(1200, "JPY")).status()).isEqualTo(201);
    }

    @Test
    void readinessAnswersMustBeConsistent() {
        assertThatThrownBy(() -> SandboxReadiness.notReady(List.of(), List.of())).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> new SandboxReadiness(true, "ready", List.of("x"), List.of())).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> SandboxReadiness.notReady(List.of(" "), List.of())).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> sandbox.setReadiness(null)).isInstanceOf(SdrpValidationException.class);
        assertThat(sandbox.readiness()).isEqualTo(SandboxReadiness.READY);
    }

    @Test
    void disabledHostedCheckoutAnswersTheRolloutErrorOnSessionRoutesOnly() throws Exception {
        String sessionId = (String) http.post(SESSIONS, Http.session(1200, "JPY")).data().get("session_id");
        sandbox.disableHostedCheckout();

        assertThat(sandbox.hostedCheckoutEnabled()).isFalse();
        for (Http.Response response : List.of(http.post(SESSIONS, Http.session(1200, "JPY")), http.get(SESSIONS + "/" + sessionId))) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.error()).containsEntry("code", "HOSTED_CHECKOUT_NOT_ENABLED");
        }
        assertThat(http.get(READINESS).status()).isEqualTo(200);
        assertThat(http.get("/v1/sdrp/direct-payments/merchants/sandbox_merchant").status()).isEqualTo(200);

        sandbox.disableHostedCheckout(404, "ROUTE_NOT_FOUND");
        Http.Response notFound = http.post(SESSIONS, Http.session(1200, "JPY"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.error()).containsEntry("code", "ROUTE_NOT_FOUND");

        sandbox.enableHostedCheckout();
        assertThat(http.get(SESSIONS + "/" + sessionId).status()).isEqualTo(200);
        assertThat(sandbox.session("chk_sandbox_2")).isEmpty();
    }

    @Test
    void rateLimitFaultAnswers429WithRetryAfterBeforeAuth() throws Exception {
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ofMillis(1500)), 1);

        Http.Response limited = new Http(sandbox.baseUrl(), null).get("/v1/market/webhooks/subscriptions");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(limited.error()).containsEntry("code", "RATE_LIMITED");
        assertThat(http.get("/v1/market/webhooks/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void faultsApplyToTheNextCallsInOrderThenStop() throws Exception {
        sandbox.injectApiFaults(ApiFault.unavailable(), 2);
        sandbox.injectApiFaults(ApiFault.status(500), 1);

        assertThat(sandbox.pendingApiFaults()).hasSize(3);
        Http.Response first = http.post(SESSIONS, Http.session(1200, "JPY"));
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.error()).containsEntry("code", "SERVICE_UNAVAILABLE");
        assertThat(first.headers().firstValue("Retry-After")).isEmpty();
        assertThat(http.get(READINESS).status()).isEqualTo(503);
        assertThat(http.get(READINESS).error()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(http.post(SESSIONS, Http.session(1200, "JPY")).status()).isEqualTo(201);
        // A failed create made no session: the one that succeeded is the first.
        assertThat(sandbox.session("chk_sandbox_1")).isPresent();
        assertThat(sandbox.session("chk_sandbox_2")).isEmpty();
    }

    @Test
    void faultsNeverTouchTheSandboxRoutesOrThePage() throws Exception {
        http.post(SESSIONS, Http.session(1200, "JPY"));
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);

        assertThat(http.get("/v1/sandbox/settings").status()).isEqualTo(200);
        assertThat(http.get("/pay/chk_sandbox_1").status()).isEqualTo(200);
        assertThat(http.post("/v1/sandbox/checkout-sessions/chk_sandbox_1/confirm", null).status()).isEqualTo(200);
        assertThat(sandbox.pendingApiFaults()).hasSize(1);
    }

    @Test
    void customStatusFaultsCarryTheirCodeAndMessage() throws Exception {
        sandbox.injectApiFaults(new ApiFault.Status(409, "IDEMPOTENCY_CONFLICT", "nonce reused with a different amount", null), 1);

        Http.Response response = http.post(SESSIONS, Http.session(1200, "JPY"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error()).isEqualTo(Map.of("code", "IDEMPOTENCY_CONFLICT", "message", "nonce reused with a different amount"));
    }

    @Test
    void invalidJsonFaultAnswers200WithABodyThatDoesNotParse() throws Exception {
        sandbox.injectApiFaults(ApiFault.invalidJson(), 1);

        Http.Response response = http.get(READINESS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(response::json).isInstanceOf(JacksonException.class);
    }

    @Test
    void resetConnectionFaultClosesTheConnectionWithoutAnswer() throws Exception {
        sandbox.injectApiFaults(ApiFault.resetConnection(), 1);

        assertThatThrownBy(() -> new Http(sandbox.baseUrl(), sandbox.merchantAuthToken()).post(SESSIONS, Http.session(1200, "JPY")))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
        assertThat(http.post(SESSIONS, Http.session(1200, "JPY")).status()).isEqualTo(201);
    }

    @Test
    void stallFaultOutlastsAShortClientTimeoutThenTheNextCallIsNormal() throws Exception {
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofSeconds(5)), 1);

        assertThatThrownBy(() -> http.send(http.request(READINESS).timeout(Duration.ofMillis(300)).GET().build()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(http.get(READINESS).status()).isEqualTo(200);
    }

    @Test
    void aShortStallStillAnswers() throws Exception {
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofMillis(20)), 1);

        assertThat(http.get(READINESS).status()).isEqualTo(200);
        assertThat(sandbox.pendingApiFaults()).isEmpty();
    }

    @Test
    void clearFaultsDropsBothQueues() {
        sandbox.injectApiFaults(ApiFault.unavailable(), 3);
        sandbox.injectWebhookFaults(WebhookFault.DUPLICATE, 2);

        sandbox.clearFaults();

        assertThat(sandbox.pendingApiFaults()).isEmpty();
        assertThat(sandbox.pendingWebhookFaults()).isEmpty();
    }

    @Test
    void badKnobArgumentsAreRefused() {
        assertThatThrownBy(() -> sandbox.injectApiFaults(null, 1)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> sandbox.injectApiFaults(ApiFault.unavailable(), 0)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> sandbox.injectWebhookFaults(WebhookFault.DUPLICATE, 1001)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> ApiFault.status(302)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> ApiFault.stall(Duration.ofMinutes(11))).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> ApiFault.rateLimited(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> sandbox.disableHostedCheckout(200, "OK")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> WebhookFault.fromWireName("explode")).isInstanceOf(SdrpValidationException.class);
        assertThat(sandbox.pendingApiFaults()).isEmpty();
        assertThat(sandbox.hostedCheckoutEnabled()).isTrue();
    }
}
