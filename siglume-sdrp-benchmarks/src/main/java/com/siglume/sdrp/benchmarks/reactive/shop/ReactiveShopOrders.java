package com.siglume.sdrp.benchmarks.reactive.shop;

import com.siglume.sdrp.benchmarks.handwritten.SettledOrderMatch;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The shop's work for a settled payment in both reactive B2 applications, on R2DBC: look up the
 * order by challenge hash, check amount, currency and merchant, and mark it paid with one
 * conditional {@code UPDATE}, logging one line as the sample does. It runs in whatever reactive
 * transaction the caller's subscription carries.
 */
public final class ReactiveShopOrders {

    private static final Logger log = LoggerFactory.getLogger(ReactiveShopOrders.class);

    private final DatabaseClient database;
    private final String merchant;

    /**
     * Creates the shop's order access.
     *
     * @param database the client of the shop's database
     * @param merchant the shop's merchant key
     */
    public ReactiveShopOrders(DatabaseClient database, String merchant) {
        this.database = database;
        this.merchant = merchant;
    }

    /** The columns of {@code shop_order} the check needs. */
    private record Order(String id, long amountMinor, String currency) {
    }

    /**
     * Marks the order a settled payment names paid, when it matches.
     *
     * @param settled the classified event
     * @return completes when the order was looked at (and updated if it matched)
     */
    public Mono<Void> markPaid(StandardSettled settled) {
        WebhookEvent event = settled.event();
        return database.sql("SELECT order_id FROM shop_checkout_attempt WHERE challenge_hash = :hash")
                .bind("hash", settled.challengeHash())
                .map(row -> row.get("order_id", String.class))
                .first()
                .flatMap(orderId -> database.sql("SELECT id, amount_minor, currency FROM shop_order WHERE id = :id")
                        .bind("id", orderId)
                        .map(row -> new Order(row.get("id", String.class), row.get("amount_minor", Long.class),
                                row.get("currency", String.class)))
                        .one())
                .map(order -> {
                    if (!SettledOrderMatch.matches(event, order.amountMinor(), order.currency(), merchant)) {
                        log.warn("Event {} does not match order {}", event.id(), order.id());
                        return Mono.<Void>empty();
                    }
                    return update(settled, order);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    log.warn("Event {} names an unknown challenge hash", event.id());
                    return Mono.<Void>empty();
                }))
                .flatMap(work -> work);
    }

    private Mono<Void> update(StandardSettled settled, Order order) {
        return database.sql("UPDATE shop_order SET status = 'paid', requirement_id = :requirement,"
                        + " chain_receipt_id = :receipt, updated_at = :now"
                        + " WHERE id = :id AND status IN ('created', 'pending')")
                .bind("requirement", settled.requirementId())
                .bind("receipt", settled.chainReceiptId())
                .bind("now", LocalDateTime.now())
                .bind("id", order.id())
                .fetch().rowsUpdated()
                .doOnNext(updated -> {
                    if (updated == 1) {
                        log.info("Order {} paid (event {}, requirement {})", order.id(), settled.event().id(),
                                settled.requirementId());
                    }
                })
                .then();
    }
}
