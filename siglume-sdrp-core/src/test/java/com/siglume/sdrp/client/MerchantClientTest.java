package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.checkout.CheckoutSetupRequest;
import com.siglume.sdrp.client.checkout.CheckoutSetupResult;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.merchant.BillingMandateRequest;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.client.webhooks.WebhookDelivery;
import com.siglume.sdrp.client.webhooks.WebhookDeliveryQuery;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookTestDelivery;
import com.siglume.sdrp.client.webhooks.WebhookTestDeliveryRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MerchantClientTest {

    private static final String TOKEN = "mtok_secret_value_123";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<Duration> sleeps = new ArrayList<>();
    private final SiglumeMerchantClient client = SiglumeMerchantClient.builder()
            .environment(name -> null)
            .token(TOKEN)
            .baseUrl(server.baseUrl() + "/")
            .retryPolicy(RetryPolicy.DEFAULT.withJitter(0))
            .sleeper(sleeps::add)
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertStandardHeaders(LoopbackServer.Recorded request, boolean hasBody) {
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.header("User-Agent")).isEqualTo(Sdrp.userAgent());
        assertThat(request.header("Content-Type")).isEqualTo(hasBody ? "application/json" : null);
    }

    @Test
    void getMerchantReadsTheEnvelopeData() {
        server.then(envelope("""
                {"merchant_account":{"merchant_account_id":"macc_1","merchant":"acme-shop","billing_currency":"JPY",
                "monthly_fee_minor":0,"metadata_jsonb":{"environment":"sandbox"},"future_field":"kept"},
                "challenge_secret_created":true,"mandate":{"status":"active"},"unknown_top":[1,2]}"""));

        MerchantResponse merchant = client.getMerchant(" ACME-Shop ");

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/merchants/acme-shop");
        assertThat(request.body()).isEmpty();
        assertStandardHeaders(request, false);
        assertThat(merchant.merchantAccount().merchantAccountId()).isEqualTo("macc_1");
        assertThat(merchant.merchantAccount().monthlyFeeMinor()).isZero();
        assertThat(merchant.merchantAccount().metadataJsonb()).containsEntry("environment", "sandbox");
        assertThat(merchant.merchantAccount().extra()).containsEntry("future_field", "kept");
        assertThat(merchant.challengeSecretCreated()).isTrue();
        assertThat(merchant.challengeSecret()).isNull();
        assertThat(merchant.mandate()).containsEntry("status", "active");
        assertThat(merchant.extra()).containsEntry("unknown_top", List.of(1L, 2L));
    }

    @Test
    void readinessPrefersTheNestedObject() {
        server.then(envelope("""
                {"standard_hosted_checkout_readiness":{"scope":"standard_hosted_checkout","ready":true,
                "status":"ready","checks":[{"name":"mandate","ok":true}],"missing_requirements":[],"blockers":[],
                "live_mode_enabled":true,"new_flag":1},"other":"ignored"}"""));

        HostedCheckoutReadiness readiness = client.getMerchantReadiness("acme-shop");

        assertThat(server.only().target()).isEqualTo("/v1/sdrp/direct-payments/merchants/acme-shop/readiness");
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.scope()).isEqualTo("standard_hosted_checkout");
        assertThat(readiness.checks()).containsExactly(Map.of("name", "mandate", "ok", true));
        assertThat(readiness.liveModeEnabled()).isTrue();
        assertThat(readiness.extra()).containsOnlyKeys("new_flag");
    }

    @Test
    void readinessFallsBackToTheWholeBody() {
        server.then(json(200, """
                {"scope":"standard_hosted_checkout","ready":false,"status":"blocked",
                "missing_requirements":["billing_mandate"],"blockers":["no_mandate"]}"""));

        HostedCheckoutReadiness readiness = client.getMerchantReadiness("acme-shop");

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.status()).isEqualTo("blocked");
        assertThat(readiness.missingRequirements()).containsExactly("billing_mandate");
        assertThat(readiness.blockers()).containsExactly("no_mandate");
        assertThat(readiness.checks()).isEmpty();
    }

    @Test
    void setupMerchantSendsDefaultsAndOnlyGivenOptionalFields() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"},\"challenge_secret\":\"chs_new\"}"));

        MerchantResponse response = client.setupMerchant(MerchantSetupRequest.builder("Acme-Shop").build());

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/merchants");
        assertStandardHeaders(request, true);
        assertThat(request.bodyText())
                .isEqualTo("{\"merchant\":\"acme-shop\",\"billing_plan\":\"launch\",\"billing_currency\":\"JPY\"}");
        assertThat(response.challengeSecret()).isEqualTo("chs_new");
        assertThat(response.toString()).doesNotContain("chs_new").contains("<redacted>");
    }

    @Test
    void setupMerchantSendsEveryOptionalField() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));

        client.setupMerchant(MerchantSetupRequest.builder("acme-shop")
                .displayName("  Acme Shop ")
                .billingPlan("GROWTH")
                .billingCurrency("usd")
                .allowedCurrencies(List.of("jpy", "USD", "JPY"))
                .webhookCallbackUrl("https://shop.example.com/siglume/webhook")
                .billingMandateCapMinor(50_000L)
                .maxAmountMinor(20_000L)
                .checkoutAllowedOrigins(List.of("https://Shop.Example.com/path", "http://localhost:3000",
                        "https://shop.example.com"))
                .standardTermsAccepted(true)
                .termsAccepted(false)
                .termsVersion("2026-01")
                .sandboxConfirmed(true)
                .sandboxSessionId("chk_sandbox_1")
                .merchantResponsibilityAttested(true)
                .responsibilityAttestationVersion("v1")
                .liveModeRequested(false)
                .build());

        assertThat(server.only().bodyText()).isEqualTo("{\"merchant\":\"acme-shop\",\"billing_plan\":\"growth\","
                + "\"billing_currency\":\"USD\",\"display_name\":\"Acme Shop\","
                + "\"allowed_currencies\":{\"JPY\":\"JPYC\",\"USD\":\"USDC\"},"
                + "\"webhook_callback_url\":\"https://shop.example.com/siglume/webhook\","
                + "\"billing_mandate_cap_minor\":50000,\"max_amount_minor\":20000,"
                + "\"checkout_allowed_origins\":[\"https://shop.example.com\",\"http://localhost:3000\"],"
                + "\"standard_terms_accepted\":true,\"terms_accepted\":false,\"terms_version\":\"2026-01\","
                + "\"sandbox_confirmed\":true,\"sandbox_session_id\":\"chk_sandbox_1\","
                + "\"merchant_responsibility_attested\":true,\"responsibility_attestation_version\":\"v1\","
                + "\"live_mode_requested\":false}");
    }

    @Test
    void allowedCurrencyTokenMapIsNormalised() {
        server.then(envelope("{}"));

        client.setupMerchant(MerchantSetupRequest.builder("acme-shop")
                .allowedCurrencyTokens(Map.of("usd", "usdc")).build());

        assertThat(server.only().json().get("allowed_currencies").toString()).isEqualTo("{\"USD\":\"USDC\"}");
    }

    @Test
    void invalidSetupInputsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> MerchantSetupRequest.builder("a").build())
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("merchant");
        assertThatThrownBy(() -> MerchantSetupRequest.builder("acme-shop").allowedCurrencies(List.of()).build())
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> MerchantSetupRequest.builder("acme-shop").allowedCurrencyTokens(Map.of("JPY", "USDT"))
                .build()).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> MerchantSetupRequest.builder("acme-shop").webhookCallbackUrl("http://shop.example.com/h")
                .build()).isInstanceOf(SdrpValidationException.class).extracting("field")
                .isEqualTo("webhook_callback_url");
        assertThatThrownBy(() -> MerchantSetupRequest.builder("acme-shop").maxAmountMinor(0L).build())
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("max_amount_minor");
        assertThatThrownBy(() -> MerchantSetupRequest.builder("acme-shop").termsVersion("  ").build())
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("terms_version");
        assertThatThrownBy(() -> client.setupMerchant(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getMerchant(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getMerchant("bad/merchant")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getMerchantReadiness(" ")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.rotateChallengeSecret("x")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.createBillingMandate("acme-shop", null))
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> BillingMandateRequest.builder().currency("EUR").build()).isInstanceOf(SdrpValidationException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void rotateChallengeSecretPostsWithoutBody() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"},\"challenge_secret\":\"chs_rotated\"}"));

        MerchantResponse response = client.rotateChallengeSecret("acme-shop");

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/merchants/acme-shop/challenge-secret/rotate");
        assertThat(request.body()).isEmpty();
        assertStandardHeaders(request, false);
        assertThat(response.challengeSecretIfReturned()).contains("chs_rotated");
    }

    @Test
    void billingMandateSendsOnlyGivenFields() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));
        client.createBillingMandate("acme-shop");
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));
        client.createBillingMandate("acme-shop", BillingMandateRequest.builder().currency("usd").billingCurrency("jpy")
                .maxAmountMinor(9_000L).build());

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).extracting(LoopbackServer.Recorded::target)
                .containsOnly("/v1/sdrp/direct-payments/merchants/acme-shop/billing-mandate");
        assertThat(requests.get(0).bodyText()).isEqualTo("{}");
        assertThat(requests.get(1).bodyText())
                .isEqualTo("{\"currency\":\"USD\",\"billing_currency\":\"JPY\",\"max_amount_minor\":9000}");
        assertStandardHeaders(requests.get(1), true);
    }

    @Test
    void createCheckoutSessionSendsTheSessionAndReadsTheResult() {
        server.then(json(201, """
                {"data":{"checkout_url":"https://siglume.com/pay/chk_1","session_id":"chk_1",
                "challenge_hash":"sha256:abc","status":"open","expires_at":"2026-01-01T00:30:00Z"},"meta":{}}"""));

        CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant("acme-shop").amountMinor(1200).currency("jpy").nonce("order_123")
                .successUrl("https://shop.example.com/done?order=123").cancelUrl("http://localhost:3000/cart")
                .metadata(Map.of("order_id", "order_123")).build());

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/checkout-sessions");
        assertStandardHeaders(request, true);
        assertThat(request.bodyText()).isEqualTo("{\"merchant\":\"acme-shop\",\"amount_minor\":1200,"
                + "\"currency\":\"JPY\",\"nonce\":\"order_123\",\"success_url\":\"https://shop.example.com/done?order=123\","
                + "\"cancel_url\":\"http://localhost:3000/cart\",\"metadata\":{\"order_id\":\"order_123\"}}");
        assertThat(session.checkoutUrl()).isEqualTo("https://siglume.com/pay/chk_1");
        assertThat(session.sessionId()).isEqualTo("chk_1");
        assertThat(session.challengeHash()).isEqualTo("sha256:abc");
        assertThat(session.status()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(session.statusWireName()).isEqualTo("open");
        assertThat(session.expiresAt()).isEqualTo("2026-01-01T00:30:00Z");
    }

    @Test
    void checkoutSessionInputsAreCheckedBeforeSending() {
        CheckoutSessionRequest.Builder valid = CheckoutSessionRequest.builder().merchant("acme-shop").amountMinor(1)
                .currency("JPY").nonce("n1").successUrl("https://a.example/s").cancelUrl("https://a.example/c");
        assertThatThrownBy(() -> valid.nonce("a:b").build()).extracting("field").isEqualTo("nonce");
        assertThatThrownBy(() -> valid.nonce("n1").amountMinor(0).build()).extracting("field").isEqualTo("amount_minor");
        assertThatThrownBy(() -> valid.amountMinor(Sdrp.MAX_AMOUNT_MINOR + 1).build())
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> valid.amountMinor(5).currency("EUR").build()).extracting("field").isEqualTo("currency");
        assertThatThrownBy(() -> valid.currency("USD").successUrl("http://shop.example/s").build())
                .extracting("field").isEqualTo("success_url");
        assertThatThrownBy(() -> valid.successUrl("https://a.example/s").metadata(Map.of("bad", new Object())).build())
                .extracting("field").isEqualTo("metadata");
        assertThatThrownBy(() -> client.createCheckoutSession(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getCheckoutSession("  ")).extracting("field").isEqualTo("session_id");
        assertThatThrownBy(() -> client.getCheckoutSession("..")).extracting("field").isEqualTo("session_id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void getCheckoutSessionEncodesTheIdAndReadsDecimals() {
        server.then(envelope("""
                {"session_id":"chk 1/x","merchant":"acme-shop","currency":"JPY","token_symbol":"JPYC",
                "amount_minor":300,"status":"paid","challenge_hash":"sha256:h","requirement_id":"req_1",
                "pricing_band":"micro","settlement_cadence":"weekly","finality":"aggregated_onchain_settlement",
                "protocol_fee_minor":"0.2","settlement_status":"pending_settlement","success_url":"https://a/s",
                "cancel_url":"https://a/c","paid_at":"2026-01-01T00:00:00Z","metadata_jsonb":{"order_id":"o"}}"""));

        CheckoutSession session = client.getCheckoutSession("chk 1/x");

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/checkout-sessions/chk%201%2Fx");
        assertStandardHeaders(request, false);
        assertThat(session.amountMinor()).isEqualTo(300L);
        assertThat(session.protocolFeeMinor()).isEqualByComparingTo("0.2");
        assertThat(session.protocolFeeMinor().toPlainString()).isEqualTo("0.2");
        assertThat(session.pricingBand()).isEqualTo("micro");
        assertThat(session.requirementId()).isEqualTo("req_1");
        assertThat(session.metadataJsonb()).containsEntry("order_id", "o");
    }

    @Test
    void hostedCheckoutRolloutErrorsBecomeNotAvailable() {
        String[][] cases = {
                {"409", "{\"error\":{\"code\":\"HOSTED_CHECKOUT_NOT_ENABLED\",\"message\":\"off\"}}"},
                {"409", "{\"error\":{\"code\":\"feature_disabled\"}}"},
                {"404", ""},
                {"404", "{\"code\":\"NOT_FOUND\"}"},
                {"404", "{\"error\":{\"code\":\"ROUTE_NOT_FOUND\"}}"},
                {"404", "{\"error\":{\"code\":\"FEATURE_DISABLED\"}}"},
        };
        for (String[] c : cases) {
            server.then(json(Integer.parseInt(c[0]), c[1]));
            assertThatThrownBy(() -> client.getCheckoutSession("chk_1"))
                    .as("%s %s", c[0], c[1])
                    .isInstanceOf(HostedCheckoutNotAvailableException.class)
                    .isNotInstanceOf(SiglumeNotFoundException.class)
                    .hasMessage(HostedCheckoutNotAvailableException.MESSAGE)
                    .satisfies(e -> assertThat(((SiglumeApiException) e).status()).isEqualTo(Integer.parseInt(c[0])));
        }
        server.then(json(409, "{\"error\":{\"code\":\"HOSTED_CHECKOUT_NOT_ENABLED\"}}"));
        assertThatThrownBy(() -> client.createCheckoutSession(CheckoutSessionRequest.builder().merchant("acme-shop")
                .amountMinor(1).currency("JPY").nonce("n").successUrl("https://a.example/s")
                .cancelUrl("https://a.example/c").build()))
                .isInstanceOf(HostedCheckoutNotAvailableException.class)
                .extracting("code").isEqualTo("HOSTED_CHECKOUT_NOT_ENABLED");
    }

    @Test
    void otherHostedCheckoutErrorsStayApiErrors() {
        server.then(json(404, "{\"error\":{\"code\":\"CHECKOUT_SESSION_NOT_FOUND\",\"message\":\"no such session\"}}"),
                json(409, "{\"error\":{\"code\":\"IDEMPOTENCY_CONFLICT\",\"message\":\"nonce reused\"}}"));

        assertThatThrownBy(() -> client.getCheckoutSession("chk_404"))
                .isExactlyInstanceOf(SiglumeNotFoundException.class).hasMessage("no such session")
                .extracting("code").isEqualTo("CHECKOUT_SESSION_NOT_FOUND");
        assertThatThrownBy(() -> client.getCheckoutSession("chk_409"))
                .isExactlyInstanceOf(SiglumeApiException.class).extracting("status").isEqualTo(409);
        // A merchant route answering 404 is not a rollout switch: only Hosted Checkout calls map it.
        server.then(json(404, ""));
        assertThatThrownBy(() -> client.getMerchant("acme-shop"))
                .isExactlyInstanceOf(SiglumeNotFoundException.class).extracting("code").isEqualTo("HTTP_404");
    }

    @Test
    void createWebhookSubscriptionDefaultsTheEventTypes() {
        server.then(json(201, """
                {"data":{"id":"whsub_1","callback_url":"https://shop.example.com/h","signing_secret":"whsec_abc",
                "status":"active","event_types":["direct_payment.confirmed","direct_payment.spent"]}}"""));

        WebhookSubscription subscription = client.createWebhookSubscription(
                WebhookSubscriptionRequest.of("https://shop.example.com/h"));

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/market/webhooks/subscriptions");
        assertStandardHeaders(request, true);
        assertThat(request.bodyText()).isEqualTo("{\"callback_url\":\"https://shop.example.com/h\","
                + "\"event_types\":[\"direct_payment.confirmed\",\"direct_payment.spent\"]}");
        assertThat(subscription.signingSecret()).isEqualTo("whsec_abc");
        assertThat(subscription.anyId()).contains("whsub_1");
        assertThat(subscription.toString()).doesNotContain("whsec_abc");
    }

    @Test
    void createWebhookSubscriptionSendsGivenFields() {
        server.then(envelope("{\"webhook_subscription_id\":\"whsub_2\"}"));

        client.createWebhookSubscription(WebhookSubscriptionRequest.builder().callbackUrl("https://shop.example.com/h")
                .description(" Shop ").eventTypes(List.of(" direct_payment.confirmed ")).metadata(Map.of("env", "prod"))
                .build());

        assertThat(server.only().bodyText()).isEqualTo("{\"callback_url\":\"https://shop.example.com/h\","
                + "\"event_types\":[\"direct_payment.confirmed\"],\"description\":\"Shop\",\"metadata\":{\"env\":\"prod\"}}");
        assertThatThrownBy(() -> WebhookSubscriptionRequest.of("http://shop.example.com/h"))
                .extracting("field").isEqualTo("callback_url");
        assertThatThrownBy(() -> WebhookSubscriptionRequest.builder()
                .callbackUrl("https://a.example/h").eventTypes(List.of(" ")).build())
                .extracting("field").isEqualTo("event_type");
    }

    @Test
    void listWebhookSubscriptionsReadsTheArray() {
        server.then(envelope("""
                [{"id":"whsub_1","callback_url":"https://shop.example.com/h","status":"active",
                "event_types":["direct_payment.confirmed"],"signing_secret_hint":"c4l1"}]"""));

        List<WebhookSubscription> subscriptions = client.listWebhookSubscriptions();

        assertThat(server.only().target()).isEqualTo("/v1/market/webhooks/subscriptions");
        assertThat(server.only().method()).isEqualTo("GET");
        assertThat(subscriptions).singleElement().satisfies(s -> {
            assertThat(s.signingSecretHint()).isEqualTo("c4l1");
            assertThat(s.signingSecret()).isNull();
            assertThat(s.eventTypes()).containsExactly("direct_payment.confirmed");
        });
    }

    @Test
    void listAnswerOfTheWrongShapeIsAnUnexpectedResponse() {
        server.then(envelope("\"not a list\""));

        assertThatThrownBy(client::listWebhookSubscriptions).isInstanceOf(SiglumeInvalidResponseException.class)
                .extracting("status", "code").containsExactly(200, SiglumeApiException.UNEXPECTED_RESPONSE);
    }

    @Test
    void queueTestDeliverySendsTheEvent() {
        server.then(json(201, """
                {"data":{"queued":true,"event":{"id":"evt_1","type":"direct_payment.confirmed"},
                "delivery_status":"delivered","response_status":200}}"""));

        WebhookTestDelivery delivery = client.queueTestDelivery(WebhookTestDeliveryRequest.builder()
                .eventType("direct_payment.confirmed").data(Map.of("mode", "readiness_probe"))
                .subscriptionIds(List.of("whsub_1")).build());

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/market/webhooks/test-deliveries");
        assertThat(request.bodyText()).isEqualTo("{\"event_type\":\"direct_payment.confirmed\","
                + "\"data\":{\"mode\":\"readiness_probe\"},\"subscription_ids\":[\"whsub_1\"]}");
        assertThat(delivery.queued()).isTrue();
        assertThat(delivery.event()).containsEntry("id", "evt_1");
        assertThat(delivery.responseStatus()).isEqualTo(200);
        assertThatThrownBy(() -> WebhookTestDeliveryRequest.of(" ")).extracting("field").isEqualTo("event_type");
    }

    @Test
    void listWebhookDeliveriesSendsTheFiltersAsQuery() {
        server.then(envelope("[{\"id\":\"whdel_1\",\"event_id\":\"evt_1\",\"delivery_status\":\"failed\","
                + "\"response_status\":500}]"), envelope("[]"));

        List<WebhookDelivery> deliveries = client.listWebhookDeliveries(
                WebhookDeliveryQuery.builder().subscriptionId("whsub 1")
                        .eventType("direct_payment.confirmed").status("failed").limit(20).build());
        client.listWebhookDeliveries();

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests.get(0).target()).isEqualTo("/v1/market/webhooks/deliveries?subscription_id=whsub%201"
                + "&event_type=direct_payment.confirmed&status=failed&limit=20");
        assertThat(requests.get(1).target()).isEqualTo("/v1/market/webhooks/deliveries");
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.eventId()).isEqualTo("evt_1");
            assertThat(d.responseStatus()).isEqualTo(500);
        });
        assertThatThrownBy(() -> WebhookDeliveryQuery.builder().limit(0).build()).extracting("field").isEqualTo("limit");
    }

    @Test
    void setupCheckoutRunsTheThreeStepsAndCollectsTheEnvironment() {
        server.then(
                envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\",\"billing_currency\":\"USD\"},"
                        + "\"challenge_secret\":\"chs_once\"}"),
                envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"},\"mandate\":{\"status\":\"active\"}}"),
                envelope("{\"id\":\"whsub_1\",\"signing_secret\":\"whsec_once\"}"));

        CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(MerchantSetupRequest
                .builder("acme-shop").billingCurrency("JPY").billingMandateCapMinor(70_000L)
                .webhookCallbackUrl("https://shop.example.com/h").build()));

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/direct-payments/merchants",
                "/v1/sdrp/direct-payments/merchants/acme-shop/billing-mandate",
                "/v1/market/webhooks/subscriptions");
        assertThat(requests.get(1).bodyText()).isEqualTo("{\"billing_currency\":\"USD\",\"max_amount_minor\":70000}");
        assertThat(requests.get(2).bodyText()).isEqualTo("{\"callback_url\":\"https://shop.example.com/h\","
                + "\"event_types\":[\"direct_payment.confirmed\",\"direct_payment.spent\"],"
                + "\"description\":\"acme-shop Direct Request Payment\","
                + "\"metadata\":{\"merchant\":\"acme-shop\",\"sdk\":\"siglume-sdrp-java\"}}");
        assertThat(result.env()).containsExactly(
                Map.entry("SIGLUME_DIRECT_PAYMENT_MERCHANT", "acme-shop"),
                Map.entry("SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "chs_once"),
                Map.entry("SIGLUME_WEBHOOK_SECRET", "whsec_once"));
        assertThat(result.billingMandateIfPrepared()).isPresent();
        assertThat(result.webhookSubscriptionIfCreated()).isPresent();
        assertThat(result.toString()).doesNotContain("chs_once").doesNotContain("whsec_once")
                .contains("SIGLUME_WEBHOOK_SECRET");
    }

    @Test
    void setupCheckoutFallsBackForCurrencyAndCapAndHonoursSkips() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"),
                envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));

        CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(MerchantSetupRequest
                .builder("acme-shop").billingCurrency("usd").maxAmountMinor(5_000L).billingMandateCapMinor(9_000L)
                .webhookCallbackUrl("https://shop.example.com/h").build()).withoutWebhookSubscription());

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).bodyText()).isEqualTo("{\"billing_currency\":\"USD\",\"max_amount_minor\":5000}");
        assertThat(result.env()).containsOnlyKeys("SIGLUME_DIRECT_PAYMENT_MERCHANT");
        assertThat(result.webhookSubscription()).isNull();
    }

    @Test
    void setupCheckoutWithoutCallbackOrMandateOnlySetsUpTheMerchant() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));

        CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(
                MerchantSetupRequest.builder("acme-shop").build()).withoutBillingMandate()
                .withWebhookDescription("ignored without callback"));

        assertThat(server.requests()).hasSize(1);
        assertThat(result.billingMandate()).isNull();
        assertThat(result.env()).containsExactly(Map.entry("SIGLUME_DIRECT_PAYMENT_MERCHANT", "acme-shop"));
        assertThatThrownBy(() -> CheckoutSetupRequest.builder()
                .merchantSetup(MerchantSetupRequest.builder("acme-shop").build()).createWebhookSubscription(true).build()).extracting("field").isEqualTo("webhook_callback_url");
    }

    @Test
    void setupCheckoutUsesCustomSubscriptionSettings() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"),
                envelope("{\"id\":\"whsub_1\"}"));

        client.setupCheckout(CheckoutSetupRequest.of(MerchantSetupRequest.builder("acme-shop")
                        .webhookCallbackUrl("https://shop.example.com/h").build())
                .withoutBillingMandate().withWebhookEventTypes(List.of("direct_payment.confirmed"))
                .withWebhookDescription("Acme webhooks"));

        assertThat(server.requests().get(1).bodyText()).isEqualTo("{\"callback_url\":\"https://shop.example.com/h\","
                + "\"event_types\":[\"direct_payment.confirmed\"],\"description\":\"Acme webhooks\","
                + "\"metadata\":{\"merchant\":\"acme-shop\",\"sdk\":\"siglume-sdrp-java\"}}");
    }

    @Test
    void toStringShowsTheBaseUrlOnly() {
        assertThat(client.toString()).isEqualTo("SiglumeMerchantClient[baseUrl=" + server.baseUrl() + "]")
                .doesNotContain(TOKEN);
        assertThat(client.baseUrl()).isEqualTo(server.baseUrl());
    }
}
