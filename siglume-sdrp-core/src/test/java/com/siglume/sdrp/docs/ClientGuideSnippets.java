package com.siglume.sdrp.docs;

import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.Page;
import com.siglume.sdrp.client.RawResponse;
import com.siglume.sdrp.client.RetryPolicy;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSetupRequest;
import com.siglume.sdrp.client.checkout.CheckoutSetupResult;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.merchant.BillingMandateRequest;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.metered.BuyerUsageEvent;
import com.siglume.sdrp.client.metered.MeteredQuery;
import com.siglume.sdrp.client.metered.ProviderMeteredSummary;
import com.siglume.sdrp.client.metered.SettlementBatch;
import com.siglume.sdrp.client.metered.SettlementBatchCsv;
import com.siglume.sdrp.client.metered.SettlementBatchStatus;
import com.siglume.sdrp.client.payments.PreparedTransactionRequest;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.client.requirements.VerifyRequirementRequest;
import com.siglume.sdrp.client.subscriptions.DirectPaymentSubscription;
import com.siglume.sdrp.client.subscriptions.RecurringCadence;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorization;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorizationRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecuteRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecution;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookDelivery;
import com.siglume.sdrp.client.webhooks.WebhookDeliveryQuery;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookTestDeliveryRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The code blocks of {@code docs/client.md}, compiled. Each method holds one block exactly as the
 * guide shows it; the parameters are what the surrounding text assumes the reader already has.
 * The docs snippet test checks that every block of the guide appears here line for line.
 */
@SuppressWarnings("unused")
final class ClientGuideSnippets {

    private ClientGuideSnippets() {
    }

    /** What the guide calls {@code log}: any logger with SLF4J-style formatting. */
    interface Log {
        void debug(String format, Object... arguments);

        void warn(String format, Object... arguments);

        void info(String format, Object... arguments);
    }

    /** Where the reader keeps secrets returned once by the API. */
    interface SecretStore {
        void storeChallengeSecret(String secret);

        void storeWebhookSecret(String secret);

        void storeScheduleToken(String token);
    }

    /** The reader's order, as far as the guide uses it. */
    interface Order {
        String id();

        String sessionId();
    }

    /** What the reader's shop does with an order whose session it read back. */
    interface Shop {
        void redirectAgain(Order order);

        void showConfirming(Order order);

        void startNewAttempt(Order order);
    }

    /** The reader's bookkeeping of settled batches. */
    interface Ledger {
        void recordSettlement(SettlementBatch batch);
    }

    static void resources(SiglumeMerchantClient merchants, CheckoutSessionRequest request) {
        CreatedCheckoutSession session = merchants.checkoutSessions().create(request);   // the resource
        CreatedCheckoutSession same = merchants.createCheckoutSession(request);           // the same operation
    }

    static void requests() {
        CheckoutSessionRequest first = CheckoutSessionRequest.builder()
                .merchant("acme-shop").amountMinor(1200).currency("JPY").nonce("order_123-attempt_1")
                .successUrl("https://shop.example.com/orders/order_123")
                .cancelUrl("https://shop.example.com/cart")
                .build();
        CheckoutSessionRequest retry = first.toBuilder().nonce("order_123-attempt_2").build();
    }

    static void vocabularies(SiglumeMerchantClient client, Order order, Shop shop, Log log) {
        CheckoutSession current = client.getCheckoutSession(order.sessionId());
        switch (current.status()) {
            case OPEN, AUTHENTICATED -> shop.redirectAgain(order);
            case PAID -> shop.showConfirming(order);
            case UNKNOWN -> log.info("session {} is {}", current.sessionId(), current.statusWireName());
            default -> shop.startNewAttempt(order);
        }
    }

    static void rawRequests(SiglumeMerchantClient merchants, SiglumePaymentClient payments) {
        RawResponse answer = merchants.request("GET", "/sdrp/direct-payments/merchants/acme-shop", null);
        String json = answer.body();                     // the body as sent, envelope included
        String requestId = answer.requestId();           // meta.request_id when the answer carries one

        payments.request("POST", "/sdrp/direct-payments/requirements/dpr_123/verify", "{\"await_finality\":true}");
    }

