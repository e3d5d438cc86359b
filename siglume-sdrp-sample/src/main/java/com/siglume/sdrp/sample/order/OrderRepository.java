package com.siglume.sdrp.sample.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders and their checkout attempts, in the {@code shop_order} and {@code shop_checkout_attempt}
 * tables (see {@code schema.sql}).
 *
 * <p>Every status change is one conditional {@code UPDATE ... WHERE status IN (...)}, so a change
 * happens at most once however often, and in whatever order, events arrive.
 */
@Repository
public class OrderRepository {

    private static final String SELECT_ORDER = """
            SELECT id, description, amount_minor, currency, status, attempt, checkout_session_id,
                   checkout_url, challenge_hash, requirement_id, chain_receipt_id, created_at, updated_at
            FROM shop_order""";

    private final JdbcClient jdbc;

    /**
     * Creates the repository.
     *
     * @param jdbc the shop's database
     */
    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads one order.
     *
     * @param orderId the order id
     * @return the order, or empty when there is none
     */
    public Optional<Order> findById(String orderId) {
        return jdbc.sql(SELECT_ORDER + " WHERE id = ?").param(orderId).query(OrderRepository::toOrder).optional();
    }

    /**
     * Reads one order and locks its row until the current transaction ends, so that two
     * checkout starts for the same order run one after the other.
     *
     * @param orderId the order id
     * @return the order, or empty when there is none
     */
    public Optional<Order> lockById(String orderId) {
        return jdbc.sql(SELECT_ORDER + " WHERE id = ? FOR UPDATE").param(orderId)
                .query(OrderRepository::toOrder).optional();
    }

    /**
     * Reads every order, oldest first.
     *
     * @return the orders
     */
    public List<Order> findAll() {
        return jdbc.sql(SELECT_ORDER + " ORDER BY created_at, id").query(OrderRepository::toOrder).list();
    }

    /**
     * Finds the order a checkout session was created for, by the session's challenge hash. Every
     * attempt is kept, so a late event for an earlier attempt still finds its order.
     *
     * @param challengeHash the {@code sha256:...} challenge hash from the event
     * @return the order id, or empty when no attempt of this shop has that hash
     */
    public Optional<String> findOrderIdByChallengeHash(String challengeHash) {
        return jdbc.sql("SELECT order_id FROM shop_checkout_attempt WHERE challenge_hash = ?")
                .param(challengeHash).query(String.class).optional();
    }

    /**
     * Inserts an order unless one with the same id exists; existing orders are left as they are.
     * Two instances seeding the same database at once may both pass the check; the loser gets a
     * {@link org.springframework.dao.DuplicateKeyException}.
     *
     * @param id the order id
     * @param description what the buyer pays for
     * @param amountMinor the amount in minor units
     * @param currency the currency
     * @param now the creation time
     * @return {@code true} when the order was inserted
     */
    public boolean insertIfAbsent(String id, String description, long amountMinor, String currency, Instant now) {
        if (findById(id).isPresent()) {
            return false;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                INSERT INTO shop_order (id, description, amount_minor, currency, status, attempt, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, description, amountMinor, currency, OrderStatus.CREATED.wireName(), at, at)
                .update();
        return true;
    }

    /**
     * Stores a new checkout attempt and makes it the order's current session, status
     * {@code pending}. Call it inside the transaction that holds the order's lock.
     *
     * @param attempt the attempt just created at Siglume
     * @param now the time of the change
     */
    public void recordCheckoutAttempt(CheckoutAttempt attempt, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                INSERT INTO shop_checkout_attempt (challenge_hash, order_id, attempt, nonce, session_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(attempt.challengeHash(), attempt.orderId(), attempt.attempt(), attempt.nonce(),
                        attempt.sessionId(), at)
                .update();
        jdbc.sql("""
                UPDATE shop_order
                SET status = ?, attempt = ?, checkout_session_id = ?, checkout_url = ?, challenge_hash = ?, updated_at = ?
                WHERE id = ?""")
                .params(OrderStatus.PENDING.wireName(), attempt.attempt(), attempt.sessionId(), attempt.checkoutUrl(),
                        attempt.challengeHash(), at, attempt.orderId())
                .update();
    }

    /**
     * Marks a payable order paid, once.
     *
     * @param orderId the order id
     * @param requirementId the payment requirement id
     * @param chainReceiptId the on-chain receipt id
     * @param now the time of the change
     * @return {@code true} when the order changed; {@code false} when it was not payable any more
     */
    public boolean markPaid(String orderId, String requirementId, String chainReceiptId, Instant now) {
        return jdbc.sql("""
                UPDATE shop_order SET status = ?, requirement_id = ?, chain_receipt_id = ?, updated_at = ?
                WHERE id = ? AND status IN (?, ?)""")
                .params(OrderStatus.PAID.wireName(), requirementId, chainReceiptId, Timestamp.from(now), orderId,
                        OrderStatus.CREATED.wireName(), OrderStatus.PENDING.wireName())
                .update() == 1;
    }

    /**
     * Marks a payable order fulfilled with settlement still to come (Micro/Nano), once.
     *
     * @param orderId the order id
     * @param requirementId the payment requirement id
     * @param now the time of the change
     * @return {@code true} when the order changed; {@code false} when it was not payable any more
     */
    public boolean markFulfilledUnsettled(String orderId, String requirementId, Instant now) {
        return jdbc.sql("""
                UPDATE shop_order SET status = ?, requirement_id = ?, updated_at = ?
                WHERE id = ? AND status IN (?, ?)""")
                .params(OrderStatus.FULFILLED_UNSETTLED.wireName(), requirementId, Timestamp.from(now), orderId,
                        OrderStatus.CREATED.wireName(), OrderStatus.PENDING.wireName())
                .update() == 1;
    }

    /**
     * Puts a payable order on hold for manual review. Orders already paid or fulfilled keep
     * their status; the review record says what happened.
     *
     * @param orderId the order id
     * @param now the time of the change
     * @return {@code true} when the order changed
     */
    public boolean markReview(String orderId, Instant now) {
        return jdbc.sql("UPDATE shop_order SET status = ?, updated_at = ? WHERE id = ? AND status IN (?, ?)")
                .params(OrderStatus.REVIEW.wireName(), Timestamp.from(now), orderId,
                        OrderStatus.CREATED.wireName(), OrderStatus.PENDING.wireName())
                .update() == 1;
    }

    private static Order toOrder(ResultSet row, int rowNumber) throws SQLException {
        String storedStatus = row.getString("status");
        OrderStatus status = OrderStatus.fromWireName(storedStatus)
                .orElseThrow(() -> new IllegalStateException("Unknown order status in database: " + storedStatus));
        return new Order(row.getString("id"), row.getString("description"), row.getLong("amount_minor"),
                row.getString("currency"), status, row.getInt("attempt"), row.getString("checkout_session_id"),
                row.getString("checkout_url"), row.getString("challenge_hash"), row.getString("requirement_id"),
                row.getString("chain_receipt_id"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
