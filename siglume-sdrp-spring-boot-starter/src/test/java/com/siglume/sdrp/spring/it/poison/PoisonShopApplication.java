package com.siglume.sdrp.spring.it.poison;

import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A shop whose listener counts the deliveries of {@code order.updated} events per event id, beside
 * the settled-payment listener every shop with a webhook endpoint has.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PoisonShopApplication {

    @Bean
    Updates updates() {
        return new Updates();
    }

    @Bean
    SettledPaymentListener settledPayments() {
        return new SettledPaymentListener();
    }

    /** Counts listener calls per event id, exactly as the id was sent. */
    public static class Updates {

        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        @SiglumePaymentListener(eventTypes = "order.updated")
        void updated(WebhookEvent event) {
            calls.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }

        /**
         * Returns how often the listener ran for an event.
         *
         * @param eventId the event id
         * @return the count
         */
        public int calls(String eventId) {
            AtomicInteger count = calls.get(eventId);
            return count == null ? 0 : count.get();
        }
    }
}