    static void builders(String merchantToken, String userToken) {
        SiglumeMerchantClient merchants = SiglumeMerchantClient.builder()
                .token(merchantToken)                      // else SIGLUME_MERCHANT_AUTH_TOKEN, then SIGLUME_AUTH_TOKEN
                .baseUrl("https://siglume.com/v1")         // else the environment, see below
                .timeout(Duration.ofSeconds(15))           // per attempt, default 15 s, at most 10 min
                .maxRetries(2)                             // 0..10, overrides the policy's count
                .retryPolicy(RetryPolicy.DEFAULT)
                .userAgent("acme-shop/2.1")                // default siglume-sdrp-java/<version>
                .build();

        SiglumePaymentClient payments = SiglumePaymentClient.builder()
                .token(userToken)                          // else SIGLUME_AUTH_TOKEN
                .retryMoneyMovingCalls(false)              // the default; see "Retries"
                .build();
    }

    static void customTransport(Log log, JdkHttpTransport jdkTransport) {
        SiglumeHttpTransport logging = request -> {
            log.debug("siglume {}", request);           // method, URI, header names, body length only
            return jdkTransport.send(request);
        };
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().transport(logging).build();
    }

    static void merchantFromEnvironment() {
        SiglumeMerchantClient client = SiglumeMerchantClient.fromEnvironment();
    }

    static void setupMerchant(SiglumeMerchantClient client, SecretStore secrets) {
        MerchantResponse merchant = client.setupMerchant(MerchantSetupRequest.builder("acme-shop")
                .displayName("Acme Shop")
                .allowedCurrencies(List.of("JPY", "USD"))          // or allowedCurrencyTokens(Map.of("JPY", "JPYC"))
                .webhookCallbackUrl("https://shop.example.com/siglume/webhook")
                .checkoutAllowedOrigins(List.of("https://shop.example.com"))
                .maxAmountMinor(100_000L)
                .merchantResponsibilityAttested(true)
                .build());
        merchant.challengeSecretIfReturned().ifPresent(secrets::storeChallengeSecret);
    }

    static void getMerchant(SiglumeMerchantClient client) {
        String billingCurrency = client.getMerchant("acme-shop").merchantAccount().billingCurrency();
    }

    static void readiness(SiglumeMerchantClient client, Log log) {
        HostedCheckoutReadiness readiness = client.getMerchantReadiness("acme-shop");
        if (!readiness.ready()) {
            log.warn("Hosted Checkout blocked: {} {}", readiness.missingRequirements(), readiness.blockers());
        }
    }

    static void rotateChallengeSecret(SiglumeMerchantClient client, SecretStore secrets) {
        secrets.storeChallengeSecret(client.rotateChallengeSecret("acme-shop").challengeSecret());
    }

    static void billingMandate(SiglumeMerchantClient client) {
        client.createBillingMandate("acme-shop",
                BillingMandateRequest.builder().billingCurrency("JPY").maxAmountMinor(50_000L).build());
    }

