package com.siglume.sdrp.spring.ai.payment;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static com.siglume.sdrp.spring.ai.test.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.policy.Approval;
import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import com.siglume.sdrp.spring.ai.policy.RefusalReason;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import com.siglume.sdrp.spring.ai.test.AgentFixture;
import com.siglume.sdrp.spring.ai.test.FakeBuyerApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SiglumeAgentPaymentsTest {

    private final AgentFixture fixture = AgentFixture.onH2();
    private final SpendPolicy policy = AgentFixture.policy().build();
    private final SiglumeAgentPayments payments = fixture.payments(policy);

    @AfterEach
    void close() {
        fixture.close();
    }

    private long spentToday(String currency) {
        return fixture.ledger().spent(currency, LocalDate.now(ZoneOffset.UTC));
    }

    private static RefusalReason reason(PaymentOutcome outcome) {
        assertThat(outcome).isInstanceOf(PaymentOutcome.Refused.class);
        return ((PaymentOutcome.Refused) outcome).refusal().reason();
    }

    @Test
    void paysAnOfferCreatingExecutingAndVerifyingItsRequirement() {
        PaymentOffer offer = offer(MERCHANT, 1000, "JPY");

        PaymentOutcome outcome = payments.pay(offer);

        assertThat(outcome).isInstanceOf(PaymentOutcome.Paid.class);
        PaymentOutcome.Paid paid = (PaymentOutcome.Paid) outcome;
        assertThat(paid.replayed()).isFalse();
        assertThat(paid.receipt().requirementId()).isEqualTo("dpr_1");
        assertThat(paid.receipt().receiptId()).isEqualTo("rcpt_dpr_1");
        assertThat(paid.receipt().chainReceiptId()).isEqualTo("chr_dpr_1");
        assertThat(paid.receipt().pricingBand()).isEqualTo("standard");
        assertThat(paid.receipt().requirementStatus()).isEqualTo("verified");
        assertThat(paid.receipt().verified()).isTrue();
        assertThat(fixture.api().executedRequirements()).containsExactly("dpr_1");
        assertThat(spentToday("JPY")).isEqualTo(1000);
        assertThat(fixture.ledger().find(offer.challengeHash())).get().extracting(LedgerEntry::status)
                .isEqualTo(LedgerStatus.PAID);
    }

    @Test
    void payingTheSameChallengeAgainReturnsTheFirstPaymentAndPaysNothing() {
        PaymentOffer offer = offer(MERCHANT, 600, "JPY");
        PaymentOutcome.Paid first = (PaymentOutcome.Paid) payments.pay(offer);

        PaymentOutcome second = payments.pay(new PaymentOffer(offer.merchant(), offer.amountMinor(), offer.currency(),
                offer.challenge()));

        assertThat(second).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(((PaymentOutcome.Paid) second).replayed()).isTrue();
        assertThat(((PaymentOutcome.Paid) second).receipt()).isEqualTo(first.receipt());
        assertThat(fixture.api().executedRequirements()).hasSize(1);
        assertThat(fixture.api().createCalls()).isEqualTo(1);
        assertThat(spentToday("JPY")).isEqualTo(600);
    }

    @Test
    void aChallengeReusedForAnotherAmountIsRefused() {
        PaymentOffer offer = offer(MERCHANT, 600, "JPY");
        payments.pay(offer);

        PaymentOutcome reused = payments.pay(new PaymentOffer(MERCHANT, 700, "JPY", offer.challenge()));

        assertThat(reason(reused)).isEqualTo(RefusalReason.CHALLENGE_REUSED);
        assertThat(fixture.api().executedRequirements()).hasSize(1);
    }

    @Test
    void policyRefusalsPayNothingAndReserveNothing() {
        assertThat(reason(payments.pay(offer(MERCHANT, 1001, "JPY")))).isEqualTo(RefusalReason.AMOUNT_OVER_LIMIT);
        assertThat(reason(payments.pay(offer("other-shop", 600, "JPY")))).isEqualTo(RefusalReason.MERCHANT_NOT_ALLOWED);
        SiglumeAgentPayments standardOnly = fixture.payments(AgentFixture.policy()
                .allowedBands(java.util.Set.of(com.siglume.sdrp.PricingBand.STANDARD)).build());
        assertThat(reason(standardOnly.pay(offer(MERCHANT, 300, "JPY"))))
                .isEqualTo(RefusalReason.PRICING_BAND_NOT_ALLOWED);
        SiglumeAgentPayments jpyOnly = fixture.payments(SpendPolicy.builder().currency("JPY", 1000, 10_000)
                .allowMerchant(MERCHANT).build());
        assertThat(reason(jpyOnly.pay(offer(MERCHANT, 400, "USD")))).isEqualTo(RefusalReason.CURRENCY_NOT_ALLOWED);

        assertThat(fixture.api().createCalls()).isZero();
        assertThat(spentToday("JPY")).isZero();
    }

    @Test
    void theBudgetRefusesThePaymentThatWouldExceedIt() {
        SiglumeAgentPayments small = fixture.payments(SpendPolicy.builder().currency("JPY", 1000, 1500)
                .allowMerchant(MERCHANT).build());
        assertThat(small.pay(offer(MERCHANT, 1000, "JPY"))).isInstanceOf(PaymentOutcome.Paid.class);

        PaymentOutcome refused = small.pay(offer(MERCHANT, 501, "JPY"));

        assertThat(reason(refused)).isEqualTo(RefusalReason.BUDGET_EXCEEDED);
        assertThat(((PaymentOutcome.Refused) refused).refusal().message()).contains("1500 JPY", "1000 already");
        assertThat(small.pay(offer(MERCHANT, 500, "JPY"))).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(spentToday("JPY")).isEqualTo(1500);
        assertThat(fixture.api().executedRequirements()).hasSize(2);
    }

    @Test
    void theApproverCanDenyOrAskAPersonAndIsAskedAgainNextTime() {
        AtomicInteger asked = new AtomicInteger();
        SiglumeAgentPayments held = fixture.payments(policy, offer -> asked.incrementAndGet() == 1
                ? Approval.askPerson("Approve 800 JPY to acme-shop in the console.")
                : Approval.deny("The owner said no."), ObservationRegistry.NOOP);
        PaymentOffer offer = offer(MERCHANT, 800, "JPY");

        PaymentOutcome first = held.pay(offer);
        PaymentOutcome second = held.pay(offer);

        assertThat(reason(first)).isEqualTo(RefusalReason.APPROVAL_REQUIRED);
        assertThat(((PaymentOutcome.Refused) first).refusal().message()).contains("console");
        assertThat(reason(second)).isEqualTo(RefusalReason.APPROVAL_DENIED);
        assertThat(asked).hasValue(2);
        assertThat(fixture.api().createCalls()).isZero();
        assertThat(fixture.ledger().find(offer.challengeHash())).isEmpty();
    }

    @Test
    void aFailingApproverDenies() {
        SiglumeAgentPayments broken = fixture.payments(policy, offer -> {
            throw new IllegalStateException("approval service down");
        }, ObservationRegistry.NOOP);

        assertThat(reason(broken.pay(offer(MERCHANT, 800, "JPY")))).isEqualTo(RefusalReason.APPROVAL_DENIED);
        assertThat(fixture.api().createCalls()).isZero();
    }

    @Test
    void aRefusedExecutionGivesTheBudgetBackAndTheChallengeMayBePaidLater() {
        PaymentOffer offer = offer(MERCHANT, 900, "JPY");
        fixture.api().failExecute(new FakeBuyerApi.Failure(422, "INSUFFICIENT_BALANCE"));

        PaymentOutcome failed = payments.pay(offer);

        assertThat(reason(failed)).isEqualTo(RefusalReason.PAYMENT_FAILED);
        assertThat(((PaymentOutcome.Refused) failed).refusal().message()).contains("422", "INSUFFICIENT_BALANCE");
        assertThat(spentToday("JPY")).isZero();
        assertThat(fixture.ledger().find(offer.challengeHash())).isEmpty();

        fixture.api().failExecute(null);
        assertThat(payments.pay(offer)).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(spentToday("JPY")).isEqualTo(900);
    }

    @Test
    void aRequirementThatCannotBeCreatedReservesNothing() {
        fixture.api().failCreate(new FakeBuyerApi.Failure(500, "INTERNAL"));

        assertThat(reason(payments.pay(offer(MERCHANT, 900, "JPY")))).isEqualTo(RefusalReason.PAYMENT_FAILED);
        assertThat(spentToday("JPY")).isZero();
        assertThat(fixture.api().executedRequirements()).isEmpty();
    }

    @Test
    void aRequirementForAnotherAmountIsNeverExecuted() {
        fixture.api().overrideRequirementAmount(9000L);

        assertThat(reason(payments.pay(offer(MERCHANT, 900, "JPY")))).isEqualTo(RefusalReason.REQUIREMENT_MISMATCH);
        assertThat(fixture.api().executedRequirements()).isEmpty();
        assertThat(spentToday("JPY")).isZero();
    }

    @Test
    void anExecutionWithoutAnAnswerKeepsTheBudgetAndIsNeverPaidAgain() {
        PaymentOffer offer = offer(MERCHANT, 700, "JPY");
        fixture.api().dropExecuteAnswers(true);

        PaymentOutcome unknown = payments.pay(offer);

        assertThat(reason(unknown)).isEqualTo(RefusalReason.PAYMENT_OUTCOME_UNKNOWN);
        assertThat(((PaymentOutcome.Refused) unknown).requirementId()).isEqualTo("dpr_1");
        assertThat(spentToday("JPY")).isEqualTo(700);

        fixture.api().dropExecuteAnswers(false);
        PaymentOutcome again = payments.pay(offer);

        assertThat(reason(again)).isEqualTo(RefusalReason.PAYMENT_OUTCOME_UNKNOWN);
        assertThat(fixture.api().executedRequirements()).containsExactly("dpr_1");
        assertThat(payments.status("dpr_1").status()).isEqualTo("verified");
    }

    @Test
    void aServerErrorOnExecutionIsAnUnknownOutcome() {
        fixture.api().failExecute(new FakeBuyerApi.Failure(503, "UNAVAILABLE"));

        assertThat(reason(payments.pay(offer(MERCHANT, 700, "JPY")))).isEqualTo(RefusalReason.PAYMENT_OUTCOME_UNKNOWN);
        assertThat(spentToday("JPY")).isEqualTo(700);
    }

    @Test
    void reviewTellsWhatThePolicyWouldSayWithoutReservingAnything() {
        PaymentOffer offer = offer(MERCHANT, 800, "JPY");

        OfferReview review = payments.review(offer);

        assertThat(review.pricingBand().wireName()).isEqualTo("standard");
        assertThat(review.budgetRemainingMinor()).isEqualTo(10_000);
        assertThat(review.refusal()).isNull();
        assertThat(review.previous()).isNull();
        assertThat(payments.review(offer(MERCHANT, 1001, "JPY")).refusal().reason())
                .isEqualTo(RefusalReason.AMOUNT_OVER_LIMIT);
        assertThat(fixture.api().createCalls()).isZero();

        payments.pay(offer);
        assertThat(payments.review(offer).previous().status()).isEqualTo(LedgerStatus.PAID);
        assertThat(payments.review(offer).budgetRemainingMinor()).isEqualTo(9200);
    }

    @Test
    void everyDecisionIsObservedWithItsOutcomeAndReason() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        SiglumeAgentPayments observed = fixture.payments(policy, offer -> Approval.approve(), observations);
        PaymentOffer offer = offer(MERCHANT, 600, "JPY");

        observed.pay(offer);
        observed.pay(offer);
        observed.pay(offer("other-shop", 600, "JPY"));

        assertThat(meters.get(SiglumeAgentPayments.OBSERVATION_NAME).tag("outcome", "paid").tag("reason", "none")
                .tag("currency", "JPY").timer().count()).isEqualTo(1);
        assertThat(meters.get(SiglumeAgentPayments.OBSERVATION_NAME).tag("outcome", "replayed").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(SiglumeAgentPayments.OBSERVATION_NAME).tag("outcome", "refused")
                .tag("reason", "merchant_not_allowed").timer().count()).isEqualTo(1);
    }
}
