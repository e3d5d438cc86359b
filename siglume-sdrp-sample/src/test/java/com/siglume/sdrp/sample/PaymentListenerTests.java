package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.payment.OrderPaymentListeners;
import com.siglume.sdrp.sample.payment.PaymentReview;
import com.siglume.sdrp.sample.payment.SettlementBatchRepository;
import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.TestWebhookEvent;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.checkout.OrderPaymentReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fulfilment rules for events the sandbox's checkout does not produce: signed with the
 * shop's real secret and posted to its webhook endpoint, as Siglume would.
 */
class PaymentListenerTests extends ShopTestBase {

    @Autowired
    SettlementBatchRepository settlements;

    private ShopHttp.Answer deliver(TestWebhookEvent event) {
        SignedWebhook signed = event.sign(sandbox.webhookSecret());
        return shop.post("/siglume/webhook", signed.body(), signed.signatureHeaderName(), signed.signatureHeader());
    }

    private String challengeHashOf(String orderId) {
        String sessionId = startCheckout(orderId).path("session_id").asString();
        return sandbox.session(sessionId).orElseThrow().challengeHash();
    }

    @Test
    void longValuesOfAnEventAreKeptWholeInTheReviewQueue() {
        String eventId = "evt_" + "e".repeat(400);
        String challengeHash = "sha256:" + "c".repeat(3000);
        String requirementId = "dpr_" + "r".repeat(3000);
        TestWebhookEvent event = WebhookTestEvents.standard().withEventId(eventId).withChallengeHash(challengeHash)
                .withRequirementId(requirementId);

        assertThat(deliver(event).status()).isBetween(200, 299);

        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.eventId()).isEqualTo(eventId);
            assertThat(review.challengeHash()).isEqualTo(challengeHash);
            assertThat(review.requirementId()).isEqualTo(requirementId);
        });
        assertThat(deliver(event).status()).isBetween(200, 299);
        assertThat(reviewRecords()).hasSize(1);
    }

    @Test
    void aSettledBatchWhoseIdIsTooLongForItsKeyGoesToReview() {
        String batchId = "batch_" + "b".repeat(SettlementBatchRepository.BATCH_ID_LIMIT);
        TestWebhookEvent event = WebhookTestEvents.batch(PricingBand.MICRO).withSettlementBatchId(batchId);

        assertThat(deliver(event).status()).isBetween(200, 299);

        assertThat(settlements.findAll()).isEmpty();
        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo(OrderPaymentListeners.SETTLEMENT_BATCH_ID_TOO_LONG);
            assertThat(review.kind()).isEqualTo("metered_batch_settled");
            assertThat(review.settlementBatchId()).isEqualTo(batchId);
            assertThat(review.detail()).contains(String.valueOf(batchId.length()), "255");
        });
    }

    @Test
    void unknownChallengeHashGoesToReviewWithoutRetries() {
        TestWebhookEvent event = WebhookTestEvents.standard();

        assertThat(deliver(event).status()).isBetween(200, 299);

        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.eventId()).isEqualTo(event.id());
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.UNKNOWN_CHALLENGE_HASH.wireName());
            assertThat(review.kind()).isEqualTo("standard_settled");
            assertThat(review.orderId()).isNull();
            assertThat(review.challengeHash()).isEqualTo(event.data().get("challenge_hash"));
        });
        assertThat(status("order_123")).isEqualTo("created");
        assertThat(webhookEventRows()).isEqualTo(1);
    }

    @Test
    void unclassifiedEventPutsItsOrderOnReview() {
        String challengeHash = challengeHashOf("order_123");
        TestWebhookEvent incomplete = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withoutData("chain_receipt_id");

        assertThat(deliver(incomplete).status()).isBetween(200, 299);

        assertThat(status("order_123")).isEqualTo("review");
        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo("missing_standard_settlement_fields");
            assertThat(review.kind()).isEqualTo("unknown");
            assertThat(review.orderId()).isEqualTo("order_123");
        });
        ShopHttp.Answer start = shop.startCheckout("order_123");
        assertThat(start.status()).isEqualTo(409);
    }

    @Test
    void eventThatDisagreesWithTheOrderGoesToReviewNotPaid() {
        String challengeHash = challengeHashOf("order_123");
        TestWebhookEvent wrongAmount = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withData("amount_minor", 1);

        assertThat(deliver(wrongAmount).status()).isBetween(200, 299);

        assertThat(status("order_123")).isEqualTo("review");
        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.ORDER_MISMATCH.wireName());
            assertThat(review.orderId()).isEqualTo("order_123");
            assertThat(review.detail()).contains("amount_minor");
        });
    }

    @Test
    void eventForAnotherMerchantGoesToReview() {
        String challengeHash = challengeHashOf("order_123");
        TestWebhookEvent otherMerchant = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withMerchant("someone_else");

        assertThat(deliver(otherMerchant).status()).isBetween(200, 299);

        assertThat(status("order_123")).isEqualTo("review");
        assertThat(reviewRecords()).extracting(PaymentReview::reason).containsExactly(OrderPaymentReview.Reason.ORDER_MISMATCH.wireName());
    }

    @Test
    void secondPaymentForAPaidOrderIsReviewedAndTheOrderKeepsItsFirstPayment() {
        String challengeHash = challengeHashOf("order_123");
        TestWebhookEvent first = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withRequirementId("dpr_first");
        TestWebhookEvent sameAgain = first.withEventId("evt_same_payment_new_id");
        TestWebhookEvent second = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withRequirementId("dpr_second");

        assertThat(deliver(first).status()).isBetween(200, 299);
        String paidAt = shop.order("order_123").path("updated_at").asString();
        assertThat(deliver(sameAgain).status()).isBetween(200, 299);
        assertThat(reviewRecords()).isEmpty();
        assertThat(deliver(second).status()).isBetween(200, 299);

        assertThat(shop.order("order_123").path("status").asString()).isEqualTo("paid");
        assertThat(shop.order("order_123").path("requirement_id").asString()).isEqualTo("dpr_first");
        assertThat(shop.order("order_123").path("updated_at").asString()).isEqualTo(paidAt);
        assertThat(reviewRecords()).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo(OrderPaymentReview.Reason.DOUBLE_PAYMENT.wireName());
            assertThat(review.requirementId()).isEqualTo("dpr_second");
        });
    }

    @Test
    void settledBatchIsRecordedOnceForReconciliation() {
        TestWebhookEvent batch = WebhookTestEvents.batch(PricingBand.MICRO);
        String batchId = (String) batch.data().get("settlement_batch_id");

        assertThat(deliver(batch).status()).isBetween(200, 299);
        assertThat(deliver(batch.withEventId("evt_same_batch_again")).status()).isBetween(200, 299);

        assertThat(settlements.findAll()).singleElement().satisfies(recorded -> {
            assertThat(recorded.settlementBatchId()).isEqualTo(batchId);
            assertThat(recorded.pricingBand()).isEqualTo("micro");
            assertThat(recorded.settlementCadence()).isEqualTo("weekly");
            assertThat(recorded.eventId()).isEqualTo(batch.id());
        });
        assertThat(reviewRecords()).isEmpty();
        assertThat(status("order_micro")).isEqualTo("created");
    }

    @Test
    void readinessProbeTouchesNoOrder() {
        assertThat(deliver(WebhookTestEvents.probe()).status()).isBetween(200, 299);

        assertThat(reviewRecords()).isEmpty();
        assertThat(status("order_123")).isEqualTo("created");
    }
}
