package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.metered.BuyerUsageEvent;
import com.siglume.sdrp.client.metered.MeteredQuery;
import com.siglume.sdrp.client.metered.ProviderMeteredSummary;
import com.siglume.sdrp.client.metered.ProviderUsageEvent;
import com.siglume.sdrp.client.metered.SettlementBatch;
import com.siglume.sdrp.client.payments.PreparedTransactionRequest;
import com.siglume.sdrp.client.payments.PreparedTransactionResult;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.client.requirements.TransactionRequest;
import com.siglume.sdrp.client.requirements.VerifyRequirementRequest;
import com.siglume.sdrp.client.subscriptions.DirectPaymentSubscription;
import com.siglume.sdrp.client.subscriptions.RecurringCadence;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorization;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorizationRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayCadence;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecuteRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecution;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentClientTest {

    private static final String TOKEN = "usr_token_value_456";

    private static final String REQUIREMENT_JSON = """
            {"direct_payment_requirement_id":"dpr_1","requirement_id":"dpr_1","id":"dpr_1","mode":"external_402",
            "merchant":"acme-shop","challenge_hash":"sha256:c","buyer_user_id":"usr_b","product_listing_id":"pl_1",
            "listing_id":"lst_1","capability_key":"cap","requirement_hash":"sha256:r","request_hash":"sha256:q",
            "request_hash_v2":"sha256:q2","siglume_signature":"sig","token_symbol":"JPYC","currency":"JPY",
            "amount_minor":1200,"fee_bps":150,"pricing_band":"standard","protocol_fee_minor":"18",
            "status":"pending","non_custodial":true,
            "transaction_request":{"network":"polygon","chain_id":137,"from":"0xf","to":"0xt","data":"0xd",
            "value":"0","metadata_jsonb":{"source":"siglume","order_id":"tx"},"gas_hint":{"limit":21000}},
            "approve_transaction_request":{"to":"0xa","data":"0xapprove"},"future_field":{"x":1.25}}""";

    private final LoopbackServer server = LoopbackServer.start();
    private final SiglumePaymentClient client = SiglumePaymentClient.builder()
            .environment(name -> null)
            .token(TOKEN)
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.DEFAULT.withJitter(0))
            .sleeper(duration -> { })
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertHeaders(LoopbackServer.Recorded request, String bearer, boolean hasBody) {
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + bearer);
        assertThat(request.header("User-Agent")).isEqualTo(Sdrp.userAgent());
        assertThat(request.header("Content-Type")).isEqualTo(hasBody ? "application/json" : null);
    }

    private PaymentRequirement requirement() {
        server.then(envelope(REQUIREMENT_JSON));
        return client.getPaymentRequirement("dpr_1");
    }

    @Test
    void createPaymentRequirementSendsModeAndNormalisedValues() {
        server.then(json(201, "{\"data\":" + REQUIREMENT_JSON + "}"));

        PaymentRequirement requirement = client.createPaymentRequirement(PaymentRequirementRequest.builder()
                .merchant(" Acme.Shop ").amountMinor(1200).currency("jpy").challenge(" siglume-external-402-v1:n:s ")
                .tokenSymbol("jpyc").allowanceAmountMinor(5000L).metadata(Map.of("order", "o1")).build());

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/sdrp/direct-payments/requirements");
        assertHeaders(request, TOKEN, true);
        assertThat(request.bodyText()).isEqualTo("{\"mode\":\"external_402\",\"merchant\":\"acme.shop\","
                + "\"amount_minor\":1200,\"currency\":\"JPY\",\"challenge\":\"siglume-external-402-v1:n:s\","
                + "\"token_symbol\":\"JPYC\",\"allowance_amount_minor\":5000,\"metadata\":{\"order\":\"o1\"}}");
        assertThat(requirement.requirementId()).isEqualTo("dpr_1");
        assertThat(requirement.amountMinor()).isEqualTo(1200L);
        assertThat(requirement.protocolFeeMinor()).isEqualByComparingTo("18");
        assertThat(requirement.transactionRequest().chainId()).isEqualTo(137L);
        assertThat(requirement.transactionRequest().network()).isEqualTo("polygon");
        assertThat(requirement.nonCustodial()).isTrue();
        assertThat(requirement.extra()).containsEntry("future_field", Map.of("x", new BigDecimal("1.25")));
    }

    @Test
    void createPaymentRequirementOmitsAbsentOptions() {
        server.then(envelope(REQUIREMENT_JSON));

        client.createPaymentRequirement(PaymentRequirementRequest.of("acme-shop", 30, "USD", "ch"));

        assertThat(server.only().bodyText()).isEqualTo("{\"mode\":\"external_402\",\"merchant\":\"acme-shop\","
                + "\"amount_minor\":30,\"currency\":\"USD\",\"challenge\":\"ch\"}");
    }

    @Test
    void requirementInputsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> PaymentRequirementRequest.of("Bad Merchant", 1, "JPY", "c"))
                .extracting("field").isEqualTo("merchant");
        assertThatThrownBy(() -> PaymentRequirementRequest.of("m", -1, "JPY", "c")).extracting("field")
                .isEqualTo("amount_minor");
        assertThatThrownBy(() -> PaymentRequirementRequest.of("m", 1, "JPY", " ")).extracting("field")
                .isEqualTo("challenge");
        assertThatThrownBy(() -> PaymentRequirementRequest.builder().merchant("m").amountMinor(1)
                .currency("JPY").challenge("c").tokenSymbol("DAI").build())
                .extracting("field").isEqualTo("token_symbol");
        assertThatThrownBy(() -> PaymentRequirementRequest.builder().merchant("m").amountMinor(1)
                .currency("JPY").challenge("c").allowanceAmountMinor(0L).build())
                .extracting("field").isEqualTo("allowance_amount_minor");
        assertThatThrownBy(() -> client.createPaymentRequirement(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getPaymentRequirement(null)).extracting("field").isEqualTo("requirement_id");
        assertThatThrownBy(() -> client.verifyPaymentRequirement("dpr_1", null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> VerifyRequirementRequest.builder().awaitTimeoutSeconds(0L).build())
                .extracting("field").isEqualTo("await_timeout_seconds");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void getAndVerifyRequirementUseEncodedPaths() {
        server.then(envelope(REQUIREMENT_JSON), envelope(REQUIREMENT_JSON), envelope(REQUIREMENT_JSON));

        client.getPaymentRequirement("dpr 1?x");
        client.verifyPaymentRequirement("dpr_1");
        client.verifyPaymentRequirement("dpr_1", VerifyRequirementRequest.builder().receiptId(" rcpt_1 ")
                .chainReceiptId("chain_1").awaitFinality(true).awaitRequiredStatus("settled").awaitTimeoutSeconds(60L)
                .awaitPollSeconds(2L).build());

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests.get(0).method()).isEqualTo("GET");
        assertThat(requests.get(0).target()).isEqualTo("/v1/sdrp/direct-payments/requirements/dpr%201%3Fx");
        assertHeaders(requests.get(0), TOKEN, false);
        assertThat(requests.get(1).method()).isEqualTo("POST");
        assertThat(requests.get(1).target()).isEqualTo("/v1/sdrp/direct-payments/requirements/dpr_1/verify");
        assertThat(requests.get(1).bodyText()).isEqualTo("{}");
        assertHeaders(requests.get(1), TOKEN, true);
        assertThat(requests.get(2).bodyText()).isEqualTo("{\"receipt_id\":\"rcpt_1\",\"chain_receipt_id\":\"chain_1\","
                + "\"await_finality\":true,\"await_required_status\":\"settled\",\"await_timeout_seconds\":60,"
                + "\"await_poll_seconds\":2}");
    }

    @Test
    void executePaymentSendsTheTransactionBackUnchangedWithMergedMetadata() {
        PaymentRequirement requirement = requirement();
        server.then(envelope("{\"receipt\":{\"receipt_id\":\"rcpt_1\"},\"finalization\":{\"status\":\"final\"}}"));

        PreparedTransactionResult result = client.executePayment(requirement, true,
                Map.of("order_id", "order_123"));

        LoopbackServer.Recorded request = server.requests().get(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/market/web3/transactions/execute-prepared");
        assertHeaders(request, TOKEN, true);
        assertThat(request.bodyText()).isEqualTo("{\"transaction_request\":{\"network\":\"polygon\",\"chain_id\":137,"
                + "\"from\":\"0xf\",\"to\":\"0xt\",\"data\":\"0xd\",\"value\":\"0\","
                + "\"metadata_jsonb\":{\"source\":\"siglume\",\"order_id\":\"tx\"},\"gas_hint\":{\"limit\":21000}},"
                + "\"receipt_kind\":\"sdrp_direct_payment\",\"reference_type\":\"sdrp_direct_payment_requirement\","
                + "\"reference_id\":\"dpr_1\",\"metadata\":{\"source\":\"siglume\",\"order_id\":\"order_123\"},"
                + "\"await_finality\":true}");
        assertThat(result.receipt()).containsEntry("receipt_id", "rcpt_1");
        assertThat(result.finalization()).containsEntry("status", "final");
    }

    @Test
    void executePaymentDefaultsToNoFinalityWaitAndTheTransactionMetadata() {
        PaymentRequirement requirement = requirement();
        server.then(envelope("{}"));

        client.executePayment(requirement);

        assertThat(server.requests().get(1).json().get("await_finality").booleanValue()).isFalse();
        assertThat(server.requests().get(1).json().get("metadata").toString())
                .isEqualTo("{\"source\":\"siglume\",\"order_id\":\"tx\"}");
    }

    @Test
    void executeAllowanceUsesTheApprovalTransaction() {
        PaymentRequirement requirement = requirement();
        server.then(envelope("{}"));

        client.executeAllowance(requirement);

        assertThat(server.requests().get(1).bodyText()).isEqualTo("{\"transaction_request\":{\"to\":\"0xa\","
                + "\"data\":\"0xapprove\"},\"receipt_kind\":\"sdrp_direct_payment_allowance\","
                + "\"reference_type\":\"sdrp_direct_payment_requirement\",\"reference_id\":\"dpr_1\","
                + "\"metadata\":{},\"await_finality\":false}");
    }

    @Test
    void executeAllowanceNeedsANonEmptyApprovalTransaction() {
        server.then(envelope("{\"requirement_id\":\"dpr_2\",\"transaction_request\":{\"to\":\"0xt\"},"
                + "\"approve_transaction_request\":{}}"), envelope("{\"requirement_id\":\"dpr_3\","
                + "\"transaction_request\":{\"to\":\"0xt\"}}"), envelope("{\"transaction_request\":{\"to\":\"0xt\"}}"));
        PaymentRequirement empty = client.getPaymentRequirement("dpr_2");
        PaymentRequirement missing = client.getPaymentRequirement("dpr_3");
        PaymentRequirement noId = client.getPaymentRequirement("dpr_4");

        assertThatThrownBy(() -> client.executeAllowance(empty)).isInstanceOf(SdrpValidationException.class)
                .extracting("field").isEqualTo("approve_transaction_request");
        assertThatThrownBy(() -> client.executeAllowance(missing)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.executePayment(noId)).extracting("field").isEqualTo("requirement_id");
        assertThatThrownBy(() -> client.executePayment(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.executePreparedTransaction(null)).isInstanceOf(SdrpValidationException.class);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void executePreparedTransactionSendsACustomPayload() {
        server.then(envelope("{\"receipt\":{}}"));

        client.executePreparedTransaction(PreparedTransactionRequest.builder()
                .transactionRequest(TransactionRequest.of(Map.of("to", "0xt"))).receiptKind("sdrp_direct_payment")
                .referenceType(Sdrp.REFERENCE_TYPE).referenceId("dpr_9").build());

        assertThat(server.only().bodyText()).isEqualTo("{\"transaction_request\":{\"to\":\"0xt\"},"
                + "\"receipt_kind\":\"sdrp_direct_payment\",\"reference_type\":\"sdrp_direct_payment_requirement\","
                + "\"reference_id\":\"dpr_9\"}");
    }

    @Test
    void createSubscriptionSendsTheRecurringApproval() {
        server.then(envelope("{\"subscription_status\":\"active\",\"merchant\":\"acme-shop\","
                + "\"mandate\":{\"id\":\"m1\"},\"idempotent_replay\":false,\"amount_minor\":980,\"cadence\":\"monthly\"}"),
                envelope("{\"subscription_status\":\"active\"}"));

        DirectPaymentSubscription subscription = client.createSubscription(SubscriptionRequest.builder()
                .merchant("ACME-shop").amountMinor(980).currency("jpy").challenge("siglume-external-402-recurring-v1:n:s")
                .cadence(RecurringCadence.MONTHLY).userSigning(true).userSigningFlow(false).externalSignature(" sig ")
                .externalSafeTxHash(" 0xhash ").build());
        client.createSubscription(SubscriptionRequest.of("acme-shop", 980, "JPY", "rc"));

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests.get(0).target()).isEqualTo("/v1/sdrp/direct-payments/subscriptions");
        assertHeaders(requests.get(0), TOKEN, true);
        assertThat(requests.get(0).bodyText()).isEqualTo("{\"merchant\":\"acme-shop\",\"amount_minor\":980,"
                + "\"currency\":\"JPY\",\"challenge\":\"siglume-external-402-recurring-v1:n:s\",\"cadence\":\"monthly\","
                + "\"user_signing\":true,\"user_signing_flow\":false,\"external_signature\":\"sig\","
                + "\"external_safe_tx_hash\":\"0xhash\"}");
        assertThat(requests.get(1).bodyText()).isEqualTo("{\"merchant\":\"acme-shop\",\"amount_minor\":980,"
                + "\"currency\":\"JPY\",\"challenge\":\"rc\"}");
        assertThat(subscription.subscriptionStatus()).isEqualTo("active");
        assertThat(subscription.mandate()).containsEntry("id", "m1");
        assertThat(subscription.idempotentReplay()).isFalse();
        assertThat(subscription.cadence()).isEqualTo(RecurringCadence.MONTHLY);
        assertThat(subscription.cadenceWireName()).isEqualTo("monthly");
        assertThatThrownBy(() -> SubscriptionRequest.builder().merchant("m").amountMinor(1).currency("JPY")
                .challenge("c").cadence(RecurringCadence.UNKNOWN).build()).extracting("field").isEqualTo("cadence");
    }

    @Test
    void authorizeScheduledAutoPaySendsGivenFieldsInOrder() {
        server.then(json(201, "{\"data\":{\"authorization_id\":\"sap_1\",\"status\":\"active\","
                + "\"schedule_token\":\"sched_secret_1\",\"token_hint\":\"et_1\",\"max_amount_minor\":500}}"));

        Map<String, Object> hour = new LinkedHashMap<>();
        hour.put("hour", 9);
        ScheduledAutoPayCadence cadence = ScheduledAutoPayCadence.ofUnit(RecurringCadence.DAILY, hour);
        ScheduledAutoPayAuthorization authorization = client.authorizeScheduledAutoPay(
                ScheduledAutoPayAuthorizationRequest.builder()
                        .listingId(" lst_1 ").capabilityKey("report").mode(PaymentMode.EXTERNAL_402)
                        .merchant("acme-shop").challenge("ch")
                        .amountMinor(100L).maxAmountMinor(500L).maxRuns(30L)
                        .currency("jpy").tokenSymbol("jpyc").buyerToken("JPYC")
                        .cadence(cadence).cadenceLimit(Map.of("per_day", 1)).metadata(Map.of("k", "v"))
                        .userSigning(false)
                        .build());

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/v1/account/auto-pay/scheduled-authorizations");
        assertHeaders(request, TOKEN, true);
        assertThat(request.bodyText()).isEqualTo("{\"listing_id\":\"lst_1\",\"capability_key\":\"report\","
                + "\"mode\":\"external_402\",\"merchant\":\"acme-shop\",\"challenge\":\"ch\",\"amount_minor\":100,\"max_amount_minor\":500,"
                + "\"max_runs\":30,\"currency\":\"JPY\",\"token_symbol\":\"JPYC\",\"buyer_token\":\"JPYC\","
                + "\"cadence\":{\"unit\":\"daily\",\"hour\":9},\"cadence_limit\":{\"per_day\":1},"
                + "\"metadata\":{\"k\":\"v\"},\"user_signing\":false}");
        assertThat(authorization.scheduleTokenIfReturned()).contains("sched_secret_1");
        assertThat(authorization.toString()).doesNotContain("sched_secret_1");
    }

    @Test
    void authorizeScheduledAutoPaySendsOnlyWhatIsSet() {
        server.then(envelope("{\"authorization_id\":\"sap_1\"}"), envelope("{\"authorization_id\":\"sap_2\"}"));

        client.authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest.builder()
                .cadence(RecurringCadence.DAILY).build());
        client.authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest.builder().build());

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::bodyText)
                .containsExactly("{\"cadence\":\"daily\"}", "{}");
    }

    @Test
    void scheduledAutoPayInputsAreChecked() {
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().buyerToken("ETH").build())
                .extracting("field").isEqualTo("buyer_token");
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().maxRuns(0L).build())
                .extracting("field").isEqualTo("max_runs");
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().agentId("").build())
                .extracting("field").isEqualTo("agent_id");
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().cadence(RecurringCadence.UNKNOWN))
                .extracting("field").isEqualTo("cadence");
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().mode(PaymentMode.UNKNOWN).build())
                .extracting("field").isEqualTo("mode");
        assertThatThrownBy(() -> ScheduledAutoPayCadence.ofUnit(RecurringCadence.DAILY, Map.of("unit", "x")))
                .extracting("field").isEqualTo("cadence");
        assertThatThrownBy(() -> ScheduledAutoPayExecuteRequest.builder("tok en", "slot").build())
                .extracting("field").isEqualTo("schedule_token");
        assertThatThrownBy(() -> ScheduledAutoPayExecuteRequest.builder("tok", " ").build())
                .extracting("field").isEqualTo("slot_id");
        assertThatThrownBy(() -> client.authorizeScheduledAutoPay(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.revokeScheduledAutoPay(" ")).extracting("field").isEqualTo("authorization_id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void revokeScheduledAutoPayDeletes() {
        server.then(envelope("{\"authorization_id\":\"sap 1\",\"status\":\"revoked\"}"));

        ScheduledAutoPayAuthorization revoked = client.revokeScheduledAutoPay("sap 1");

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.target()).isEqualTo("/v1/account/auto-pay/scheduled-authorizations/sap%201");
        assertHeaders(request, TOKEN, false);
        assertThat(revoked.status()).isEqualTo("revoked");
    }

    @Test
    void executeScheduledAutoPayAuthenticatesWithTheScheduleToken() {
        server.then(envelope("{\"status\":\"completed\",\"charge_status\":\"charged\",\"authorization\":"
                + "{\"authorization_id\":\"sap_1\",\"schedule_token\":\"hidden\"},\"direct_payment_requirement_id\":\"dpr_7\"}"));

        ScheduledAutoPayExecuteRequest runRequest = ScheduledAutoPayExecuteRequest.builder(" sched_tok_9 ", "slot_1")
                .input(Map.of("q", "x")).arguments(Map.of("a", 1)).scheduledFor("2026-01-01T00:00:00Z")
                .draftToken("draft_1").awaitFinality(true).awaitRequiredStatus("settled").awaitTimeoutSeconds(30L)
                .awaitPollSeconds(3L).metadata(Map.of("m", true)).build();
        ScheduledAutoPayExecution run = client.executeScheduledAutoPay(runRequest);

        LoopbackServer.Recorded request = server.only();
        assertThat(request.target()).isEqualTo("/v1/market/api-store/scheduled-auto-pay/execute");
        assertHeaders(request, "sched_tok_9", true);
        assertThat(request.bodyText()).isEqualTo("{\"slot_id\":\"slot_1\",\"input\":{\"q\":\"x\"},"
                + "\"arguments\":{\"a\":1},\"scheduled_for\":\"2026-01-01T00:00:00Z\",\"draft_token\":\"draft_1\","
                + "\"await_finality\":true,\"await_required_status\":\"settled\",\"await_timeout_seconds\":30,"
                + "\"await_poll_seconds\":3,\"metadata\":{\"m\":true}}");
        assertThat(request.bodyText()).doesNotContain("sched_tok_9");
        assertThat(run.chargeStatus()).isEqualTo("charged");
        assertThat(run.directPaymentRequirementId()).isEqualTo("dpr_7");
        assertThat(run.toString()).doesNotContain("hidden");
        assertThat(runRequest.toString()).doesNotContain("sched_tok_9");
    }

    @Test
    void buyerSummaryAndListsSendTheirQueries() {
        server.then(envelope("""
                {"role":"buyer","open_periods":[{"plan_type":"micro","buyer_debit_minor":"12.5"}],
                "settlement_batches":[],"past_due_blocks":[{"settlement_batch_id":"msb_1",
                "past_due_provider_receivable_minor":"0.3"}],"balance_sufficiency":{"sufficient":true,
                "required_minor":"100.1","available_minor":"2000"}}"""),
                envelope("""
                {"items":[{"metered_usage_id":"mu_1","plan_type":"nano","gross_buyer_debit_minor":"0.2",
                "provider_gross_amount_minor":"0.2","protocol_fee_minor":"0.01","status":"pending_settlement",
                "new":"x"}],"next_cursor":"c2"}"""),
                envelope("{\"items\":[{\"settlement_batch_id\":\"msb_1\",\"status\":\"settled\","
                        + "\"buyer_debit_minor\":\"1234567890123456789.01\",\"attempt_count\":2}],\"next_cursor\":null}"),
                envelope("{\"role\":\"buyer\"}"));

        BuyerMeteredSummary summary = client.getBuyerMeteredSummary(MeteredQuery.builder().planType("MICRO").tokenSymbol("usdc").build());
        Page<BuyerUsageEvent> usage = client.listBuyerUsageEvents(MeteredQuery.builder().planType("nano").tokenSymbol("JPYC")
                .status("pending settlement").cursor("c 1").limit(50).build());
        Page<SettlementBatch> batches = client.listBuyerSettlementBatches(MeteredQuery.ALL);
        client.getBuyerMeteredSummary();

        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/my-summary?plan_type=micro&token_symbol=USDC",
                "/v1/sdrp/metered/my-usage-events?plan_type=nano&token_symbol=JPYC&status=pending%20settlement"
                        + "&limit=50&cursor=c%201",
                "/v1/sdrp/metered/my-settlement-batches",
                "/v1/sdrp/metered/my-summary");
        requests.forEach(request -> assertHeaders(request, TOKEN, false));
        assertThat(summary.openPeriods().get(0).buyerDebitMinor()).isEqualByComparingTo("12.5");
        assertThat(summary.pastDueBlocks().get(0).pastDueProviderReceivableMinor().toPlainString()).isEqualTo("0.3");
        assertThat(summary.balanceSufficiency().requiredMinor().toPlainString()).isEqualTo("100.1");
        assertThat(usage.items().get(0).grossBuyerDebitMinor().toPlainString()).isEqualTo("0.2");
        assertThat(usage.items().get(0).protocolFeeMinor()).isEqualTo(new BigDecimal("0.01"));
        assertThat(usage.items().get(0).extra()).containsEntry("new", "x");
        assertThat(usage.nextCursor()).isEqualTo("c2");
        assertThat(batches.next()).isEmpty();
        assertThat(batches.items().get(0).buyerDebitMinor().toPlainString()).isEqualTo("1234567890123456789.01");
        assertThat(batches.items().get(0).attemptCount()).isEqualTo(2L);
    }

    @Test
    void providerSummaryListsAndBatchSendTheirQueries() {
        server.then(envelope("{\"role\":\"provider\",\"timezone\":\"Asia/Tokyo\",\"filters\":{\"plan_type\":\"micro\"},"
                        + "\"periods\":[{\"settlement_batch_id\":\"msb_1\",\"provider_receivable_minor\":\"9.9\"}],"
                        + "\"totals\":{\"settled_provider_receivable_minor\":\"10.5\",\"future_total_minor\":\"1\"}}"),
                envelope("{\"items\":[{\"metered_usage_id\":\"mu_1\",\"provider_receivable_minor\":\"0.19\","
                        + "\"buyer_period_ref\":\"bpr_1\"}]}"),
                envelope("{\"items\":[]}"),
                envelope("{\"settlement_batch_id\":\"msb/1\",\"usage_event_digest\":\"sha256:d\"}"),
                envelope("{\"settlement_batch_id\":\"msb_2\"}"));

        ProviderMeteredSummary summary = client.getProviderMeteredSummary(MeteredQuery.builder().planType("micro")
                .listingId("lst_1").capabilityKey("cap 1").build());
        Page<ProviderUsageEvent> usage = client.listProviderUsageEvents(MeteredQuery.builder().tokenSymbol("usdc")
                .listingId("lst_1").status("settled").cursor("c1").limit(10).build());
        client.listProviderSettlementBatches(MeteredQuery.ALL);
        SettlementBatch batch = client.getProviderSettlementBatch("msb/1", MeteredQuery.ofListing("lst_1", "cap"));
        client.getProviderSettlementBatch("msb_2");

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/provider/summary?plan_type=micro&listing_id=lst_1&capability_key=cap%201",
                "/v1/sdrp/metered/provider/usage-events?token_symbol=USDC&status=settled&listing_id=lst_1&limit=10"
                        + "&cursor=c1",
                "/v1/sdrp/metered/provider/settlement-batches",
                "/v1/sdrp/metered/provider/settlement-batches/msb%2F1?listing_id=lst_1&capability_key=cap",
                "/v1/sdrp/metered/provider/settlement-batches/msb_2");
        assertThat(summary.totals().settledProviderReceivableMinor().toPlainString()).isEqualTo("10.5");
        assertThat(summary.totals().extra()).containsEntry("future_total_minor", "1");
        assertThat(summary.periods().get(0).providerReceivableMinor()).isEqualByComparingTo("9.9");
        assertThat(summary.filters()).containsEntry("plan_type", "micro");
        assertThat(usage.items().get(0).providerReceivableMinor().toPlainString()).isEqualTo("0.19");
        assertThat(usage.items().get(0).buyerPeriodRef()).isEqualTo("bpr_1");
        assertThat(batch.usageEventDigest()).isEqualTo("sha256:d");
    }

    @Test
    void meteredQueriesRefuseValuesTheOperationDoesNotTake() {
        assertThatThrownBy(() -> client.getBuyerMeteredSummary(MeteredQuery.builder().limit(5).build()))
                .extracting("field").isEqualTo("limit");
        assertThatThrownBy(() -> client.getProviderMeteredSummary(MeteredQuery.builder().status("settled")
                .build())).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> client.getProviderSettlementBatch("msb_1", MeteredQuery.builder().planType("micro")
                .build())).extracting("field").isEqualTo("plan_type");
        assertThatThrownBy(() -> MeteredQuery.builder().planType("standard").build()).extracting("field")
                .isEqualTo("plan_type");
        assertThatThrownBy(() -> MeteredQuery.builder().tokenSymbol("BTC").build()).extracting("field")
                .isEqualTo("token_symbol");
        assertThatThrownBy(() -> MeteredQuery.builder().listingId(" ").build())
                .extracting("field").isEqualTo("listing_id");
        assertThatThrownBy(() -> client.listBuyerUsageEvents(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> client.getProviderSettlementBatch(" ")).extracting("field")
                .isEqualTo("settlement_batch_id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void streamsFollowNextCursorLazily() {
        server.then(envelope("{\"items\":[{\"metered_usage_id\":\"mu_1\"},{\"metered_usage_id\":\"mu_2\"}],"
                + "\"next_cursor\":\"p2\"}"));

        var stream = client.streamBuyerUsageEvents(MeteredQuery.builder().planType("micro").limit(2).build());
        assertThat(server.requests()).isEmpty();
        List<String> firstTwo = stream.limit(2).map(BuyerUsageEvent::meteredUsageId).collect(Collectors.toList());
        assertThat(firstTwo).containsExactly("mu_1", "mu_2");
        assertThat(server.requests()).hasSize(1);

        server.then(envelope("{\"items\":[{\"metered_usage_id\":\"mu_1\"},{\"metered_usage_id\":\"mu_2\"}],"
                        + "\"next_cursor\":\"p2\"}"),
                envelope("{\"items\":[{\"metered_usage_id\":\"mu_3\"}],\"next_cursor\":\"p3\"}"),
                envelope("{\"items\":[{\"metered_usage_id\":\"mu_4\"}],\"next_cursor\":null}"));
        List<String> all = client.streamBuyerUsageEvents(MeteredQuery.builder().planType("micro").limit(2).build())
                .map(BuyerUsageEvent::meteredUsageId).collect(Collectors.toList());
        assertThat(all).containsExactly("mu_1", "mu_2", "mu_3", "mu_4");
        assertThat(server.requests()).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/my-usage-events?plan_type=micro&limit=2",
                "/v1/sdrp/metered/my-usage-events?plan_type=micro&limit=2",
                "/v1/sdrp/metered/my-usage-events?plan_type=micro&limit=2&cursor=p2",
                "/v1/sdrp/metered/my-usage-events?plan_type=micro&limit=2&cursor=p3");
    }

    @Test
    void everyStreamPagesItsOwnRoute() {
        server.then(envelope("{\"items\":[{\"settlement_batch_id\":\"a\"}],\"next_cursor\":\"n\"}"),
                envelope("{\"items\":[{\"settlement_batch_id\":\"b\"}]}"),
                envelope("{\"items\":[{\"metered_usage_id\":\"u\"}]}"),
                envelope("{\"items\":[{\"settlement_batch_id\":\"c\"}]}"));

        assertThat(client.streamBuyerSettlementBatches(MeteredQuery.ALL).map(SettlementBatch::settlementBatchId))
                .containsExactly("a", "b");
        assertThat(client.streamProviderUsageEvents(MeteredQuery.ALL).map(ProviderUsageEvent::meteredUsageId))
                .containsExactly("u");
        assertThat(client.streamProviderSettlementBatches(MeteredQuery.ALL)
                .map(SettlementBatch::settlementBatchId)).containsExactly("c");
        assertThat(server.requests()).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/my-settlement-batches",
                "/v1/sdrp/metered/my-settlement-batches?cursor=n",
                "/v1/sdrp/metered/provider/usage-events",
                "/v1/sdrp/metered/provider/settlement-batches");
    }

    @Test
    void aRepeatedCursorStopsTheStream() {
        server.then(envelope("{\"items\":[{\"metered_usage_id\":\"mu_1\"}],\"next_cursor\":\"same\"}"));

        assertThatThrownBy(() -> client.streamBuyerUsageEvents(MeteredQuery.ALL).count())
                .isInstanceOf(SiglumeInvalidResponseException.class).extracting("status", "code")
                .containsExactly(200, SiglumeApiException.UNEXPECTED_RESPONSE);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void toStringShowsTheBaseUrlOnly() {
        assertThat(client.toString()).isEqualTo("SiglumePaymentClient[baseUrl=" + server.baseUrl() + "]");
    }
}