    static String createCheckoutSession(SiglumeMerchantClient client, Order order) {
        CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant("acme-shop").amountMinor(1200).currency("JPY").nonce(order.id())
                .successUrl("https://shop.example.com/orders/" + order.id())
                .cancelUrl("https://shop.example.com/cart")
                .metadata(Map.of("order_id", order.id()))
                .build());
        return "redirect:" + session.checkoutUrl();
    }

    static void getCheckoutSession(SiglumeMerchantClient client, Order order) {
        CheckoutSession session = client.getCheckoutSession(order.sessionId());
    }

    static void createWebhookSubscription(SiglumeMerchantClient client, SecretStore secrets) {
        WebhookSubscription subscription = client.createWebhookSubscription(
                WebhookSubscriptionRequest.of("https://shop.example.com/siglume/webhook"));
        secrets.storeWebhookSecret(subscription.signingSecret());
    }

    static void listWebhookSubscriptions(SiglumeMerchantClient client) {
        boolean active = client.listWebhookSubscriptions().stream().anyMatch(s -> "active".equals(s.status()));
    }

    static void queueTestDelivery(SiglumeMerchantClient client) {
        client.queueTestDelivery(WebhookTestDeliveryRequest.builder().eventType("direct_payment.confirmed")
                .data(Map.of("mode", "readiness_probe")).build());
    }

    static void listWebhookDeliveries(SiglumeMerchantClient client) {
        List<WebhookDelivery> failed = client.listWebhookDeliveries(WebhookDeliveryQuery.builder()
                .eventType("direct_payment.confirmed").status("failed").limit(20).build());
    }

    static void setupCheckout(SiglumeMerchantClient client, Map<String, String> secretStore) {
        CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(
                MerchantSetupRequest.builder("acme-shop")
                        .webhookCallbackUrl("https://shop.example.com/siglume/webhook")
                        .checkoutAllowedOrigins(List.of("https://shop.example.com"))
                        .build()));
        result.env().forEach(secretStore::put);
    }

    static void paymentFromEnvironment() {
        SiglumePaymentClient client = SiglumePaymentClient.fromEnvironment();
    }

    static void createPaymentRequirement(SiglumePaymentClient client, String challengeFromMerchant) {
        PaymentRequirement requirement = client.createPaymentRequirement(
                PaymentRequirementRequest.of("acme-shop", 1200, "JPY", challengeFromMerchant));
    }

    static void getPaymentRequirement(SiglumePaymentClient client) {
        PaymentRequirement requirement = client.getPaymentRequirement("dpr_123");
    }

    static void verifyPaymentRequirement(SiglumePaymentClient client) {
        client.verifyPaymentRequirement("dpr_123", VerifyRequirementRequest.awaitingFinality("rcpt_9", 60));
    }

    static void executePreparedTransaction(SiglumePaymentClient client, PaymentRequirement requirement) {
        client.executePreparedTransaction(PreparedTransactionRequest.forPayment(requirement, true, null));
    }

    static void executePayment(SiglumePaymentClient client, PaymentRequirement requirement) {
        if (requirement.approveTransactionRequestIfPresent().isPresent()) {
            client.executeAllowance(requirement);
        }
        client.executePayment(requirement, true, Map.of("order_id", "order_123"));
    }

    static void createSubscription(SiglumePaymentClient client, String recurringChallenge) {
        DirectPaymentSubscription subscription = client.createSubscription(
                SubscriptionRequest.of("acme-shop", 980, "JPY", recurringChallenge));
    }

    static void authorizeScheduledAutoPay(SiglumePaymentClient client, String dailyRecurringChallenge,
            SecretStore secrets) {
        ScheduledAutoPayAuthorization authorization = client.authorizeScheduledAutoPay(
                ScheduledAutoPayAuthorizationRequest.builder()
                        .listingId("lst_1").capabilityKey("daily-report").merchant("acme-shop")
                        .challenge(dailyRecurringChallenge).maxAmountMinor(500L).currency("JPY")
                        .cadence(RecurringCadence.DAILY)
                        .build());
        secrets.storeScheduleToken(authorization.scheduleToken());
    }

    static void revokeScheduledAutoPay(SiglumePaymentClient client, ScheduledAutoPayAuthorization authorization) {
        client.revokeScheduledAutoPay(authorization.authorizationId());
    }

    static void executeScheduledAutoPay(SiglumePaymentClient client, String scheduleToken) {
        ScheduledAutoPayExecution run = client.executeScheduledAutoPay(
                ScheduledAutoPayExecuteRequest.builder(scheduleToken, "slot_2026_03_01").awaitFinality(true).build());
    }

    static void buyerStatements(SiglumePaymentClient client) {
        BuyerMeteredSummary summary = client.getBuyerMeteredSummary();
        boolean paused = !summary.pastDueBlocks().isEmpty();

        Page<BuyerUsageEvent> page = client.listBuyerUsageEvents(MeteredQuery.builder().planType("micro").limit(50).build());
        BigDecimal debit = client.streamBuyerUsageEvents(
                        MeteredQuery.builder().planType("nano").tokenSymbol("JPYC").limit(100).build())
                .map(BuyerUsageEvent::grossBuyerDebitMinor)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void providerStatements(SiglumePaymentClient client, Ledger ledger) {
        ProviderMeteredSummary summary = client.getProviderMeteredSummary(MeteredQuery.ofListing("lst_1", null));
        BigDecimal settled = summary.totals().settledProviderReceivableMinor();

        client.streamProviderSettlementBatches(MeteredQuery.ALL)
                .filter(batch -> batch.status() == SettlementBatchStatus.SETTLED)
                .forEach(ledger::recordSettlement);

        SettlementBatch batch = client.getProviderSettlementBatch("msb_123");
    }

    static void settlementCsv(SiglumePaymentClient client, Consumer<String> rowImporter) throws IOException {
        Importer importer = rowImporter::accept;
        try (SettlementBatchCsv csv = client.openProviderSettlementBatchCsv("msb_123");
             Stream<String> lines = csv.lines()) {
            lines.skip(1).forEach(importer::importRow);   // amounts are decimal strings: use BigDecimal
        }
    }

    static void fromReactiveCode(SiglumeMerchantClient client) {
        Mono<HostedCheckoutReadiness> readiness = Mono
                .fromCallable(() -> client.getMerchantReadiness("acme-shop"))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The reader's CSV row importer. */
    interface Importer {
        void importRow(String row);
    }
}
