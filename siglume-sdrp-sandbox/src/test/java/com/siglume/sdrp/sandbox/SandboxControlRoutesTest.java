package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every knob is reachable over HTTP under /v1/sandbox, without a token, answering the settings. */
class SandboxControlRoutesTest {

    private SiglumeSandbox sandbox;
    private Http control;
    private Http merchant;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        control = new Http(sandbox.baseUrl(), null);
        merchant = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void settingsShowTheConfigurationAndKnobsWithoutTheSecret() throws Exception {
        Http.Response response = control.get("/v1/sandbox/settings");

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> settings = response.data();
        assertThat(settings).containsEntry("api_base", sandbox.apiBase())
                .containsEntry("merchant", "sandbox_merchant")
                .containsEntry("origin", "http://localhost:3000")
                .containsEntry("webhook_url", null)
                .containsEntry("signing_secret_hint", "ocal")
                .containsEntry("require_auth", true)
                .containsEntry("api_faults", List.of())
                .containsEntry("webhook_faults", List.of())
                .containsEntry("hosted_checkout", mapOf("enabled", true, "status", null, "code", null))
                .containsEntry("readiness", Map.of("ready", true, "status", "ready",
                        "missing_requirements", List.of(), "blockers", List.of()))
                .containsEntry("webhook_retry", Map.of("max_attempts", 5, "initial_backoff_ms", 1000,
                        "multiplier", 2.0, "max_backoff_ms", 30000));
        assertThat(response.text()).doesNotContain(sandbox.webhookSecret()).doesNotContain(sandbox.merchantAuthToken());
    }

    @Test
    void webhookUrlCanBeSetAndClearedOverHttp() throws Exception {
        Map<String, Object> set = control.put("/v1/sandbox/webhook-url", Map.of("webhook_url", "http://localhost:8080/siglume/webhook")).data();

        assertThat(set).containsEntry("webhook_url", "http://localhost:8080/siglume/webhook");
        assertThat(sandbox.webhookUrl()).hasValue("http://localhost:8080/siglume/webhook");
        assertThat(control.put("/v1/sandbox/webhook-url", mapOf("webhook_url", null)).data()).containsEntry("webhook_url", null);
        assertThat(sandbox.webhookUrl()).isEmpty();

        Http.Response refused = control.put("/v1/sandbox/webhook-url", Map.of("webhook_url", "http://shop.example/hook"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).containsEntry("code", "INVALID_SANDBOX_REQUEST");
        assertThat(sandbox.webhookUrl()).isEmpty();
    }

    @Test
    void readinessKnobOverHttp() throws Exception {
        control.put("/v1/sandbox/readiness", Map.of("ready", false, "missing_requirements", List.of("terms_accepted")));

        assertThat(sandbox.readiness()).isEqualTo(SandboxReadiness.notReady(List.of("terms_accepted"), List.of()));
        assertThat(merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).status()).isEqualTo(409);

        control.put("/v1/sandbox/readiness", Map.of("ready", false, "status", "blocked", "blockers", List.of("account_review")));
        assertThat(sandbox.readiness().status()).isEqualTo("blocked");

        assertThat(control.put("/v1/sandbox/readiness", Map.of("ready", true)).data().get("readiness"))
                .isEqualTo(Map.of("ready", true, "status", "ready", "missing_requirements", List.of(), "blockers", List.of()));
        assertThat(control.put("/v1/sandbox/readiness", Map.of("ready", false)).status()).isEqualTo(400);
        assertThat(control.put("/v1/sandbox/readiness", Map.of("ready", "no")).status()).isEqualTo(400);
        assertThat(sandbox.readiness()).isEqualTo(SandboxReadiness.READY);
    }

    @Test
    void hostedCheckoutKnobOverHttp() throws Exception {
        Map<String, Object> off = control.put("/v1/sandbox/hosted-checkout", Map.of("enabled", false)).data();
        assertThat(off.get("hosted_checkout")).isEqualTo(Map.of("enabled", false, "status", 409, "code", "HOSTED_CHECKOUT_NOT_ENABLED"));
        assertThat(merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).error())
                .containsEntry("code", "HOSTED_CHECKOUT_NOT_ENABLED");

