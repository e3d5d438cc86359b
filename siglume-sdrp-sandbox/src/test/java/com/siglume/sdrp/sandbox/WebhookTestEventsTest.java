package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.confirmation.UnclassifiedReason;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Test events are signed exactly as the sandbox signs them and classify as their names say. */
class WebhookTestEventsTest {

    private static final String SECRET = "whsec_test_secret";
    private static final long TIMESTAMP = 1_760_000_000L;

    private static WebhookVerifier verifierAt(long epochSeconds) {
        return WebhookVerifier.builder().secret(SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC)).build();
    }

    private static VerifiedWebhook verify(SignedWebhook webhook) {
        return verifierAt(webhook.timestamp()).verify(webhook.body(), webhook.signatureHeader());
    }

    @Test
    void standardEventsWithChosenIdsClassifyAsStandardSettled() {
        SignedWebhook webhook = WebhookTestEvents.standard()
                .withEventId("evt_order_123")
                .withRequirementId("dpr_order_123")
                .withChallengeHash("sha256:abc")
                .withChainReceiptId("chain_order_123")
                .sign(SECRET, TIMESTAMP);

        assertThat(webhook.eventId()).isEqualTo("evt_order_123");
        assertThat(webhook.timestamp()).isEqualTo(TIMESTAMP);
        assertThat(webhook.signedAt()).isEqualTo(Instant.ofEpochSecond(TIMESTAMP));
        assertThat(webhook.signatureHeaderName()).isEqualTo("Siglume-Signature");
        assertThat(webhook.signatureHeader()).isEqualTo(WebhookSignatures.header(SECRET, webhook.body(), TIMESTAMP));
        WebhookEvent event = verify(webhook).event();
        assertThat(event.id()).isEqualTo("evt_order_123");
        assertThat(event.data()).containsEntry("direct_payment_requirement_id", "dpr_order_123")
                .containsEntry("amount_minor", 1200).containsEntry("currency", "JPY");
        assertThat(PaymentConfirmations.classify(event)).isInstanceOfSatisfying(StandardSettled.class, settled -> {
            assertThat(settled.requirementId()).isEqualTo("dpr_order_123");
            assertThat(settled.challengeHash()).isEqualTo("sha256:abc");
            assertThat(settled.chainReceiptId()).isEqualTo("chain_order_123");
        });
    }

    @Test
    void microAndNanoClassifyAsMeteredUsageAccepted() {
        for (TestWebhookEvent template : new TestWebhookEvent[] {WebhookTestEvents.micro(), WebhookTestEvents.nano()}) {
            WebhookEvent event = verify(template.sign(SECRET, TIMESTAMP)).event();
            assertThat(PaymentConfirmations.classify(event)).isInstanceOfSatisfying(MeteredUsageAccepted.class, accepted ->
                    assertThat(accepted.settlementCadence()).isEqualTo(
                            "micro".equals(accepted.pricingBand()) ? "weekly" : "monthly"));
        }
        assertThat(WebhookTestEvents.micro().data()).containsEntry("pricing_band", "micro").containsEntry("amount_minor", 300L);
        assertThat(WebhookTestEvents.nano().data()).containsEntry("pricing_band", "nano").containsEntry("protocol_fee_minor", "0.2");
    }

    @Test
    void paymentPicksTheBandOfTheAmount() {
        assertThat(WebhookTestEvents.payment("usd", 301).data()).containsEntry("pricing_band", "standard")
                .containsEntry("currency", "USD").containsEntry("token_symbol", "USDC");
        assertThat(WebhookTestEvents.payment("USD", 31).data()).containsEntry("pricing_band", "micro");
        assertThatThrownBy(() -> WebhookTestEvents.payment("EUR", 100)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> WebhookTestEvents.payment("JPY", 0)).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void batchClassifiesAsMeteredBatchSettled() {
        WebhookEvent event = verify(WebhookTestEvents.batch(PricingBand.NANO).withSettlementBatchId("batch_2026_05")
                .sign(SECRET, TIMESTAMP)).event();

        assertThat(PaymentConfirmations.classify(event)).isInstanceOfSatisfying(MeteredBatchSettled.class, batch -> {
            assertThat(batch.settlementBatchId()).isEqualTo("batch_2026_05");
            assertThat(batch.pricingBand()).isEqualTo("nano");
            assertThat(batch.settlementCadence()).isEqualTo("monthly");
            assertThat(batch.settledAt()).isNotNull();
        });
        assertThatThrownBy(() -> WebhookTestEvents.batch(PricingBand.STANDARD)).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void probeIsAReadinessProbe() {
        WebhookEvent event = verify(WebhookTestEvents.probe().sign(SECRET, TIMESTAMP)).event();

        assertThat(event.isReadinessProbe()).isTrue();
        assertThat(event.data()).containsEntry("mode", "readiness_probe").containsEntry("settlement_status", "readiness_probe");
    }

    @Test
    void templatesAreImmutableAndDistinct() {
        TestWebhookEvent base = WebhookTestEvents.standard();
        TestWebhookEvent changed = base.withData("pricing_band", "STANDARD").withoutData("chain_receipt_id");

        assertThat(base.data()).containsEntry("pricing_band", "standard").containsKey("chain_receipt_id");
        assertThat(changed.data()).containsEntry("pricing_band", "STANDARD").doesNotContainKey("chain_receipt_id");
        assertThat(WebhookTestEvents.standard().id()).isNotEqualTo(base.id());
        assertThatThrownBy(() -> base.data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(PaymentConfirmations.classify(verify(changed.sign(SECRET, TIMESTAMP)).event()))
                .isInstanceOfSatisfying(Unclassified.class, unknown ->
                        assertThat(unknown.reason()).isEqualTo(UnclassifiedReason.UNKNOWN_CONFIRMATION_SHAPE));
    }

    @Test
    void envelopeFieldsCanBeChosen() {
        TestWebhookEvent event = WebhookTestEvents.standard().withType("direct_payment.spent").withApiVersion("2027-01-01")
                .withOccurredAt(Instant.parse("2026-05-01T10:00:00Z")).withMerchant("My_Shop");

        String json = new String(event.toJsonBytes(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"id\":\"" + event.id() + "\",\"type\":\"direct_payment.spent\","
                + "\"api_version\":\"2027-01-01\",\"occurred_at\":\"2026-05-01T10:00:00.000Z\",\"data\":{");
        assertThat(event.data()).containsEntry("merchant", "my_shop");
        assertThatThrownBy(() -> event.withEventId(" ")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> event.withOccurredAt(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> event.withData("", 1)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> event.withData("odd", new Object())).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> event.withData("odd", Double.NaN)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> event.withData("odd", java.util.Map.of(1, "x"))).isInstanceOf(SdrpValidationException.class);
        assertThat(event.withData("nested", java.util.Map.of("list", java.util.List.of(1, "two", 3.5, true))).data())
                .containsKey("nested");
    }

    @Test
    void signingAtAnotherTimeOrWithAnotherSecretFailsVerification() {
        SignedWebhook stale = WebhookTestEvents.standard().sign(SECRET, TIMESTAMP - 600);
        SignedWebhook wrongSecret = WebhookTestEvents.standard().sign("whsec_other", TIMESTAMP);

        assertThatThrownBy(() -> verifierAt(TIMESTAMP).verify(stale.body(), stale.signatureHeader()))
                .isInstanceOf(WebhookSignatureException.class);
        assertThatThrownBy(() -> verifierAt(TIMESTAMP).verify(wrongSecret.body(), wrongSecret.signatureHeader()))
                .isInstanceOf(WebhookSignatureException.class);
        assertThatThrownBy(() -> WebhookTestEvents.standard().sign("", TIMESTAMP)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> WebhookTestEvents.standard().sign(SECRET, (Instant) null)).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void signedWebhookCopiesItsBodyAndBuildsAnHttpRequest() {
        byte[] body = "{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8);
        SignedWebhook webhook = SignedWebhook.of(SECRET, body, TIMESTAMP);
        body[0] = 'X';

        assertThat(webhook.bodyString()).isEqualTo("{\"not\":\"an event\"}");
        webhook.body()[0] = 'Y';
        assertThat(webhook.bodyString()).startsWith("{");
        assertThat(webhook.eventId()).isNull();
        assertThat(webhook).isEqualTo(SignedWebhook.of(SECRET, webhook.body(), TIMESTAMP));
        assertThat(webhook.toString()).doesNotContain(webhook.signatureHeader());

        HttpRequest request = webhook.toHttpRequest(URI.create("http://127.0.0.1:8080/siglume/webhook"));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers().firstValue("Siglume-Signature")).hasValue(webhook.signatureHeader());
        assertThat(request.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(request.bodyPublisher()).get().extracting(HttpRequest.BodyPublisher::contentLength).isEqualTo((long) body.length);
        assertThatThrownBy(() -> webhook.toHttpRequest(URI.create("file:///tmp/x"))).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> SignedWebhook.of(SECRET, null, TIMESTAMP)).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void theSandboxAndTheTestEventsBuildTheSameShape() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
             SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).build().start()) {
            Http.merchant(sandbox).post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(300, "JPY"));
            sandbox.confirm("chk_sandbox_1");

            WebhookEvent sent = receiver.received().get(0).verified().event();
            assertThat(sent.data().keySet()).containsExactlyElementsOf(WebhookTestEvents.micro().data().keySet());
            assertThat(sent.fields().keySet()).containsExactly("id", "type", "api_version", "occurred_at", "data");
        }
    }
}
