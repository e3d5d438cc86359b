package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.client.PaymentRequirement;
import com.siglume.sdrp.client.PaymentRequirementRequest;
import com.siglume.sdrp.client.PreparedTransactionRequest;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.TransactionRequest;
import com.siglume.sdrp.client.VerifyRequirementRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of the buyer routes has its status and code, through the payment client where it
 * can send the call and over raw HTTP where the client checks the input first; a refused call
 * moves no money and sends no webhook.
 */
class BuyerRefusalsTest {

    private static final String REQUIREMENTS = "/v1/sdrp/direct-payments/requirements";
    private static final String EXECUTE = "/v1/market/web3/transactions/execute-prepared";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-20T09:00:00Z"));
    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private SiglumePaymentClient agent;
    private Http buyer;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).clock(clock).webhookUrl(receiver.url()).build().start();
        agent = SiglumePaymentClient.builder().environment(name -> null).baseUrl(sandbox.apiBase())
                .token(sandbox.buyerAuthToken()).build();
        buyer = Http.buyer(sandbox);
    }

    @AfterEach
    void stop() {
        // Nothing refused may have paid or told the merchant anything.
        assertThat(sandbox.payments()).isEmpty();
        assertThat(sandbox.deliveries()).isEmpty();
        assertThat(receiver.received()).isEmpty();
        sandbox.close();
        receiver.close();
    }

    private static void refused(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SiglumeApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private static void refused(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.error()).containsEntry("code", code);
    }

    private PaymentRequirement requirement(long amountMinor, Long allowance) {
        return agent.createPaymentRequirement(new PaymentRequirementRequest(sandbox.merchant(), amountMinor, "JPY",
                sandbox.challenge(amountMinor, "JPY", "attempt_" + amountMinor).challenge(), null, allowance, null));
    }

    @Test
    void aChallengeTheMerchantDidNotSignIsInvalid() {
        String otherSecret = DirectPaymentChallenges.create("not_the_merchant_secret", sandbox.merchant(), 1200, "JPY",
                "attempt_1").challenge();
        String otherAmount = sandbox.challenge(1100, "JPY", "attempt_1").challenge();
        String recurring = DirectPaymentChallenges.createRecurring(sandbox.challengeSecret(), sandbox.merchant(), 1200,
                "JPY", "monthly", "attempt_1").challenge();
        for (String challenge : List.of(otherSecret, otherAmount, recurring, "siglume-external-402-v1:n:zz")) {
            refused(() -> agent.createPaymentRequirement(PaymentRequirementRequest.of(sandbox.merchant(), 1200, "JPY",
                    challenge)), 422, "EXTERNAL_402_CHALLENGE_INVALID");
        }
        String usd = sandbox.challenge(1200, "JPY", "attempt_1").challenge();
        refused(() -> agent.createPaymentRequirement(PaymentRequirementRequest.of(sandbox.merchant(), 1200, "USD", usd)),
                422, "EXTERNAL_402_CHALLENGE_INVALID");
        assertThat(sandbox.requirement("dpr_sandbox_1")).isEmpty();
    }

    @Test
    void aChallengeReusedForAnotherRequestIsRefused() {
        String challenge = sandbox.challenge(1200, "JPY", "attempt_1").challenge();
        agent.createPaymentRequirement(PaymentRequirementRequest.of(sandbox.merchant(), 1200, "JPY", challenge));

        refused(() -> agent.createPaymentRequirement(new PaymentRequirementRequest(sandbox.merchant(), 1200, "JPY",
                challenge, null, null, Map.of("order_id", "another_order"))), 409, "EXTERNAL_402_CHALLENGE_REUSED");
        refused(() -> agent.createPaymentRequirement(new PaymentRequirementRequest(sandbox.merchant(), 1200, "JPY",
                challenge, null, 2000L, null)), 409, "EXTERNAL_402_CHALLENGE_REUSED");
        assertThat(sandbox.requirement("dpr_sandbox_2")).isEmpty();
    }

    @Test
    void anotherMerchantIsNotFound() {
        String challenge = DirectPaymentChallenges.create(sandbox.challengeSecret(), "other_shop", 1200, "JPY", "n")
                .challenge();
        refused(() -> agent.createPaymentRequirement(PaymentRequirementRequest.of("other_shop", 1200, "JPY", challenge)),
                404, "EXTERNAL_402_MERCHANT_NOT_FOUND");
    }

    @Test
    void badRequirementBodiesAreRefusedFieldByField() throws Exception {
        Map<String, Object> valid = Http.requirement(sandbox, 1200, "JPY", "attempt_1");
        List<Map<String, Object>> bad = List.of(
                with(valid, "mode", "metered_settlement_batch"),
                with(valid, "mode", null),
                with(valid, "amount_minor", 0),
                with(valid, "amount_minor", 12.5),
                with(valid, "amount_minor", "twelve"),
                with(valid, "currency", "EUR"),
                with(valid, "currency", null),
                with(valid, "challenge", 42),
                with(valid, "token_symbol", "USDC"),
                with(valid, "token_symbol", 7),
                with(valid, "allowance_amount_minor", 1000),
                with(valid, "allowance_amount_minor", -1),
                with(valid, "metadata", List.of("not", "an", "object")));
        for (Map<String, Object> body : bad) {
            refused(buyer.post(REQUIREMENTS, body), 400, "INVALID_PAYMENT_REQUIREMENT_REQUEST");
        }
        refused(buyer.post(REQUIREMENTS, "[1, 2]"), 400, "INVALID_PAYMENT_REQUIREMENT_REQUEST");
        refused(buyer.post(REQUIREMENTS, "{not json"), 400, "INVALID_PAYMENT_REQUIREMENT_REQUEST");
        assertThat(sandbox.requirement("dpr_sandbox_1")).isEmpty();

        assertThat(buyer.post(REQUIREMENTS, with(valid, "token_symbol", " jpyc ")).status()).isEqualTo(201);
    }

    @Test
    void anUnknownRequirementIsNotFound() throws Exception {
        refused(() -> agent.getPaymentRequirement("dpr_sandbox_9"), 404, "PAYMENT_REQUIREMENT_NOT_FOUND");
        refused(() -> agent.verifyPaymentRequirement("dpr_sandbox_9"), 404, "PAYMENT_REQUIREMENT_NOT_FOUND");
        refused(() -> agent.executePreparedTransaction(new PreparedTransactionRequest(
                TransactionRequest.of(Map.of("to", "0xt")), Sdrp.RECEIPT_KIND_PAYMENT, Sdrp.REFERENCE_TYPE,
                "dpr_sandbox_9", null, null)), 404, "PAYMENT_REQUIREMENT_NOT_FOUND");
    }

    @Test
    void aTransactionOtherThanThePreparedOneIsRefused() {
        PaymentRequirement requirement = requirement(1200, null);
        Map<String, Object> tampered = new HashMap<>(requirement.transactionRequest().fields());
        tampered.put("to", "0xsomeone_else");

        refused(() -> agent.executePreparedTransaction(new PreparedTransactionRequest(TransactionRequest.of(tampered),
                Sdrp.RECEIPT_KIND_PAYMENT, Sdrp.REFERENCE_TYPE, requirement.requirementId(), null, null)),
                409, "PREPARED_TRANSACTION_MISMATCH");
        // An allowance for a requirement that asked for none.
        refused(() -> agent.executePreparedTransaction(new PreparedTransactionRequest(requirement.transactionRequest(),
                Sdrp.RECEIPT_KIND_ALLOWANCE, Sdrp.REFERENCE_TYPE, requirement.requirementId(), null, null)),
                409, "PREPARED_TRANSACTION_MISMATCH");
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).status()).isEqualTo("pending");
    }

    @Test
    void thePaymentWaitsForItsAllowance() {
        PaymentRequirement requirement = requirement(1200, 3000L);

        refused(() -> agent.executePayment(requirement), 409, "ALLOWANCE_REQUIRED");
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).status()).isEqualTo("pending");
    }

    @Test
    void anExpiredRequirementCannotBePaid() {
        PaymentRequirement requirement = requirement(1200, null);
        clock.advance(Duration.ofMinutes(30));

        assertThat(agent.getPaymentRequirement(requirement.requirementId()).status()).isEqualTo("expired");
        refused(() -> agent.executePayment(requirement), 409, "PAYMENT_REQUIREMENT_EXPIRED");
    }

    @Test
    void badExecuteBodiesAreRefusedFieldByField() throws Exception {
        Map<String, Object> requirement = buyer.post(REQUIREMENTS, Http.requirement(sandbox, 1200, "JPY", "attempt_1"))
                .data();
        Map<String, Object> valid = Http.payment(requirement);
        for (Map<String, Object> body : List.of(
                with(valid, "transaction_request", "0xdeadbeef"),
                with(valid, "transaction_request", null),
                with(valid, "receipt_kind", "sdrp_refund"),
                with(valid, "reference_type", "checkout_session"),
                with(valid, "reference_id", " "),
                with(valid, "metadata", "order_123"),
                with(valid, "await_finality", "yes"))) {
            refused(buyer.post(EXECUTE, body), 400, "INVALID_PREPARED_TRANSACTION_REQUEST");
        }
        assertThat(sandbox.requirement("dpr_sandbox_1")).hasValueSatisfying(
                stored -> assertThat(stored.status()).isEqualTo(SandboxRequirement.PENDING));
    }

    @Test
    void verificationRefusesWhatTheRequirementDoesNotHold() throws Exception {
        PaymentRequirement requirement = requirement(1200, null);
        String id = requirement.requirementId();

        refused(() -> agent.verifyPaymentRequirement(id, VerifyRequirementRequest.awaitingFinality("chain_x", 10)),
                409, "RECEIPT_MISMATCH");
        refused(() -> agent.verifyPaymentRequirement(id, new VerifyRequirementRequest("rcpt_sandbox_1", null, null,
                null, null, null)), 409, "RECEIPT_MISMATCH");
        refused(() -> agent.verifyPaymentRequirement(id, new VerifyRequirementRequest(null, null, true, null, 10L,
                null)), 409, "PAYMENT_NOT_CONFIRMED");
        refused(() -> agent.verifyPaymentRequirement(id, new VerifyRequirementRequest(null, null, null, "settled",
                null, null)), 409, "PAYMENT_NOT_CONFIRMED");
        assertThat(agent.verifyPaymentRequirement(id, new VerifyRequirementRequest(null, null, null, "pending", null,
                null)).status()).isEqualTo("pending");
        for (Map<String, Object> body : List.of(Map.<String, Object>of("await_finality", "yes"),
                Map.<String, Object>of("receipt_id", 7), Map.<String, Object>of("await_timeout_seconds", 0))) {
            refused(buyer.post(REQUIREMENTS + "/" + id + "/verify", body), 400, "INVALID_VERIFY_REQUEST");
        }
    }

    @Test
    void eachRoleHasItsOwnToken() throws Exception {
        Http merchant = Http.merchant(sandbox);
        Map<String, Object> body = Http.requirement(sandbox, 1200, "JPY", "attempt_1");

        refused(merchant.post(REQUIREMENTS, body), 403, "BUYER_TOKEN_REQUIRED");
        refused(merchant.get(REQUIREMENTS + "/dpr_sandbox_1"), 403, "BUYER_TOKEN_REQUIRED");
        refused(merchant.post(EXECUTE, Map.of()), 403, "BUYER_TOKEN_REQUIRED");
        refused(buyer.get("/v1/market/webhooks/subscriptions"), 403, "MERCHANT_TOKEN_REQUIRED");
        refused(buyer.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")), 403,
                "MERCHANT_TOKEN_REQUIRED");
        Http.Response stranger = new Http(sandbox.baseUrl(), "someone_elses_token").post(REQUIREMENTS, body);
        refused(stranger, 401, "INVALID_AUTH_TOKEN");
        assertThat(stranger.text()).doesNotContain(sandbox.buyerAuthToken());
        refused(new Http(sandbox.baseUrl(), "cli_0123456789").post(REQUIREMENTS, body), 401, "INVALID_AUTH_TOKEN");
        refused(new Http(sandbox.baseUrl(), null).post(REQUIREMENTS, body), 401, "AUTHENTICATION_REQUIRED");
        assertThat(sandbox.requirement("dpr_sandbox_1")).isEmpty();
        // Statements stay open to either role.
        assertThat(buyer.get("/v1/sdrp/metered/my-summary").status()).isEqualTo(200);
        assertThat(merchant.get("/v1/sdrp/metered/provider/summary").status()).isEqualTo(200);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
