package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.sandbox.TestWebhookEvent;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Confirmations the sandbox's checkout does not produce, signed with the application's secret
 * and posted to its endpoint: each review reason, the same payment reported twice, and a second
 * payment for a paid order.
 */
class CheckoutConfirmationMatcherTests extends CheckoutSandboxTest {

    @Autowired
    JdbcCheckoutAttemptStore attemptStore;

    @Autowired
    SiglumeMerchantClient merchantClient;

    @Test
    void anUnknownChallengeHashIsReviewedWithoutAnOrderAndThePlainListenerStillRuns() {
        TestWebhookEvent event = WebhookTestEvents.standard();

        deliver(event);

        assertThat(listeners.reviews).singleElement().satisfies(review -> {
            assertThat(review.orderId()).isNull();
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.UNKNOWN_CHALLENGE_HASH);
            assertThat(review.challengeHash()).isEqualTo(event.data().get("challenge_hash"));
            assertThat(review.requirementId()).isEqualTo(event.data().get("requirement_id"));
            assertThat(review.event().id()).isEqualTo(event.id());
        });
        assertThat(listeners.paid).isEmpty();
        assertThat(listeners.settled).hasSize(1);
    }

    @Test
    void anAmountCurrencyOrMerchantThatDisagreesWithTheAttemptPutsItOnReview() {
        String amountHash = challengeHashOf("order_amount", 1200);
        String currencyHash = challengeHashOf("order_currency", 1200);
        String merchantHash = challengeHashOf("order_merchant", 1200);

        deliver(WebhookTestEvents.standard().withChallengeHash(amountHash).withData("amount_minor", 1));
        deliver(WebhookTestEvents.standard().withChallengeHash(currencyHash).withData("currency", "USD"));
        deliver(WebhookTestEvents.standard().withChallengeHash(merchantHash).withMerchant("someone_else"));

        assertThat(listeners.reviews).extracting(OrderPaymentReview::orderId, OrderPaymentReview::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order_amount", OrderPaymentReview.Reason.ORDER_MISMATCH),
                        org.assertj.core.groups.Tuple.tuple("order_currency", OrderPaymentReview.Reason.ORDER_MISMATCH),
                        org.assertj.core.groups.Tuple.tuple("order_merchant", OrderPaymentReview.Reason.ORDER_MISMATCH));
        assertThat(listeners.reviews.get(0).detail()).contains("amount_minor 1 != 1200");
        assertThat(listeners.reviews.get(1).detail()).contains("currency USD != JPY");
        assertThat(listeners.reviews.get(2).detail()).contains("merchant someone_else");
        assertThat(listeners.paid).isEmpty();
        for (String order : new String[] {"order_amount", "order_currency", "order_merchant"}) {
            assertThat(checkout.attempts(order)).singleElement().satisfies(attempt -> {
                assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.REVIEW);
                assertThat(attempt.reviewReason()).isEqualTo("order_mismatch");
            });
            assertThatThrownBy(() -> checkout.start(CheckoutOrder.of(order, 1200, "JPY")))
                    .isInstanceOfSatisfying(CheckoutRefusedException.class, refused -> assertThat(refused.reason())
                            .isEqualTo(CheckoutRefusedException.Reason.UNDER_REVIEW));
        }
    }

    @Test
    void aPricingBandTheAttemptsAmountDoesNotFallInIsAMismatch() {
        String challengeHash = challengeHashOf("order_1", 1200);

        deliver(WebhookTestEvents.micro().withChallengeHash(challengeHash).withoutData("amount_minor"));

        assertThat(listeners.reviews).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.ORDER_MISMATCH);
            assertThat(review.detail()).isEqualTo("pricing_band micro != standard");
        });
        assertThat(listeners.fulfilled).isEmpty();
    }

    @Test
    void meteredUsageForAnAttemptWhenMeteredIsNotAllowedGoesToReview() {
        // An attempt made while Micro/Nano amounts were allowed, confirmed after they were switched off.
        SiglumeCheckout allowing = SiglumeCheckout.builder().merchantClient(merchantClient).attemptStore(attemptStore)
                .merchant(SANDBOX.merchant()).allowMetered(true)
                .returnUrls(CheckoutReturnUrls.of("http://localhost:" + port, () -> null, "/ok", "/cancel")).build();
        CheckoutStart start = allowing.start(CheckoutOrder.of("order_micro", 300, "JPY"));

        SANDBOX.confirm(start.sessionId());

        assertThat(listeners.fulfilled).isEmpty();
        assertThat(listeners.reviews).singleElement().satisfies(review -> {
            assertThat(review.orderId()).isEqualTo("order_micro");
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.METERED_NOT_ALLOWED);
        });
        assertThat(checkout.attempts("order_micro").get(0).state()).isEqualTo(CheckoutAttempt.State.REVIEW);
    }

    @Test
    void theSamePaymentUnderAnotherEventIdChangesNothingAndASecondPaymentIsADoublePayment() {
        String challengeHash = challengeHashOf("order_1", 1200);
        TestWebhookEvent first = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withRequirementId("dpr_first");

        deliver(first);
        deliver(first.withEventId("evt_same_payment_new_id"));
        assertThat(listeners.reviews).isEmpty();
        deliver(WebhookTestEvents.standard().withChallengeHash(challengeHash).withRequirementId("dpr_second"));

        assertThat(listeners.paid).singleElement().satisfies(paid -> assertThat(paid.requirementId())
                .isEqualTo("dpr_first"));
        assertThat(listeners.reviews).singleElement().satisfies(review -> {
            assertThat(review.orderId()).isEqualTo("order_1");
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.DOUBLE_PAYMENT);
            assertThat(review.requirementId()).isEqualTo("dpr_second");
            assertThat(review.detail()).contains("dpr_first");
        });
        assertThat(checkout.attempts("order_1")).singleElement().satisfies(attempt -> {
            assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.PAID);
            assertThat(attempt.requirementId()).isEqualTo("dpr_first");
        });
        assertThat(listeners.all).hasSize(2);
    }

    @Test
    void aLateConfirmationOfAReplacedAttemptPaysTheOrderAndThenTheNewAttemptsPaymentIsADoublePayment() {
        CheckoutStart first = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        String firstHash = SANDBOX.session(first.sessionId()).orElseThrow().challengeHash();
        SANDBOX.reset();
        CheckoutStart second = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        assertThat(second.attempt()).isEqualTo(2);

        deliver(WebhookTestEvents.standard().withChallengeHash(firstHash).withRequirementId("dpr_late"));
        SANDBOX.confirm(second.sessionId());

        assertThat(listeners.paid).singleElement().satisfies(paid -> {
            assertThat(paid.attempt()).isEqualTo(1);
            assertThat(paid.requirementId()).isEqualTo("dpr_late");
        });
        assertThat(listeners.reviews).singleElement().satisfies(review -> assertThat(review.reason())
                .isEqualTo(OrderPaymentReview.Reason.DOUBLE_PAYMENT));
    }

    @Test
    void anUnclassifiedEventNamingAnAttemptPutsTheOrderOnReviewAndAPaymentAfterItIsNotFulfilled() {
        String challengeHash = challengeHashOf("order_1", 1200);

        deliver(WebhookTestEvents.standard().withChallengeHash(challengeHash).withoutData("chain_receipt_id"));
        deliver(WebhookTestEvents.standard().withChallengeHash(challengeHash));

        assertThat(listeners.reviews).extracting(OrderPaymentReview::reason).containsExactly(
                OrderPaymentReview.Reason.UNCLASSIFIED, OrderPaymentReview.Reason.ORDER_UNDER_REVIEW);
        assertThat(listeners.reviews.get(0).orderId()).isEqualTo("order_1");
        assertThat(listeners.reviews.get(0).confirmation()).isInstanceOfSatisfying(Unclassified.class,
                unclassified -> assertThat(unclassified.reason().wireName())
                        .isEqualTo("missing_standard_settlement_fields"));
        assertThat(listeners.reviews.get(0).detail()).contains("missing_standard_settlement_fields");
        assertThat(listeners.paid).isEmpty();
        assertThat(checkout.attempts("order_1").get(0).state()).isEqualTo(CheckoutAttempt.State.REVIEW);
    }

    @Test
    void anUnclassifiedEventNamingNoAttemptIsReviewedWithoutAnOrder() {
        deliver(WebhookTestEvents.standard().withData("mode", "something_else"));

        assertThat(listeners.reviews).singleElement().satisfies(review -> {
            assertThat(review.orderId()).isNull();
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.UNCLASSIFIED);
        });
    }

    @Test
    void aSettledBatchNamesNoOrder() {
        deliver(WebhookTestEvents.batch(PricingBand.MICRO));

        assertThat(listeners.all).isEmpty();
    }
}
