package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.sandbox.WebhookFault;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link SiglumeCheckout#challenge}: the challenge an agent pays through the direct API, stored
 * as the order's attempt, and its confirmation matched to the order like a session's.
 */
class CheckoutAgentChallengeTests extends CheckoutSandboxTest {

    @Autowired
    JdbcCheckoutAttemptStore attemptStore;

    @Autowired
    SiglumeMerchantClient merchantClient;

    @Test
    void theFirstChallengeIsSignedForTheOrderAndStoredAsItsActiveAttempt() {
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of("order_1", 1200, "jpy"));

        assertThat(offer.orderId()).isEqualTo("order_1");
        assertThat(offer.attempt()).isEqualTo(1);
        assertThat(offer.reused()).isFalse();
        assertThat(offer.merchant()).isEqualTo(SANDBOX.merchant());
        assertThat(offer.amountMinor()).isEqualTo(1200);
        assertThat(offer.currency()).isEqualTo("JPY");
        assertThat(offer.challenge()).startsWith("siglume-external-402-v1:order_1-attempt_1:");
        assertThat(DirectPaymentChallenges.verify(CheckoutTestApplication.CHALLENGE_SECRET, SANDBOX.merchant(), 1200,
                "JPY", offer.challenge())).isTrue();
        assertThat(offer.challengeHash()).isEqualTo(DirectPaymentChallenges.challengeHash(offer.challenge()));
        assertThat(checkout.attempts("order_1")).singleElement().satisfies(attempt -> {
            assertThat(attempt.nonce()).isEqualTo("order_1-attempt_1");
            assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.OPEN);
            assertThat(attempt.active()).isTrue();
            assertThat(attempt.isAgentChallenge()).isTrue();
            assertThat(attempt.sessionId()).isNull();
            assertThat(attempt.checkoutUrl()).isNull();
            assertThat(attempt.challengeHash()).isEqualTo(offer.challengeHash());
        });
        assertThat(SANDBOX.session("chk_sandbox_1")).as("no Hosted Checkout session").isEmpty();
    }

    @Test
    void askingAgainReturnsTheSameChallengeAndAChangedOrderGetsANewOne() {
        OrderChallenge first = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));

        OrderChallenge again = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));
        OrderChallenge changed = checkout.challenge(CheckoutOrder.of("order_1", 1500, "JPY"));

        assertThat(again).isEqualTo(new OrderChallenge("order_1", 1, first.merchant(), 1200, "JPY", first.challenge(),
                first.challengeHash(), true));
        assertThat(changed.attempt()).isEqualTo(2);
        assertThat(changed.amountMinor()).isEqualTo(1500);
        assertThat(changed.challenge()).isNotEqualTo(first.challenge());
        assertThat(checkout.attempts("order_1")).extracting(CheckoutAttempt::attempt, CheckoutAttempt::state,
                CheckoutAttempt::active).containsExactly(tuple(1, CheckoutAttempt.State.REPLACED, false),
                        tuple(2, CheckoutAttempt.State.OPEN, true));
    }

    @Test
    void aRotatedChallengeSecretGetsANewAttemptWhoseChallengeItSigns() {
        OrderChallenge before = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));
        SiglumeCheckout rotated = checkoutSigningWith(new SiglumeChallengeSigner("rotated_secret", SANDBOX.merchant()));

        OrderChallenge after = rotated.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));

        assertThat(after.attempt()).isEqualTo(2);
        assertThat(after.reused()).isFalse();
        assertThat(DirectPaymentChallenges.verify("rotated_secret", SANDBOX.merchant(), 1200, "JPY",
                after.challenge())).isTrue();
        assertThat(checkout.attempts("order_1")).extracting(CheckoutAttempt::challengeHash, CheckoutAttempt::state)
                .containsExactly(tuple(before.challengeHash(), CheckoutAttempt.State.REPLACED),
                        tuple(after.challengeHash(), CheckoutAttempt.State.OPEN));
    }

    @Test
    void theConfirmationOfTheChallengePaysTheOrderOnceAndThenEveryWayToPayIsRefused() {
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));

        deliver(WebhookTestEvents.standard().withChallengeHash(offer.challengeHash()).withMerchant(SANDBOX.merchant())
                .withRequirementId("dpr_agent").withData("amount_minor", 1200).withData("currency", "JPY"));
        deliver(WebhookTestEvents.standard().withChallengeHash(offer.challengeHash()).withMerchant(SANDBOX.merchant())
                .withRequirementId("dpr_agent"));

        assertThat(listeners.paid).singleElement().satisfies(paid -> {
            assertThat(paid.orderId()).isEqualTo("order_1");
            assertThat(paid.attempt()).isEqualTo(1);
            assertThat(paid.amountMinor()).isEqualTo(1200);
            assertThat(paid.sessionId()).as("no session on the agent path").isNull();
            assertThat(paid.requirementId()).isEqualTo("dpr_agent");
        });
        assertThat(listeners.reviews).isEmpty();
        assertThat(checkout.attempts("order_1")).singleElement()
                .satisfies(attempt -> assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.PAID));
        assertThat(refusal(() -> checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.ALREADY_PAID);
        assertThat(refusal(() -> checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.ALREADY_PAID);
    }

    @Test
    void aConfirmationThatDisagreesWithTheChallengeIsReviewedAndTheOrderIsRefusedAChallenge() {
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));

        deliver(WebhookTestEvents.standard().withChallengeHash(offer.challengeHash()).withMerchant(SANDBOX.merchant())
                .withData("amount_minor", 600));

        assertThat(listeners.reviews).singleElement()
                .extracting(OrderPaymentReview::orderId, OrderPaymentReview::reason)
                .containsExactly("order_1", OrderPaymentReview.Reason.ORDER_MISMATCH);
        assertThat(listeners.paid).isEmpty();
        assertThat(refusal(() -> checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.UNDER_REVIEW);
    }

    @Test
    void anOpenHostedCheckoutSessionIsNotJoinedByAChallengeUntilItEnds() {
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        assertThat(refusal(() -> checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.CHECKOUT_OPEN);
        assertThat(checkout.attempts("order_1")).hasSize(1);

        SANDBOX.cancel(start.sessionId());
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));
        assertThat(offer.attempt()).isEqualTo(2);
        assertThat(checkout.attempts("order_1")).extracting(CheckoutAttempt::state, CheckoutAttempt::isAgentChallenge)
                .containsExactly(tuple(CheckoutAttempt.State.REPLACED, false), tuple(CheckoutAttempt.State.OPEN, true));
    }

    @Test
    void aPaidSessionWhoseConfirmationHasNotArrivedIsNotReplacedByAChallenge() {
        SANDBOX.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        SANDBOX.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        SANDBOX.confirm(start.sessionId());

        assertThat(refusal(() -> checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.PAYMENT_CONFIRMING);
        assertThat(checkout.attempts("order_1")).singleElement().satisfies(attempt -> assertThat(attempt.active())
                .isTrue());
    }

    @Test
    void aStartTakesOverFromAChallengeAndALatePaymentOfTheChallengeStillPaysTheOrderOnce() {
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of("order_1", 1200, "JPY"));

        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        deliver(WebhookTestEvents.standard().withChallengeHash(offer.challengeHash()).withMerchant(SANDBOX.merchant())
                .withRequirementId("dpr_late"));
        SANDBOX.confirm(start.sessionId());

        assertThat(start.attempt()).isEqualTo(2);
        assertThat(listeners.paid).singleElement().satisfies(paid -> {
            assertThat(paid.attempt()).isEqualTo(1);
            assertThat(paid.requirementId()).isEqualTo("dpr_late");
        });
        assertThat(listeners.reviews).singleElement().extracting(OrderPaymentReview::reason)
                .isEqualTo(OrderPaymentReview.Reason.DOUBLE_PAYMENT);
    }

    @Test
    void meteredAmountsAreRefusedByDefaultWithNothingStored() {
        assertThat(refusal(() -> checkout.challenge(CheckoutOrder.of("order_micro", 300, "JPY"))))
                .isEqualTo(CheckoutRefusedException.Reason.METERED_NOT_ENABLED);
        assertThat(checkout.attempts("order_micro")).isEmpty();
        assertThatThrownBy(() -> checkout.challenge(null)).isInstanceOfSatisfying(SdrpValidationException.class,
                invalid -> assertThat(invalid.field()).isEqualTo("order"));
    }

    @Test
    void twentySimultaneousChallengesOfOneOrderIssueOneChallenge() throws Exception {
        List<OrderChallenge> offers = challengeConcurrently(checkout, checkout, "order_race", 20);

        assertThat(offers).extracting(OrderChallenge::challenge).containsOnly(offers.get(0).challenge());
        assertThat(offers).filteredOn(offer -> !offer.reused()).hasSize(1);
        assertThat(checkout.attempts("order_race")).hasSize(1);
    }

    @Test
    void withoutAChallengeSecretThereAreNoChallengesAndAnotherMerchantsSignerIsRefused() {
        SiglumeCheckout withoutSecret = checkoutSigningWith(null);

        assertThatThrownBy(() -> withoutSecret.challenge(CheckoutOrder.of("order_1", 1200, "JPY")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("siglume.challenge-secret");
        assertThat(checkout.attempts("order_1")).isEmpty();
        assertThatThrownBy(() -> checkoutSigningWith(new SiglumeChallengeSigner("secret", "another_shop")))
                .isInstanceOfSatisfying(SdrpValidationException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("challenge_signer"));
    }

    /** A second checkout on the same attempts, signing with another signer (or none). */
    private SiglumeCheckout checkoutSigningWith(SiglumeChallengeSigner signer) {
        return SiglumeCheckout.builder().merchantClient(merchantClient).attemptStore(attemptStore)
                .merchant(SANDBOX.merchant())
                .returnUrls(CheckoutReturnUrls.of("https://shop.example", () -> null, "/ok", "/cancel"))
                .challengeSigner(signer).build();
    }

    /** Asks for the challenge of one order from many threads at once, alternating between two checkouts. */
    static List<OrderChallenge> challengeConcurrently(SiglumeCheckout first, SiglumeCheckout second, String orderId,
            int agents) throws Exception {
        return SiglumeCheckoutFlowTests.concurrently(first, second, agents,
                checkout -> checkout.challenge(CheckoutOrder.of(orderId, 1200, "JPY")));
    }

    private static CheckoutRefusedException.Reason refusal(Runnable call) {
        try {
            call.run();
        } catch (CheckoutRefusedException refused) {
            return refused.reason();
        }
        throw new AssertionError("expected a refusal");
    }
}
