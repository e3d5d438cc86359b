package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only payment listeners added beside the shop's own: one that counts, per event id, the
 * listener runs whose transaction committed (the effects that stayed), and one that fails at
 * random when armed.
 */
@Configuration(proxyBeanMethods = false)
public class ReliabilityListeners {

    /**
     * The counting listener.
     *
     * @return a new counter
     */
    @Bean
    CommittedListenerRuns committedListenerRuns() {
        return new CommittedListenerRuns();
    }

    /**
     * The failing listener, disarmed.
     *
     * @return a new listener
     */
    @Bean
    FlakyListener flakyListener() {
        return new FlakyListener();
    }

    /**
     * Counts the listener runs that committed, per event id. A run whose delivery rolls back
     * (another listener threw, or the store failed) is not counted, so a count above one is a
     * double-processed event and a missing count a lost one.
     */
    @Order(Ordered.LOWEST_PRECEDENCE)
    public static final class CommittedListenerRuns {

        private final Map<String, AtomicInteger> committed = new ConcurrentHashMap<>();
        private final AtomicInteger invoked = new AtomicInteger();

        /**
         * Runs for every classified confirmation, inside the event store's transaction.
         *
         * @param confirmation the classified event
         */
        @SiglumePaymentListener
        public void onConfirmation(PaymentConfirmation confirmation) {
            invoked.incrementAndGet();
            String eventId = confirmation.event().id();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
                }
            });
        }

        /** Committed runs per event id. */
        Map<String, Integer> committedByEvent() {
            Map<String, Integer> copy = new ConcurrentHashMap<>();
            committed.forEach((id, count) -> copy.put(id, count.get()));
            return copy;
        }

        /** Every run, committed or rolled back. */
        int invocations() {
            return invoked.get();
        }

        void reset() {
            committed.clear();
            invoked.set(0);
        }
    }

    /**
     * Throws before every other listener, when armed, for a seeded random share of the
     * deliveries, so that the delivery rolls back and is answered 500.
     */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static final class FlakyListener {

        private volatile Random random;
        private volatile double failureRate;
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();

        /**
         * Fails at random when armed.
         *
         * @param confirmation the classified event
         */
        @SiglumePaymentListener
        public void maybeFail(PaymentConfirmation confirmation) {
            Random current = random;
            if (current == null) {
                return;
            }
            calls.incrementAndGet();
            boolean fail;
            synchronized (current) {
                fail = current.nextDouble() < failureRate;
            }
            if (fail) {
                failures.incrementAndGet();
                throw new IllegalStateException("injected listener failure for event " + confirmation.event().id());
            }
        }

        void arm(double rate, long seed) {
            failures.set(0);
            calls.set(0);
            failureRate = rate;
            random = new Random(seed);
        }

        void disarm() {
            random = null;
        }

        int failures() {
            return failures.get();
        }

        int calls() {
            return calls.get();
        }
    }
}
