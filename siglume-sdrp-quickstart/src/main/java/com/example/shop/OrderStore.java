package com.example.shop;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shop's orders, in the application's database. */
@Repository
public class OrderStore {

    private final JdbcClient jdbc;

    public OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ShopOrder> find(String orderId) {
        return jdbc.sql("SELECT id, amount_minor, currency, status FROM orders WHERE id = ?")
                .param(orderId)
                .query((row, n) -> new ShopOrder(row.getString("id"), row.getLong("amount_minor"),
                        row.getString("currency"), row.getString("status")))
                .optional();
    }

    /** Shows that a checkout is under way; only the webhook ever marks the order paid. */
    public void markPending(String orderId) {
        jdbc.sql("UPDATE orders SET status = 'pending' WHERE id = ? AND status = 'created'")
                .param(orderId)
                .update();
    }

    public void markPaid(String orderId, String requirementId) {
        jdbc.sql("UPDATE orders SET status = 'paid', requirement_id = ? WHERE id = ? AND status <> 'paid'")
                .params(requirementId, orderId)
                .update();
    }

    /** Keeps a payment the shop did not act on for a person to look at. */
    public void recordReview(String eventId, String orderId, String reason) {
        jdbc.sql("INSERT INTO payment_reviews (event_id, order_id, reason) VALUES (?, ?, ?)")
                .params(eventId, orderId, reason)
                .update();
    }
}
