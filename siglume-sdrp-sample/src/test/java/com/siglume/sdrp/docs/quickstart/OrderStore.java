package com.siglume.sdrp.docs.quickstart;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shop's orders and checkout attempts, in the application's database. */
@Repository
public class OrderStore {

    private final JdbcClient jdbc;

    /** Creates the store on the application's database. */
    public OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Finds an order by its id. */
    public Optional<ShopOrder> find(String orderId) {
        return jdbc.sql("SELECT id, amount_minor, currency, status, attempt FROM orders WHERE id = ?")
                .param(orderId)
                .query((row, n) -> new ShopOrder(row.getString("id"), row.getLong("amount_minor"),
                        row.getString("currency"), row.getString("status"), row.getInt("attempt")))
                .optional();
    }

    /** Records a checkout attempt before the buyer leaves, so the webhook can find the order. */
    public void recordAttempt(String orderId, int attempt, String challengeHash, String sessionId) {
        jdbc.sql("INSERT INTO checkout_attempts (challenge_hash, order_id, attempt, session_id) VALUES (?, ?, ?, ?)")
                .params(challengeHash, orderId, attempt, sessionId)
                .update();
        jdbc.sql("UPDATE orders SET status = 'pending', attempt = ? WHERE id = ?")
                .params(attempt, orderId)
                .update();
    }

    /** Marks the order of this challenge hash paid, once. Returns false when nothing was payable. */
    public boolean markPaid(String challengeHash, String requirementId) {
        return jdbc.sql("""
                UPDATE orders SET status = 'paid', requirement_id = ?
                WHERE id = (SELECT order_id FROM checkout_attempts WHERE challenge_hash = ?)
                  AND status IN ('created', 'pending')""")
                .params(requirementId, challengeHash)
                .update() == 1;
    }

    /** Keeps an event the shop did not act on for a person to look at. */
    public void recordReview(String eventId, String reason) {
        jdbc.sql("INSERT INTO payment_reviews (event_id, reason) VALUES (?, ?)")
                .params(eventId, reason)
                .update();
    }
}
