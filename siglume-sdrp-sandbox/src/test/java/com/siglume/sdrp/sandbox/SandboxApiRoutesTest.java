package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Siglume API routes answer in the reference sandbox's shapes, inside the {data, meta} envelope. */
class SandboxApiRoutesTest {

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private SiglumeSandbox sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).clock(clock)
                .webhookUrl("http://localhost:8080/siglume/webhook").build().start();
        http = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everySuccessIsWrappedInTheEnvelopeWithTheReferenceMetaIds() throws Exception {
        Http.Response response = http.get("/v1/sdrp/direct-payments/merchants/sandbox_merchant");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.json()).containsOnlyKeys("data", "meta");
        assertThat(response.json().get("meta")).isEqualTo(Map.of("request_id", "req_sandbox", "trace_id", "trc_sandbox"));
    }

    @Test
    void merchantIsAnActiveAccountWithAnActiveMandate() throws Exception {
        Map<String, Object> data = http.get("/v1/sdrp/direct-payments/merchants/sandbox_merchant").data();

        assertThat(data).containsOnlyKeys("merchant_account", "challenge_secret_created", "mandate");
        assertThat(data.get("challenge_secret_created")).isEqualTo(true);
        assertThat(data.get("mandate")).isEqualTo(Map.of("mandate_id", "mandate_sandbox_active", "status", "active"));
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) data.get("merchant_account");
        assertThat(account).containsEntry("merchant_account_id", "macc_sandbox_local")
                .containsEntry("merchant", "sandbox_merchant")
                .containsEntry("merchant_user_id", "usr_sandbox_merchant")
                .containsEntry("billing_mandate_id", "mandate_sandbox_active")
                .containsEntry("status", "active")
                .containsEntry("billing_status", "active")
                .containsEntry("billing_plan", "launch")
                .containsEntry("billing_currency", "JPY")
                .containsEntry("token_symbol", "JPYC");
        assertThat(account.get("metadata_jsonb")).isEqualTo(Map.of(
                "environment", "sandbox",
                "checkout_allowed_origins", List.of("http://localhost:3000"),
                "webhook_callback_url", "http://localhost:8080/siglume/webhook"));
    }

    @Test
    void merchantPathIsNormalisedAndOtherMerchantsAreNotFound() throws Exception {
        assertThat(http.get("/v1/sdrp/direct-payments/merchants/Sandbox_Merchant").status()).isEqualTo(200);

        Http.Response other = http.get("/v1/sdrp/direct-payments/merchants/another_shop");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json()).isEqualTo(Map.of("error", Map.of(
                "code", "EXTERNAL_402_MERCHANT_NOT_FOUND", "message", "sandbox merchant not found")));
    }

    @Test
    void readinessIsReadyWithNothingMissing() throws Exception {
        Map<String, Object> data = http.get("/v1/sdrp/direct-payments/merchants/sandbox_merchant/readiness").data();

        assertThat(data).containsOnlyKeys("standard_hosted_checkout_readiness");
        assertThat(data.get("standard_hosted_checkout_readiness")).isEqualTo(Map.of(
                "scope", "standard_hosted_checkout",
                "ready", true,
                "status", "ready",
                "checks", List.of(),
                "missing_requirements", List.of(),
                "blockers", List.of(),
                "merchant_responsibility_attested", true,
                "responsibility_attestation_version", "sdrp_standard_hosted_checkout_responsibility_v1",
                "live_mode_enabled", true));
    }

    @Test
    void subscriptionsListTheOneActiveSubscriptionWithTheSecretHint() throws Exception {
        List<Map<String, Object>> data = http.get("/v1/market/webhooks/subscriptions").dataList();

        assertThat(data).containsExactly(Map.of(
                "id", "whsub_sandbox_local",
                "webhook_subscription_id", "whsub_sandbox_local",
                "callback_url", "http://localhost:8080/siglume/webhook",
                "status", "active",
                "event_types", List.of("direct_payment.confirmed"),
                "signing_secret_hint", "ocal",
                "metadata", Map.of("environment", "sandbox")));
    }

    @Test
    void subscriptionsAreEmptyUntilAWebhookUrlIsSet() throws Exception {
        sandbox.setWebhookUrl(null);
        assertThat(http.get("/v1/market/webhooks/subscriptions").dataList()).isEmpty();

        sandbox.setWebhookUrl("https://shop.example/hooks/siglume");
        assertThat(http.get("/v1/market/webhooks/subscriptions").dataList())
                .singleElement().extracting(s -> s.get("callback_url")).isEqualTo("https://shop.example/hooks/siglume");
    }

    @Test
    void createSessionAnswers201WithTheReferenceFields() throws Exception {
        Http.Response created = http.post("/v1/sdrp/direct-payments/checkout-sessions", Map.of(
                "merchant", "sandbox_merchant",
                "amount_minor", 1200,
                "currency", "JPY",
                "nonce", "nonce_e2e",
                "success_url", "http://localhost:3000/success",
                "cancel_url", "http://localhost:3000/cancel",
                "metadata", Map.of("order_id", "order_123")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data()).containsOnlyKeys("checkout_url", "session_id", "challenge_hash", "status", "expires_at");
        assertThat(created.data())
                .containsEntry("session_id", "chk_sandbox_1")
                .containsEntry("checkout_url", sandbox.baseUrl() + "/pay/chk_sandbox_1")
                .containsEntry("status", "open")
                // The reference's 32-bit string hash of "chk_sandbox_1:nonce_e2e".
                .containsEntry("challenge_hash", "sha256:sandbox_34d59aae")
                .containsEntry("expires_at", clock.instant().plus(Duration.ofMinutes(30)).toString());
    }

    @Test
    void sessionIdsCountUpAndHashesDependOnSessionAndNonce() throws Exception {
        Map<String, Object> first = http.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).data();
        Map<String, Object> second = http.post("/v1/sdrp/direct-payments/checkout-sessions", Map.of(
                "merchant", "sandbox_merchant", "amount_minor", 1200,
                "success_url", "https://shop.example/ok", "cancel_url", "https://shop.example/cancel")).data();

        assertThat(first.get("session_id")).isEqualTo("chk_sandbox_1");
        assertThat(second.get("session_id")).isEqualTo("chk_sandbox_2");
        // No nonce hashes "chk_sandbox_2:", as the reference does.
        assertThat(second.get("challenge_hash")).isEqualTo("sha256:sandbox_64b68c07");
    }

    @Test
    void getSessionAnswersTheStoredSession() throws Exception {
        http.post("/v1/sdrp/direct-payments/checkout-sessions", Map.of(
                "merchant", "sandbox_merchant", "amount_minor", 301, "currency", "usd",
                "nonce", "n1", "success_url", "https://shop.example/ok?order=1",
                "cancel_url", "https://shop.example/cancel", "metadata", Map.of("order_id", "order_1")));

        Http.Response response = http.get("/v1/sdrp/direct-payments/checkout-sessions/chk_sandbox_1");

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> session = response.data();
        assertThat(session).containsEntry("session_id", "chk_sandbox_1")
                .containsEntry("merchant", "sandbox_merchant")
                .containsEntry("amount_minor", 301)
                .containsEntry("currency", "USD")
                .containsEntry("token_symbol", "USDC")
                .containsEntry("status", "open")
                .containsEntry("success_url", "https://shop.example/ok?order=1")
                .containsEntry("cancel_url", "https://shop.example/cancel")
                .containsEntry("metadata_jsonb", Map.of("order_id", "order_1"))
                .containsEntry("checkout_url", sandbox.baseUrl() + "/pay/chk_sandbox_1")
                .containsEntry("pricing_band", "standard")
                .containsEntry("settlement_cadence", "per_payment")
                .containsEntry("finality", "per_payment_onchain")
                .containsEntry("chain_receipt_id", null)
                .containsEntry("paid_at", null)
                .doesNotContainKeys("requirement_id", "confirmation_event");
    }

    @Test
    void unknownSessionIsNotFound() throws Exception {
        Http.Response response = http.get("/v1/sdrp/direct-payments/checkout-sessions/chk_sandbox_99");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error()).isEqualTo(Map.of("code", "CHECKOUT_SESSION_NOT_FOUND", "message", "sandbox session not found"));
    }

    @Test
    void unknownRoutesAnswerTheReferenceNotFound() throws Exception {
        for (Http.Response response : List.of(
                http.get("/v1/nothing/here"),
                http.get("/v1/market/webhooks/subscriptions/"),
                http.get("/elsewhere"))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.error()).isEqualTo(Map.of("code", "SANDBOX_ROUTE_NOT_FOUND", "message", "sandbox route not found"));
        }
        assertThat(http.get("/favicon.ico").status()).isEqualTo(204);
    }

    @Test
    void aMethodTheRouteDoesNotAnswerIs405WithAllow() throws Exception {
        Http.Response response = http.delete("/v1/market/webhooks/subscriptions");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(response.error()).isEqualTo(Map.of("code", "SANDBOX_METHOD_NOT_ALLOWED",
                "message", "sandbox route does not answer DELETE"));
    }

    @Test
    void testDeliveriesAreQueuedAndListedWithTheDeliveryFields() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(sandbox.webhookSecret())) {
            sandbox.setWebhookUrl(receiver.url());
            Http.Response queued = http.post("/v1/market/webhooks/test-deliveries", Map.of(
                    "event_type", "direct_payment.confirmed",
                    "subscription_ids", List.of("whsub_sandbox_local"),
                    "data", Map.of("mode", "readiness_probe", "readiness_probe", true, "merchant", "sandbox_merchant")));

            assertThat(queued.status()).isEqualTo(201);
            Map<String, Object> data = queued.data();
            assertThat(data).containsEntry("queued", true)
                    .containsEntry("delivery_status", "delivered")
                    .containsEntry("response_status", 204);
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) data.get("event");
            assertThat(event.get("type")).isEqualTo("direct_payment.confirmed");
            assertThat((String) event.get("id")).matches("evt_sandbox_\\d+_[0-9a-f]{6}");

            WebhookReceiver.Received received = receiver.received().get(0);
            assertThat(received.signatureValid()).isTrue();
            assertThat(received.environmentHeader()).isEqualTo("sandbox");
            assertThat(received.verified().event().id()).isEqualTo(event.get("id"));
            assertThat(received.verified().event().isReadinessProbe()).isTrue();
            assertThat(received.verified().event().apiVersion()).isEqualTo("2026-06-20");
            assertThat(received.verified().event().data())
                    .containsEntry("mode", "readiness_probe")
                    .containsEntry("pricing_band", "standard")
                    .containsEntry("environment", "sandbox")
                    .containsEntry("challenge_hash", "sha256:sandbox_readiness");

            List<Map<String, Object>> deliveries = http.get("/v1/market/webhooks/deliveries?event_type=direct_payment.confirmed&limit=10").dataList();
            assertThat(deliveries).singleElement().satisfies(delivery -> {
                assertThat(delivery).containsEntry("id", "whdel_sandbox_1")
                        .containsEntry("subscription_id", "whsub_sandbox_local")
                        .containsEntry("event_id", event.get("id"))
                        .containsEntry("event_type", "direct_payment.confirmed")
                        .containsEntry("delivery_status", "delivered")
                        .containsEntry("response_status", 204)
                        .containsEntry("attempt_count", 1)
                        .containsEntry("next_attempt_at", null)
                        .containsKey("delivered_at");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
                assertThat(attempts).singleElement().satisfies(attempt -> assertThat(attempt)
                        .containsOnlyKeys("attempt", "attempted_at", "response_status", "error", "fault")
                        .containsEntry("attempt", 1)
                        .containsEntry("attempted_at", delivery.get("delivered_at"))
                        .containsEntry("response_status", 204)
                        .containsEntry("error", null)
                        .containsEntry("fault", null));
            });
        }
    }

    @Test
    void deliveryListFiltersAndLimits() throws Exception {
        sandbox.setWebhookUrl(null);
        for (int i = 0; i < 3; i++) {
            http.post("/v1/market/webhooks/test-deliveries", Map.of());
        }
        http.post("/v1/market/webhooks/test-deliveries", Map.of("event_type", "direct_payment.spent"));

        assertThat(http.get("/v1/market/webhooks/deliveries").dataList()).hasSize(4)
                .extracting(d -> d.get("id")).containsExactly("whdel_sandbox_4", "whdel_sandbox_3", "whdel_sandbox_2", "whdel_sandbox_1");
        assertThat(http.get("/v1/market/webhooks/deliveries?event_type=direct_payment.spent").dataList())
                .extracting(d -> d.get("id")).containsExactly("whdel_sandbox_4");
        assertThat(http.get("/v1/market/webhooks/deliveries?limit=2").dataList()).hasSize(2);
        assertThat(http.get("/v1/market/webhooks/deliveries?limit=0").dataList()).hasSize(1);
        assertThat(http.get("/v1/market/webhooks/deliveries?status=delivered").dataList()).isEmpty();
        assertThat(http.get("/v1/market/webhooks/deliveries?subscription_id=whsub_other").dataList()).isEmpty();
        assertThat(http.get("/v1/market/webhooks/deliveries?limit=ten").error()).containsEntry("code", "INVALID_DELIVERY_QUERY");
    }

    @Test
    void meteredRoutesStartEmpty() throws Exception {
        assertThat(http.get("/v1/sdrp/metered/my-summary").data()).isEqualTo(Map.of(
                "role", "buyer", "open_periods", List.of(), "settlement_batches", List.of(),
                "past_due_blocks", List.of(), "balance_sufficiency", Map.of("sufficient", true)));
        for (String path : List.of("/v1/sdrp/metered/my-usage-events", "/v1/sdrp/metered/provider/usage-events",
                "/v1/sdrp/metered/provider/settlement-batches", "/v1/sdrp/metered/my-settlement-batches")) {
            assertThat(http.get(path).data()).containsOnlyKeys("items", "next_cursor")
                    .containsEntry("items", List.of())
                    .containsEntry("next_cursor", null);
        }
    }
}
