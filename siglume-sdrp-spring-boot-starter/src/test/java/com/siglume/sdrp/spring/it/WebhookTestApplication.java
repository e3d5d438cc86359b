package com.siglume.sdrp.spring.it;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop as a user writes it: auto-configuration plus one listener bean that writes to the
 * application's own table (when it has a database) and can be told to fail.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WebhookTestApplication {

    @Bean
    PaymentsListener paymentsListener(ObjectProvider<JdbcTemplate> jdbc) {
        return new PaymentsListener(jdbc.getIfAvailable());
    }

    /** Counts calls per event id; in a database, also writes a row in the same transaction. */
    public static class PaymentsListener {

        private final JdbcTemplate jdbc;
        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final AtomicInteger confirmations = new AtomicInteger();

        PaymentsListener(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            if (jdbc != null) {
                jdbc.execute("CREATE TABLE IF NOT EXISTS shop_payments (event_id VARCHAR(255) PRIMARY KEY)");
            }
        }

        @SiglumePaymentListener
        void settled(StandardSettled settled) throws InterruptedException {
            String id = settled.event().id();
            calls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            if (jdbc != null) {
                jdbc.update("INSERT INTO shop_payments (event_id) VALUES (?)", id);
            }
            // Widens the window in which concurrent deliveries of one event overlap.
            Thread.sleep(20);
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("order service unavailable");
            }
        }

        @SiglumePaymentListener
        void any(PaymentConfirmation confirmation) {
            confirmations.incrementAndGet();
        }

        /**
         * Returns how often the StandardSettled listener ran for an event (failed runs included).
         *
         * @param eventId the event id
         * @return the count
         */
        public int calls(String eventId) {
            AtomicInteger count = calls.get(eventId);
            return count == null ? 0 : count.get();
        }

        /**
         * Makes the next calls fail.
         *
         * @param times how many
         */
        public void failNext(int times) {
            failuresLeft.set(times);
        }

        /**
         * Counts the rows the listener committed for an event.
         *
         * @param eventId the event id
         * @return 0 or 1
         */
        public int committedRows(String eventId) {
            Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM shop_payments WHERE event_id = ?",
                    Integer.class, eventId);
            return count == null ? 0 : count;
        }
    }
}
