package com.siglume.sdrp.sample.order;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts the three demonstration orders in the database when they are missing. Orders that exist
 * are never touched, so a restart keeps what was paid.
 */
@Component
public class OrderSeeder implements ApplicationRunner {

    /**
     * A demonstration order.
     *
     * @param id the order id
     * @param description what the buyer pays for
     * @param amountMinor the amount in minor units
     * @param currency the currency
     */
    public record SeedOrder(String id, String description, long amountMinor, String currency) {
    }

    /** One order per pricing band: Standard (JPY 501+), Micro (JPY 50-500) and Nano (JPY 1-49). */
    public static final List<SeedOrder> SEED_ORDERS = List.of(
            new SeedOrder("order_123", "Field notebook (Standard payment)", 1200, "JPY"),
            new SeedOrder("order_micro", "Article unlock (Micro payment)", 300, "JPY"),
            new SeedOrder("order_nano", "Single API call (Nano payment)", 30, "JPY"));

    private static final Logger log = LoggerFactory.getLogger(OrderSeeder.class);

    private final OrderRepository orders;

    /**
     * Creates the seeder.
     *
     * @param orders the order store
     */
    public OrderSeeder(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Seeds the orders at startup.
     *
     * @param args ignored
     */
    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /**
     * Inserts every seed order that is missing.
     *
     * @return how many orders were inserted
     */
    public int seed() {
        Instant now = Instant.now();
        int inserted = 0;
        for (SeedOrder seed : SEED_ORDERS) {
            try {
                if (orders.insertIfAbsent(seed.id(), seed.description(), seed.amountMinor(), seed.currency(), now)) {
                    inserted++;
                }
            } catch (DuplicateKeyException concurrentInsert) {
                // Another instance on the same database seeded it between the check and the insert.
                log.debug("Order {} was seeded concurrently", seed.id());
            }
        }
        if (inserted > 0) {
            log.info("Seeded {} demonstration order(s)", inserted);
        }
        return inserted;
    }
}
