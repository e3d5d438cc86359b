package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A duplicate storm over real HTTP into the shop: 100 distinct confirmation events, 10 copies
 * each, shuffled, from 16 concurrent senders. Every event must be handled exactly once (one
 * committed listener run, one event row, its order in the right state) and nothing answered
 * 5xx; then the same with a listener that fails at random for 20 % of the deliveries and
 * senders that retry until acknowledged: still exactly once, nothing lost.
 *
 * <p>Subclasses run it on H2, PostgreSQL and MariaDB.
 */
abstract class DuplicateStormTests extends ReliabilityShopTest {

    static final int EVENTS = 100;
    static final int COPIES = 10;
    static final int SENDERS = 16;
    static final double FAILURE_RATE = 0.20;
    static final long FAILURE_SEED = 42L;

    /** The database's name in the printed figures. */
    abstract String databaseName();

    private List<StormEvents.Paid> createOrders(String run) {
        return StormEvents.create(orders, checkout, sandbox, run, EVENTS);
    }

    private List<WebhookStorm.Task> copies(List<StormEvents.Paid> events) {
        List<WebhookStorm.Task> tasks = new ArrayList<>();
        for (StormEvents.Paid event : events) {
            for (int copy = 0; copy < COPIES; copy++) {
                tasks.add(new WebhookStorm.Task(event.delivery(), List.of(webhookUrl())));
            }
        }
        return tasks;
    }

    @Test
    void everyEventOfADuplicateStormIsHandledExactlyOnce() throws Exception {
        List<StormEvents.Paid> events = createOrders("storm");
        WebhookStorm storm = WebhookStorm.sendOnce(SENDERS);
        WebhookStorm.Tally tally;
        long start = System.nanoTime();
        try {
            tally = storm.run(copies(events), 20260611L);
        } finally {
            storm.close();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("[reliability] duplicate storm on %s: %d events x %d copies = %d deliveries from %d senders"
                + " in %d ms; answers: %s%n", databaseName(), EVENTS, COPIES, EVENTS * COPIES, SENDERS, millis,
                tally.summary());
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.sends.get()).isEqualTo(EVENTS * COPIES);
        assertThat(tally.acknowledged.get()).isEqualTo(EVENTS * COPIES);
        assertThat(tally.serverErrors.get()).isZero();
        assertThat(tally.outcome("processed")).isEqualTo(EVENTS);
        assertThat(tally.outcome("duplicate")).isEqualTo(EVENTS * (COPIES - 1));
        assertExactlyOnce(events, tally);
    }

    @Test
    void failingListenerAndRetryingSendersStillHandleEveryEventExactlyOnce() throws Exception {
        List<StormEvents.Paid> events = createOrders("flaky");
        flaky.arm(FAILURE_RATE, FAILURE_SEED);
        WebhookStorm storm = WebhookStorm.retryUntilAcknowledged(SENDERS);
        WebhookStorm.Tally tally;
        long start = System.nanoTime();
        try {
            tally = storm.run(copies(events), 4242L);
        } finally {
            storm.close();
            flaky.disarm();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("[reliability] failing-listener storm on %s: %d deliveries, listener failure rate %.0f %%;"
                + " injected failures=%d of %d listener calls; retries=%d; in %d ms; answers: %s%n", databaseName(),
                EVENTS * COPIES, FAILURE_RATE * 100, flaky.failures(), flaky.calls(),
                tally.sends.get() - EVENTS * COPIES, millis, tally.summary());
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.gaveUp.get()).as("deliveries never acknowledged").isZero();
        assertThat(tally.acknowledged.get()).isEqualTo(EVENTS * COPIES);
        assertThat(flaky.failures()).as("the storm must exercise failures").isGreaterThan(0);
        // Every injected failure was answered 5xx, and every 5xx was sent again until acknowledged.
        assertThat(tally.serverErrors.get()).isGreaterThanOrEqualTo(flaky.failures());
        assertThat(tally.sends.get()).isEqualTo(EVENTS * COPIES + tally.serverErrors.get());
        assertThat(tally.outcome("processed")).isEqualTo(EVENTS);
        assertExactlyOnce(events, tally);
    }

    private void assertExactlyOnce(List<StormEvents.Paid> events, WebhookStorm.Tally tally) {
        Map<String, Integer> expectedOnce = events.stream()
                .collect(Collectors.toMap(StormEvents.Paid::eventId, event -> 1));
        assertThat(tally.processedByEvent()).as("2xx 'processed' answers per event").isEqualTo(expectedOnce);
        assertThat(committedRuns.committedByEvent()).as("committed listener runs per event").isEqualTo(expectedOnce);
        assertThat(eventRows()).isEqualTo(EVENTS);
        assertThat(reviewRows()).isZero();
        Map<String, Order> stored = orders.findAll().stream()
                .collect(Collectors.toMap(Order::id, Function.identity()));
        for (StormEvents.Paid event : events) {
            Order order = stored.get(event.orderId());
            assertThat(order.status().wireName()).as(event.orderId()).isEqualTo(event.expectedStatus());
            assertThat(order.requirementId()).as(event.orderId()).isEqualTo(event.requirementId());
        }
    }
}