        control.put("/v1/sandbox/hosted-checkout", Map.of("enabled", false, "status", 409, "code", "FEATURE_DISABLED"));
        assertThat(merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).error())
                .containsEntry("code", "FEATURE_DISABLED");

        control.put("/v1/sandbox/hosted-checkout", Map.of("enabled", true));
        assertThat(sandbox.hostedCheckoutEnabled()).isTrue();
        assertThat(control.put("/v1/sandbox/hosted-checkout", Map.of("enabled", false, "status", 99)).status()).isEqualTo(400);
        assertThat(sandbox.hostedCheckoutEnabled()).isTrue();
    }

    @Test
    void apiFaultsOverHttp() throws Exception {
        Map<String, Object> queued = control.post("/v1/sandbox/faults/api",
                Map.of("type", "status", "status", 429, "retry_after_seconds", 3, "count", 2)).data();
        control.post("/v1/sandbox/faults/api", Map.of("type", "invalid_json"));
        control.post("/v1/sandbox/faults/api", Map.of("type", "stall", "duration_ms", 10));
        control.post("/v1/sandbox/faults/api", Map.of("type", "reset_connection"));

        assertThat(queued.get("api_faults")).isEqualTo(List.of(
                mapOf("type", "status", "status", 429, "code", "RATE_LIMITED", "retry_after_seconds", 3),
                mapOf("type", "status", "status", 429, "code", "RATE_LIMITED", "retry_after_seconds", 3)));
        assertThat(sandbox.pendingApiFaults()).hasSize(5).element(2).isEqualTo(ApiFault.invalidJson());
        Http.Response limited = merchant.get("/v1/market/webhooks/subscriptions");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");

        assertThat(control.delete("/v1/sandbox/faults").data().get("api_faults")).isEqualTo(List.of());
        assertThat(control.post("/v1/sandbox/faults/api", Map.of("type", "explode")).status()).isEqualTo(400);
        assertThat(control.post("/v1/sandbox/faults/api", Map.of("type", "status", "status", 200)).status()).isEqualTo(400);
        assertThat(control.post("/v1/sandbox/faults/api", Map.of("type", "status", "status", 503, "count", 0)).status()).isEqualTo(400);
        assertThat(control.post("/v1/sandbox/faults/api", Map.of("type", "stall")).status()).isEqualTo(400);
        assertThat(sandbox.pendingApiFaults()).isEmpty();
    }

    @Test
    void webhookFaultsAndRetryPolicyOverHttp() throws Exception {
        Map<String, Object> queued = control.post("/v1/sandbox/faults/webhook", Map.of("type", "duplicate", "count", 2)).data();
        assertThat(queued.get("webhook_faults")).isEqualTo(List.of("duplicate", "duplicate"));
        assertThat(control.post("/v1/sandbox/faults/webhook", Map.of("type", "lost")).status()).isEqualTo(400);

        Map<String, Object> retry = control.put("/v1/sandbox/webhook-retry",
                Map.of("max_attempts", 3, "initial_backoff_ms", 50, "max_backoff_ms", 400)).data();
        assertThat(retry.get("webhook_retry")).isEqualTo(Map.of("max_attempts", 3, "initial_backoff_ms", 50,
                "multiplier", 2.0, "max_backoff_ms", 400));
        assertThat(sandbox.webhookRetryPolicy()).isEqualTo(new WebhookRetryPolicy(3, Duration.ofMillis(50), 2.0, Duration.ofMillis(400)));
        assertThat(control.put("/v1/sandbox/webhook-retry", Map.of("max_attempts", 0)).status()).isEqualTo(400);
        assertThat(control.put("/v1/sandbox/webhook-retry", Map.of("multiplier", "fast")).status()).isEqualTo(400);
    }

    @Test
    void resetOverHttpForgetsSessionsAndKnobs() throws Exception {
        merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        sandbox.disableHostedCheckout();
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);

        Map<String, Object> settings = control.post("/v1/sandbox/reset", null).data();

        assertThat(settings.get("api_faults")).isEqualTo(List.of());
        assertThat(sandbox.hostedCheckoutEnabled()).isTrue();
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
        assertThat(sandbox.sessions()).isEmpty();
        Map<String, Object> created = merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).data();
        assertThat(created.get("session_id")).isEqualTo("chk_sandbox_1");
    }

    @Test
    void sessionsListsEverySessionCreatedOldestFirst() throws Exception {
        merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        merchant.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(3400, "JPY"));
        sandbox.cancel("chk_sandbox_1");

        assertThat(sandbox.sessions()).extracting(SandboxCheckoutSession::sessionId, SandboxCheckoutSession::amountMinor,
                SandboxCheckoutSession::status).containsExactly(
                        tuple("chk_sandbox_1", 1200L, SandboxCheckoutSession.CANCELLED),
                        tuple("chk_sandbox_2", 3400L, SandboxCheckoutSession.OPEN));
    }

    @Test
    void unknownControlRoutesAndBadBodiesAreRefused() throws Exception {
        assertThat(control.get("/v1/sandbox/nothing").error()).containsEntry("code", "SANDBOX_ROUTE_NOT_FOUND");
        Http.Response wrongMethod = control.get("/v1/sandbox/reset");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(wrongMethod.error()).containsEntry("code", "SANDBOX_METHOD_NOT_ALLOWED");
        Http.Response notJson = control.postRaw("/v1/sandbox/faults/api", "application/json", "{".getBytes());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error()).containsEntry("code", "INVALID_SANDBOX_REQUEST");
    }

    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
