package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.client.BuyerMeteredSummary;
import com.siglume.sdrp.client.PaymentRequirement;
import com.siglume.sdrp.client.PaymentRequirementRequest;
import com.siglume.sdrp.client.PreparedTransactionResult;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.VerifyRequirementRequest;
import com.siglume.sdrp.confirmation.ConfirmationKind;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent pays through the SDK's own payment client against the sandbox, end to end on one
 * machine: the merchant's challenge, the requirement, the prepared transaction and verification;
 * the merchant receives the signed webhook, verifies it and classifies it; the books and the
 * statements show the money.
 */
class BuyerClientInteropTest {

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private SiglumePaymentClient agent;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).build().start();
        agent = SiglumePaymentClient.builder().environment(name -> null).baseUrl(sandbox.apiBase())
                .token(sandbox.buyerAuthToken()).timeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    /** What the merchant's server hands the agent for one order's payment attempt. */
    private PaymentRequirement requirementFor(long amountMinor, String currency, String nonce) {
        DirectPaymentChallenge challenge = sandbox.challenge(amountMinor, currency, nonce);
        return agent.createPaymentRequirement(PaymentRequirementRequest.of(sandbox.merchant(), amountMinor, currency,
                challenge.challenge()));
    }

    /** The one webhook the merchant received, verified with its secret and classified. */
    private PaymentConfirmation onlyConfirmation() throws Exception {
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).singleElement().satisfies(delivery -> assertThat(delivery.signatureValid()).isTrue());
        return PaymentConfirmations.classify(received.get(0).verified().event());
    }

    @Test
    void aStandardAgentPaymentSettlesAndTheMerchantIsToldOnce() throws Exception {
        DirectPaymentChallenge challenge = sandbox.challenge(1200, "JPY", "order_123_attempt_1");
        PaymentRequirement requirement = agent.createPaymentRequirement(PaymentRequirementRequest.of(
                sandbox.merchant(), 1200, "JPY", challenge.challenge()));

        assertThat(requirement.requirementId()).isEqualTo("dpr_sandbox_1");
        assertThat(requirement.status()).isEqualTo("pending");
        assertThat(requirement.settlementStatus()).isEqualTo("pending_payment");
        assertThat(requirement.challengeHash()).isEqualTo(challenge.challengeHash());
        assertThat(requirement.requestHashV2()).isEqualTo(DirectPaymentChallenges.requestHashV2(sandbox.merchant(),
                1200, "JPY", challenge.challenge()));
        assertThat(requirement.pricingBand()).isEqualTo("standard");
        assertThat(requirement.protocolFeeMinor()).isNull();
        assertThat(requirement.tokenSymbol()).isEqualTo("JPYC");
        assertThat(requirement.approveTransactionRequestIfPresent()).isEmpty();
        assertThat(receiver.received()).isEmpty();

        PreparedTransactionResult paid = agent.executePayment(requirement, true, Map.of("order_id", "order_123"));

        assertThat(paid.receipt()).containsEntry("receipt_kind", "sdrp_direct_payment")
                .containsEntry("reference_id", "dpr_sandbox_1")
                .containsEntry("chain_receipt_id", "chain_sandbox_dpr_sandbox_1");
        assertThat(paid.finalization()).containsEntry("status", "finalized").containsEntry("awaited_finality", true);
        assertThat(paid.extra()).containsEntry("idempotent_replay", false);

        PaymentRequirement verified = agent.verifyPaymentRequirement(requirement.requirementId(),
                VerifyRequirementRequest.awaitingFinality("chain_sandbox_dpr_sandbox_1", 30));
        assertThat(verified.status()).isEqualTo("confirmed");
        assertThat(verified.settlementStatus()).isEqualTo("settled");
        assertThat(verified.chainReceiptId()).isEqualTo("chain_sandbox_dpr_sandbox_1");
        assertThat(verified.confirmedAt()).isNotNull();

        PaymentConfirmation confirmation = onlyConfirmation();
        assertThat(confirmation.kind()).isEqualTo(ConfirmationKind.STANDARD_SETTLED);
        StandardSettled settled = (StandardSettled) confirmation;
        assertThat(settled.requirementId()).isEqualTo("dpr_sandbox_1");
        assertThat(settled.challengeHash()).isEqualTo(challenge.challengeHash());
        assertThat(settled.chainReceiptId()).isEqualTo("chain_sandbox_dpr_sandbox_1");
        assertThat(settled.requestHashV2()).isEqualTo(requirement.requestHashV2());

        assertThat(sandbox.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.channel()).isEqualTo(SandboxPayment.Channel.DIRECT_API);
            assertThat(payment.confirmationEventId()).isEqualTo(settled.event().id());
            assertThat(payment.metadata()).containsEntry("order_id", "order_123");
        });
        assertThat(sandbox.balances()).containsExactly(new SandboxBalance("JPYC", 1, new BigDecimal("1200"),
                new BigDecimal("1200"), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void microAndNanoAgentPaymentsAreAcceptedForSettlementAndShowInTheStatements() throws Exception {
        PaymentRequirement micro = requirementFor(300, "JPY", "order_micro_attempt_1");
        assertThat(micro.pricingBand()).isEqualTo("micro");
        assertThat(micro.settlementCadence()).isEqualTo("weekly");
        assertThat(micro.protocolFeeMinor()).isEqualByComparingTo("2");

        PreparedTransactionResult paid = agent.executePayment(micro);
        assertThat(paid.receipt()).doesNotContainKey("chain_receipt_id");
        assertThat(paid.finalization()).containsEntry("status", "pending_settlement");

        PaymentConfirmation confirmation = onlyConfirmation();
        assertThat(confirmation).isInstanceOfSatisfying(MeteredUsageAccepted.class, accepted -> {
            assertThat(accepted.pricingBand()).isEqualTo("micro");
            assertThat(accepted.settlementCadence()).isEqualTo("weekly");
            assertThat(accepted.requirementId()).isEqualTo(micro.requirementId());
            assertThat(accepted.challengeHash()).isEqualTo(micro.challengeHash());
        });

        PaymentRequirement nano = requirementFor(30, "USD", "order_nano_attempt_1");
        agent.executePayment(nano);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        PaymentConfirmation nanoConfirmation = PaymentConfirmations.classify(receiver.received().get(1).verified().event());
        assertThat(nanoConfirmation).isInstanceOfSatisfying(MeteredUsageAccepted.class, accepted -> {
            assertThat(accepted.pricingBand()).isEqualTo("nano");
            assertThat(accepted.settlementCadence()).isEqualTo("monthly");
        });
        assertThat(agent.verifyPaymentRequirement(nano.requirementId()).settlementStatus())
                .isEqualTo("pending_settlement");

        BuyerMeteredSummary summary = agent.getBuyerMeteredSummary();
        assertThat(summary.openPeriods()).hasSize(2);
        assertThat(summary.openPeriods()).anySatisfy(period -> {
            assertThat(period.planType()).isEqualTo("micro");
            assertThat(period.tokenSymbol()).isEqualTo("JPYC");
            assertThat(period.buyerDebitMinor()).isEqualByComparingTo("300");
            assertThat(period.providerReceivableMinor()).isEqualByComparingTo("298");
        });
        assertThat(summary.openPeriods()).anySatisfy(period -> {
            assertThat(period.planType()).isEqualTo("nano");
            assertThat(period.tokenSymbol()).isEqualTo("USDC");
            assertThat(period.buyerDebitMinor()).isEqualByComparingTo("30");
        });
        assertThat(sandbox.balances()).containsExactly(
                new SandboxBalance("JPYC", 1, new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("298"),
                        new BigDecimal("2")),
                new SandboxBalance("USDC", 1, new BigDecimal("30"), BigDecimal.ZERO, new BigDecimal("29.9"),
                        new BigDecimal("0.1")));
    }

    @Test
    void agentAndHostedCheckoutPaymentsShareTheBooks() throws Exception {
        String session = (String) Http.merchant(sandbox).post("/v1/sdrp/direct-payments/checkout-sessions",
                Http.session(500, "JPY")).data().get("session_id");
        sandbox.confirm(session);
        agent.executePayment(requirementFor(300, "JPY", "order_micro_attempt_1"));

        assertThat(sandbox.payments()).extracting(SandboxPayment::channel)
                .containsExactly(SandboxPayment.Channel.DIRECT_API, SandboxPayment.Channel.HOSTED_CHECKOUT);
        assertThat(agent.getBuyerMeteredSummary().openPeriods()).singleElement()
                .satisfies(period -> assertThat(period.buyerDebitMinor()).isEqualByComparingTo("800"));
        assertThat(sandbox.balances()).singleElement().satisfies(balance -> {
            assertThat(balance.payments()).isEqualTo(2);
            assertThat(balance.buyerDebitedMinor()).isEqualByComparingTo("800");
        });
    }

    @Test
    void executingTheSameRequirementTwicePaysOnce() throws Exception {
        PaymentRequirement requirement = requirementFor(1200, "JPY", "order_123_attempt_1");

        PreparedTransactionResult first = agent.executePayment(requirement);
        PreparedTransactionResult second = agent.executePayment(requirement);

        assertThat(second.receipt()).isEqualTo(first.receipt());
        assertThat(second.extra()).containsEntry("idempotent_replay", true);
        assertThat(onlyConfirmation().kind()).isEqualTo(ConfirmationKind.STANDARD_SETTLED);
        assertThat(sandbox.payments()).hasSize(1);
        assertThat(sandbox.deliveries()).hasSize(1);
    }

    @Test
    void theSameChallengeGivesTheSameRequirement() {
        DirectPaymentChallenge challenge = sandbox.challenge(1200, "JPY", "order_123_attempt_1");
        PaymentRequirementRequest request = PaymentRequirementRequest.of(sandbox.merchant(), 1200, "JPY",
                challenge.challenge());

        PaymentRequirement first = agent.createPaymentRequirement(request);
        agent.executePayment(first);
        PaymentRequirement again = agent.createPaymentRequirement(request);

        assertThat(again.requirementId()).isEqualTo(first.requirementId());
        assertThat(again.status()).isEqualTo("confirmed");
        assertThat(sandbox.payments()).hasSize(1);
    }

    @Test
    void anAllowanceIsApprovedBeforeThePaymentAndOnlyOnce() throws Exception {
        DirectPaymentChallenge challenge = sandbox.challenge(1200, "JPY", "order_123_attempt_1");
        PaymentRequirement requirement = agent.createPaymentRequirement(new PaymentRequirementRequest(
                sandbox.merchant(), 1200, "JPY", challenge.challenge(), "JPYC", 5000L, null));
        assertThat(requirement.approveTransactionRequestIfPresent()).hasValueSatisfying(approve ->
                assertThat(approve.fields()).containsEntry("amount_minor", 5000L));
        assertThat(requirement.extra()).containsEntry("allowance_status", "pending");

        PreparedTransactionResult approved = agent.executeAllowance(requirement);
        PreparedTransactionResult approvedAgain = agent.executeAllowance(requirement);

        assertThat(approved.receipt()).containsEntry("receipt_kind", "sdrp_direct_payment_allowance")
                .containsEntry("amount_minor", 5000L);
        assertThat(approvedAgain.receipt()).isEqualTo(approved.receipt());
        assertThat(sandbox.payments()).isEmpty();
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).extra())
                .containsEntry("allowance_status", "approved");

        agent.executePayment(requirement);
        assertThat(onlyConfirmation().kind()).isEqualTo(ConfirmationKind.STANDARD_SETTLED);
        assertThat(agent.verifyPaymentRequirement(requirement.requirementId(),
                new VerifyRequirementRequest((String) approved.receipt().get("receipt_id"), null, null, null, null, null))
                .status()).isEqualTo("confirmed");
    }

    @Test
    void theGuideExamplePaysOnceAndTheMerchantIsPaid() throws Exception {
        SiglumePaymentClient agent = SiglumePaymentClient.builder()
                .baseUrl(sandbox.apiBase())
                .token(sandbox.buyerAuthToken())
                .build();
        DirectPaymentChallenge challenge = sandbox.challenge(1200, "JPY", "order_123_attempt_1");
        PaymentRequirement requirement = agent.createPaymentRequirement(
                PaymentRequirementRequest.of(sandbox.merchant(), 1200, "JPY", challenge.challenge()));
        agent.executePayment(requirement);
        PaymentRequirement verified = agent.verifyPaymentRequirement(requirement.requirementId());

        assertThat(verified.status()).isEqualTo("confirmed");
        assertThat(onlyConfirmation()).isInstanceOfSatisfying(StandardSettled.class,
                settled -> assertThat(settled.challengeHash()).isEqualTo(challenge.challengeHash()));
    }
}
