package com.siglume.sdrp.sample.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders, in the {@code shop_order} table (see {@code schema.sql}). Their checkout attempts are
 * the starter's ({@code siglume_checkout_attempts}).
 *
 * <p>Every status change is one conditional {@code UPDATE ... WHERE status IN (...)}, so a change
 * happens at most once however often, and in whatever order, events arrive.
 */
@Repository
public class OrderRepository {

    private static final String SELECT_ORDER = """
            SELECT id, description, amount_minor, currency, status, attempt, checkout_session_id,
                   requirement_id, chain_receipt_id, created_at, updated_at
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
     * Reads every order, oldest first.
     *
     * @return the orders
     */
    public List<Order> findAll() {
        return jdbc.sql(SELECT_ORDER + " ORDER BY created_at, id").query(OrderRepository::toOrder).list();
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
     * Records that a checkout attempt of a payable order is under way, status {@code pending}.
     * Starts answered out of order never move the attempt number back.
     *
     * @param orderId the order id
     * @param attempt the attempt number
     * @param sessionId its checkout session id, or {@code null} for a challenge issued to an agent
     * @param now the time of the change
     * @return {@code true} when the order changed
     */
    public boolean markPending(String orderId, int attempt, @Nullable String sessionId, Instant now) {
        return jdbc.sql("""
                UPDATE shop_order SET status = ?, attempt = ?, checkout_session_id = ?, updated_at = ?
                WHERE id = ? AND status IN (?, ?) AND attempt <= ?""")
                .params(OrderStatus.PENDING.wireName(), attempt, sessionId, Timestamp.from(now), orderId,
                        OrderStatus.CREATED.wireName(), OrderStatus.PENDING.wireName(), attempt)
                .update() == 1;
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
                row.getString("requirement_id"),
                row.getString("chain_receipt_id"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
