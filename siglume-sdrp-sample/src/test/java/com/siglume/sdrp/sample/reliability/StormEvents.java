package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.sample.order.CheckoutAttempt;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders created through the shop's own order code, each with a checkout attempt and its
 * challenge hash, and one signed {@code direct_payment.confirmed} event per order, in the three
 * pricing bands in turn.
 */
final class StormEvents {

    /** One order and the event that pays it. */
    record Paid(String orderId, String requirementId, String expectedStatus, SignedWebhook delivery) {

        String eventId() {
            return delivery.eventId();
        }
    }

    /** Standard, Micro and Nano amounts in JPY, and the order status each one leads to. */
    private static final long[] AMOUNTS = {1200, 300, 30};
    private static final String[] STATUSES = {"paid", "fulfilled_unsettled", "fulfilled_unsettled"};

    /** Only used to derive distinct, real challenge hashes; the shop finds orders by hash. */
    private static final String CHALLENGE_SECRET = "storm_challenge_key_for_hashes";

    private StormEvents() {
    }

    /**
     * Creates {@code count} orders with a pending checkout attempt and signs one confirming
     * event for each.
     *
     * @param orders the shop's order repository
     * @param run a short name unique to the run, part of every id
     * @param count how many orders and events
     * @param merchant the shop's merchant key
     * @param webhookSecret the shop's webhook secret
     */
    static List<Paid> create(OrderRepository orders, String run, int count, String merchant, String webhookSecret) {
        List<Paid> paid = new ArrayList<>(count);
        Instant now = Instant.now();
        long signedAt = now.getEpochSecond();
        for (int i = 0; i < count; i++) {
            long amount = AMOUNTS[i % AMOUNTS.length];
            String orderId = run + "_order_" + i;
            String nonce = orderId + "-attempt_1";
            String challengeHash = DirectPaymentChallenges.create(CHALLENGE_SECRET, merchant, amount, "JPY", nonce)
                    .challengeHash();
            orders.insertIfAbsent(orderId, "Reliability order " + i, amount, "JPY", now);
            orders.recordCheckoutAttempt(new CheckoutAttempt(orderId, 1, nonce, "chk_" + orderId,
                    "http://127.0.0.1/pay/chk_" + orderId, challengeHash), now);
            String requirementId = "dpr_" + orderId;
            SignedWebhook delivery = WebhookTestEvents.payment("JPY", amount)
                    .withEventId("evt_" + orderId)
                    .withRequirementId(requirementId)
                    .withChallengeHash(challengeHash)
                    .withMerchant(merchant)
                    .sign(webhookSecret, signedAt);
            paid.add(new Paid(orderId, requirementId, STATUSES[i % STATUSES.length], delivery));
        }
        return paid;
    }
}
