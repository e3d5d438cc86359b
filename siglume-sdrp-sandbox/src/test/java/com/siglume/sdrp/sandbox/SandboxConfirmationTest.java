package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.confirmation.ConfirmationKind;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Confirming a session sends one signed direct_payment.confirmed event whose band follows the amount. */
class SandboxConfirmationTest {

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        // A still clock: times in answers do not move between two calls.
        sandbox = SiglumeSandbox.builder().port(0).clock(new MutableClock(java.time.Instant.now()))
                .webhookUrl(receiver.url()).build().start();
        http = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private String createSession(long amountMinor, String currency) throws Exception {
        Http.Response created = http.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(amountMinor, currency));
        assertThat(created.status()).isEqualTo(201);
        return (String) created.data().get("session_id");
    }

    private Http.Response confirm(String sessionId) throws Exception {
        return new Http(sandbox.baseUrl(), null).post("/v1/sandbox/checkout-sessions/" + sessionId + "/confirm", null);
    }

    @ParameterizedTest(name = "{1} {0} is {2}")
    @CsvSource({
        "1200, JPY, standard",
        "501, JPY, standard",
        "500, JPY, micro",
        "300, JPY, micro",
        "50, JPY, micro",
        "49, JPY, nano",
        "30, JPY, nano",
        "1, JPY, nano",
        "301, USD, standard",
        "300, USD, micro",
        "31, USD, micro",
        "30, USD, nano"})
    void theWebhookCarriesTheBandOfTheAmount(long amountMinor, String currency, String band) throws Exception {
        String sessionId = createSession(amountMinor, currency);

        Http.Response confirmed = confirm(sessionId);

        assertThat(confirmed.status()).isEqualTo(200);
        // The first attempt is made before confirm answers, so it has already arrived.
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).signatureValid()).isTrue();
        WebhookEvent event = received.get(0).verified().event();
        assertThat(event.id()).isEqualTo(((Map<?, ?>) confirmed.data().get("event")).get("id"));
        assertThat(event.type()).isEqualTo("direct_payment.confirmed");

        Map<String, Object> data = event.data();
        String requirementId = "dpr_sandbox_" + sessionId;
        String challengeHash = (String) http.get("/v1/sdrp/direct-payments/checkout-sessions/" + sessionId).data().get("challenge_hash");
        assertThat(data).containsEntry("mode", "external_402")
                .containsEntry("merchant", "sandbox_merchant")
                .containsEntry("requirement_id", requirementId)
                .containsEntry("direct_payment_requirement_id", requirementId)
                .containsEntry("challenge_hash", challengeHash)
                .containsEntry("currency", currency)
                .containsEntry("token_symbol", "JPY".equals(currency) ? "JPYC" : "USDC")
                .containsEntry("pricing_band", band)
                .containsEntry("environment", "sandbox");
        assertThat(((Number) data.get("amount_minor")).longValue()).isEqualTo(amountMinor);

        PaymentConfirmation confirmation = PaymentConfirmations.classify(event);
        if ("standard".equals(band)) {
            assertThat(data).containsEntry("finality", "per_payment_onchain")
                    .containsEntry("settlement_status", "settled")
                    .containsEntry("settlement_cadence", "per_payment")
                    .containsEntry("chain_receipt_id", "chain_sandbox_" + sessionId)
                    .doesNotContainKey("buyer_debit_minor");
            assertThat(confirmation).isInstanceOfSatisfying(StandardSettled.class, settled -> {
                assertThat(settled.requirementId()).isEqualTo(requirementId);
                assertThat(settled.challengeHash()).isEqualTo(challengeHash);
                assertThat(settled.chainReceiptId()).isEqualTo("chain_sandbox_" + sessionId);
            });
        } else {
            assertThat(data).containsEntry("finality", "aggregated_onchain_settlement")
                    .containsEntry("settlement_status", "pending_settlement")
                    .containsEntry("settlement_cadence", "micro".equals(band) ? "weekly" : "monthly")
                    .containsEntry("buyer_debit_minor", Long.toString(amountMinor))
                    .containsEntry("provider_gross_amount_minor", Long.toString(amountMinor))
                    .containsEntry("settlement_threshold_minor", "10000")
                    .doesNotContainKey("chain_receipt_id");
            assertThat(confirmation).isInstanceOfSatisfying(MeteredUsageAccepted.class, accepted -> {
                assertThat(accepted.pricingBand()).isEqualTo(band);
                assertThat(accepted.requirementId()).isEqualTo(requirementId);
                assertThat(accepted.challengeHash()).isEqualTo(challengeHash);
            });
        }
        assertThat(confirmation.kind()).isEqualTo("standard".equals(band)
                ? ConfirmationKind.STANDARD_SETTLED : ConfirmationKind.METERED_USAGE_ACCEPTED);
    }

    @Test
    void microAccountingMatchesTheReference() throws Exception {
        String sessionId = createSession(100, "JPY");
        confirm(sessionId);

        Map<String, Object> data = receiver.received().get(0).verified().event().data();
        assertThat(data).containsEntry("provider_gross_amount_minor", "100")
                .containsEntry("provider_usage_amount_minor", "100")
                .containsEntry("protocol_fee_minor", "2")
                .containsEntry("provider_receivable_minor", "98")
                .containsEntry("gross_buyer_debit_minor", "100")
                .containsEntry("buyer_debit_minor", "100")
                .containsEntry("rounding_delta_minor", "0");
    }

    @Test
    void nanoFeesAreDecimalStrings() throws Exception {
        confirm(createSession(1, "USD"));

        Map<String, Object> data = receiver.received().get(0).verified().event().data();
        assertThat(data).containsEntry("protocol_fee_minor", "0.1")
                .containsEntry("provider_receivable_minor", "0.9");
    }

    @Test
    void confirmAnswersStatusRedirectAndEvent() throws Exception {
        http.post("/v1/sdrp/direct-payments/checkout-sessions", Map.of(
                "merchant", "sandbox_merchant", "amount_minor", 1200, "currency", "JPY",
                "success_url", "https://shop.example/done?order=order_123#top", "cancel_url", "https://shop.example/cancel"));

        Map<String, Object> data = confirm("chk_sandbox_1").data();

        assertThat(data).containsOnlyKeys("status", "redirect_url", "event");
        assertThat(data).containsEntry("status", "paid")
                .containsEntry("redirect_url", "https://shop.example/done?order=order_123&session_id=chk_sandbox_1#top");
        assertThat(confirm("chk_sandbox_1").data()).isEqualTo(data);
    }

    @Test
    void redirectAddsAQueryWhenThereIsNone() throws Exception {
        String sessionId = createSession(1200, "JPY");

        assertThat(confirm(sessionId).data().get("redirect_url")).isEqualTo("http://localhost:3000/success?session_id=" + sessionId);
    }

    @Test
    void confirmingTwiceAnswersTheSameEventAndSendsNothingMore() throws Exception {
        String sessionId = createSession(1200, "JPY");

        Map<String, Object> first = confirm(sessionId).data();
        Map<String, Object> second = confirm(sessionId).data();

        assertThat(second.get("event")).isEqualTo(first.get("event"));
        assertThat(receiver.received()).hasSize(1);
        assertThat(sandbox.deliveries()).hasSize(1);
        assertThat(sandbox.confirm(sessionId).eventId()).isEqualTo(((Map<?, ?>) first.get("event")).get("id"));
    }

    @Test
    void concurrentConfirmsMakeOneEvent() throws Exception {
        String sessionId = createSession(1200, "JPY");
        List<java.util.concurrent.Callable<CheckoutOutcome>> calls = java.util.Collections.nCopies(8, () -> sandbox.confirm(sessionId));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<String> ids = pool.invokeAll(calls).stream().map(future -> {
                try {
                    return future.get().eventId();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void redeliverSendsTheSameBytesWithAFreshSignature() throws Exception {
        String sessionId = createSession(1200, "JPY");
        confirm(sessionId);

        Http.Response redelivered = new Http(sandbox.baseUrl(), null)
                .post("/v1/sandbox/checkout-sessions/" + sessionId + "/redeliver", null);

        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.data()).containsEntry("redelivered", true)
                .containsEntry("delivery_status", "delivered")
                .containsEntry("response_status", 204)
                .containsEntry("delivery_id", "whdel_sandbox_2");
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).signatureValid()).isTrue();
        assertThat(((Map<?, ?>) redelivered.data().get("event")).get("id")).isEqualTo(received.get(0).verified().event().id());
    }

    @Test
    void aFailedRedeliveryAnswers502WithTheFailure() throws Exception {
        String sessionId = createSession(1200, "JPY");
        confirm(sessionId);
        sandbox.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        receiver.close();

        Http.Response redelivered = new Http(sandbox.baseUrl(), null)
                .post("/v1/sandbox/checkout-sessions/" + sessionId + "/redeliver", null);

        assertThat(redelivered.status()).isEqualTo(502);
        assertThat(redelivered.data()).containsEntry("delivery_status", "failed").containsEntry("response_status", null);
    }

    @Test
    void redeliverNeedsAConfirmedSession() throws Exception {
        String sessionId = createSession(1200, "JPY");
        Http anonymous = new Http(sandbox.baseUrl(), null);

        Http.Response early = anonymous.post("/v1/sandbox/checkout-sessions/" + sessionId + "/redeliver", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.error()).isEqualTo(Map.of("code", "CHECKOUT_SESSION_NOT_CONFIRMED",
                "message", "confirm the sandbox checkout before redelivery"));

        Http.Response missing = anonymous.post("/v1/sandbox/checkout-sessions/chk_sandbox_9/redeliver", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).containsEntry("code", "CHECKOUT_SESSION_NOT_FOUND");
        assertThat(confirm("chk_sandbox_9").error()).containsEntry("code", "CHECKOUT_SESSION_NOT_FOUND");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void getSessionShowsThePaymentAfterConfirm() throws Exception {
        String sessionId = createSession(1200, "JPY");
        String eventId = (String) ((Map<?, ?>) confirm(sessionId).data().get("event")).get("id");

        Map<String, Object> session = http.get("/v1/sdrp/direct-payments/checkout-sessions/" + sessionId).data();

        assertThat(session).containsEntry("status", "paid")
                .containsEntry("requirement_id", "dpr_sandbox_" + sessionId)
                .containsEntry("chain_receipt_id", "chain_sandbox_" + sessionId);
        assertThat(session.get("paid_at")).isNotNull();
        assertThat(((Map<?, ?>) session.get("confirmation_event")).get("id")).isEqualTo(eventId);
        assertThat(sandbox.session(sessionId)).get().satisfies(snapshot -> {
            assertThat(snapshot.status()).isEqualTo("paid");
            assertThat(snapshot.confirmationEventId()).isEqualTo(eventId);
            assertThat(snapshot.pricingBand()).isEqualTo(PricingBand.STANDARD);
        });
    }

    @Test
    void cancelMovesAnOpenSessionToCancelledAndRedirectsToTheCancelUrl() throws Exception {
        String sessionId = createSession(1200, "JPY");
        Http anonymous = new Http(sandbox.baseUrl(), null);

        Http.Response cancelled = anonymous.post("/v1/sandbox/checkout-sessions/" + sessionId + "/cancel", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.data()).isEqualTo(Map.of("status", "cancelled",
                "redirect_url", "http://localhost:3000/cancel?session_id=" + sessionId));
        assertThat(anonymous.post("/v1/sandbox/checkout-sessions/" + sessionId + "/cancel", null).data())
                .isEqualTo(cancelled.data());
        assertThat(http.get("/v1/sdrp/direct-payments/checkout-sessions/" + sessionId).data())
                .containsEntry("status", "cancelled");
        Http.Response confirmAfter = confirm(sessionId);
        assertThat(confirmAfter.status()).isEqualTo(409);
        assertThat(confirmAfter.error()).containsEntry("code", "CHECKOUT_SESSION_NOT_OPEN");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aPaidSessionCannotBeCancelled() throws Exception {
        String sessionId = createSession(1200, "JPY");
        confirm(sessionId);

        assertThatThrownBy(() -> sandbox.cancel(sessionId)).isInstanceOfSatisfying(SandboxException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("CHECKOUT_SESSION_NOT_OPEN");
        });
    }

    @Test
    void sessionsExpireAfterThirtyMinutes() throws Exception {
        MutableClock clock = new MutableClock(java.time.Instant.now());
        try (SiglumeSandbox timed = SiglumeSandbox.builder().port(0).clock(clock).webhookUrl(receiver.url()).build().start()) {
            Http timedHttp = Http.merchant(timed);
            timedHttp.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));

            clock.advance(Duration.ofMinutes(30).minusMillis(1));
            assertThat(timed.session("chk_sandbox_1")).get().extracting(SandboxCheckoutSession::status).isEqualTo("open");
            clock.advance(Duration.ofMillis(1));
            assertThat(timedHttp.get("/v1/sdrp/direct-payments/checkout-sessions/chk_sandbox_1").data())
                    .containsEntry("status", "expired");
            Http.Response confirmed = new Http(timed.baseUrl(), null).post("/v1/sandbox/checkout-sessions/chk_sandbox_1/confirm", null);
            assertThat(confirmed.status()).isEqualTo(409);
            assertThat(confirmed.error()).containsEntry("code", "CHECKOUT_SESSION_EXPIRED");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void confirmedMicroAndNanoSessionsBuildTheStatements() throws Exception {
        confirm(createSession(100, "JPY"));
        confirm(createSession(300, "JPY"));
        confirm(createSession(30, "USD"));
        confirm(createSession(1200, "JPY"));

        Map<String, Object> provider = http.get("/v1/sdrp/metered/provider/summary?plan_type=micro&token_symbol=JPYC").data();
        assertThat(provider).containsEntry("role", "provider").containsEntry("timezone", "UTC")
                .containsEntry("filters", Map.of("plan_type", "micro", "token_symbol", "JPYC"))
                .containsEntry("periods", List.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> periods = (List<Map<String, Object>>) provider.get("open_periods");
        assertThat(periods).singleElement().satisfies(period -> assertThat(period)
                .containsEntry("plan_type", "micro")
                .containsEntry("settlement_cadence", "weekly")
                .containsEntry("currency", "JPY")
                .containsEntry("token_symbol", "JPYC")
                .containsEntry("settlement_trigger", null)
                .containsEntry("provider_gross_amount_minor", "400")
                .containsEntry("protocol_fee_minor", "4")
                .containsEntry("provider_receivable_minor", "396")
                .containsEntry("buyer_debit_minor", "400")
                .containsEntry("total_unsettled_exposure_minor", "400"));
        assertThat(provider.get("totals")).isEqualTo(Map.of(
                "settled_provider_receivable_minor", "0",
                "unsettled_provider_receivable_minor", "396",
                "past_due_provider_receivable_minor", "0",
                "terminal_provider_receivable_minor", "0",
                "uncollectible_provider_receivable_minor", "0",
                "written_off_provider_receivable_minor", "0"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> usage = (List<Map<String, Object>>) http.get("/v1/sdrp/metered/my-usage-events").data().get("items");
        assertThat(usage).extracting(u -> u.get("metered_usage_id"))
                .containsExactly("mu_sandbox_chk_sandbox_3", "mu_sandbox_chk_sandbox_2", "mu_sandbox_chk_sandbox_1");
        assertThat(usage.get(0)).containsEntry("plan_type", "nano")
                .containsEntry("token_symbol", "USDC")
                .containsEntry("status", "open")
                .containsEntry("listing_id", "sandbox_listing")
                .containsEntry("buyer_period_ref", "buyer_sandbox:sandbox_merchant:USDC:nano")
                .containsEntry("requirement_id", "dpr_sandbox_chk_sandbox_3")
                .containsEntry("protocol_fee_minor", "0.1")
                .containsEntry("provider_receivable_minor", "29.9");

        Map<String, Object> buyer = http.get("/v1/sdrp/metered/my-summary?plan_type=nano").data();
        assertThat((List<?>) buyer.get("open_periods")).hasSize(1);
        assertThat(http.get("/v1/sdrp/metered/provider/usage-events?status=settled").data().get("items")).isEqualTo(List.of());
    }

    @Test
    void aPeriodReachingTheThresholdBecomesASettlementBatch() throws Exception {
        for (int i = 0; i < 20; i++) {
            sandbox.confirm(createSession(500, "JPY"));
        }
        Http userHttp = new Http(sandbox.baseUrl(), "buyer_user_token");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> batches = (List<Map<String, Object>>) userHttp.get("/v1/sdrp/metered/provider/settlement-batches").data().get("items");
        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch)
                .containsEntry("settlement_batch_id", "batch_sandbox_micro_JPY_JPYC")
                .containsEntry("status", "notice_pending")
                .containsEntry("notice_status", "pending")
                .containsEntry("settlement_trigger", "amount_threshold")
                .containsEntry("provider_gross_amount_minor", "10000")
                .containsEntry("protocol_fee_minor", "40")
                .containsEntry("provider_receivable_minor", "9960"));
        assertThat(userHttp.get("/v1/sdrp/metered/my-settlement-batches").data().get("items")).isEqualTo(batches);
        assertThat(userHttp.get("/v1/sdrp/metered/provider/settlement-batches/batch_sandbox_micro_JPY_JPYC").data())
                .isEqualTo(batches.get(0));
        Http.Response csv = userHttp.get("/v1/sdrp/metered/provider/settlement-batches/batch_sandbox_micro_JPY_JPYC/usage-events.csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(List.of(csv.text().split("\n"))).hasSize(21)
                .first().isEqualTo("metered_usage_id,created_at,plan_type,currency,token_symbol,provider_gross_amount_minor,"
                        + "protocol_fee_minor,provider_receivable_minor,requirement_id,event_id");
        assertThat(userHttp.get("/v1/sdrp/metered/provider/settlement-batches/batch_missing").error())
                .containsEntry("code", "SETTLEMENT_BATCH_NOT_FOUND");
    }
}
