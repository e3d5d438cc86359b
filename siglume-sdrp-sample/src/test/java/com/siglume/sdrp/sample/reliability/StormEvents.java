package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders created through the shop's own order code, each with a checkout attempt started by the
 * shop's checkout on the sandbox, and one signed {@code direct_payment.confirmed} event per
 * order naming that attempt's challenge hash, in the three pricing bands in turn.
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

    private StormEvents() {
    }

    /**
     * Creates {@code count} orders, starts checkout for each and signs one confirming event for
     * each.
     *
     * @param orders the shop's order repository
     * @param checkout the shop's checkout
     * @param sandbox the sandbox the checkout creates its sessions in
     * @param run a short name unique to the run, part of every id
     * @param count how many orders and events
     */
    static List<Paid> create(OrderRepository orders, SiglumeCheckout checkout, SiglumeSandbox sandbox, String run,
            int count) {
        List<Paid> paid = new ArrayList<>(count);
        Instant now = Instant.now();
        long signedAt = now.getEpochSecond();
        for (int i = 0; i < count; i++) {
            long amount = AMOUNTS[i % AMOUNTS.length];
            String orderId = run + "_order_" + i;
            orders.insertIfAbsent(orderId, "Reliability order " + i, amount, "JPY", now);
            CheckoutStart start = checkout.start(CheckoutOrder.of(orderId, amount, "JPY"));
            String challengeHash = sandbox.session(start.sessionId()).orElseThrow().challengeHash();
            String requirementId = "dpr_" + orderId;
            SignedWebhook delivery = WebhookTestEvents.payment("JPY", amount)
                    .withEventId("evt_" + orderId)
                    .withRequirementId(requirementId)
                    .withChallengeHash(challengeHash)
                    .withMerchant(sandbox.merchant())
                    .sign(sandbox.webhookSecret(), signedAt);
            paid.add(new Paid(orderId, requirementId, STATUSES[i % STATUSES.length], delivery));
        }
        return paid;
    }
}
