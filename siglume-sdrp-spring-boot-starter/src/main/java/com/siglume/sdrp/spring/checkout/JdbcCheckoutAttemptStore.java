package com.siglume.sdrp.spring.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checkout attempts, durable in the {@value #TABLE} table of the database the webhook
 * events are recorded in, on the same transaction manager, so a confirmation's change to an
 * attempt commits or rolls back with the event record.
 *
 * <p>Two rules keep one active attempt per order across threads and application instances:
 * the unique column {@code active_order_id} (the order id on the active attempt, {@code null}
 * on the others) and the primary key {@code (order_id, attempt)}. Whoever changes an order's
 * attempts first locks all of them ({@link #lockOrder}); the first attempt of an order has no
 * row to lock, so there the insert itself decides ({@link #lockOrderForStart}): a concurrent insert of the same attempt waits
 * for the first one's transaction and then fails with a duplicate key.
 */
public class JdbcCheckoutAttemptStore {

    /** Name of the table. */
    public static final String TABLE = "siglume_checkout_attempts";

    private static final String COLUMNS = "order_id, attempt, nonce, state, active_order_id, merchant, amount_minor,"
            + " currency, session_id, checkout_url, challenge_hash, requirement_id, chain_receipt_id, review_reason,"
            + " created_at, updated_at";

    private static final String SELECT_ORDER = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE order_id = ? ORDER BY attempt";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param dataSource the database holding the table
     * @param transactionManager the transaction manager of that database, the one the event
     *        store uses
     * @param clock the clock for the {@code created_at} and {@code updated_at} columns
     */
    public JdbcCheckoutAttemptStore(DataSource dataSource, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Lists an order's attempts, oldest first.
     *
     * @param orderId the order id
     * @return the attempts, possibly none
     */
    public List<CheckoutAttempt> findByOrderId(String orderId) {
        return jdbc.query(SELECT_ORDER, JdbcCheckoutAttemptStore::map, orderId);
    }

    /**
     * Runs work in a transaction of its own: a caller's transaction is suspended, so a duplicate
     * key cannot doom it.
     */
    <T> T inNewTransaction(Supplier<T> work) {
        return newTransaction.execute(status -> work.get());
    }

    /** Runs work in the current transaction (the event store's, inside a listener), else in a new one. */
    <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    /**
     * Reads an order's attempts, oldest first, and locks them until the transaction ends. Locking
     * reads see the latest committed rows on every supported database.
     */
    List<CheckoutAttempt> lockOrder(String orderId) {
        return jdbc.query(SELECT_ORDER + " FOR UPDATE", JdbcCheckoutAttemptStore::map, orderId);
    }

    /**
     * Reads an order's attempts for a start, locking them when there are any. An order with none
     * has nothing to lock: a plain read answers, which takes no gap lock for concurrent first
     * starts to deadlock on (MariaDB's), and the insert of attempt 1 then decides between them,
     * since every order that has attempts has an attempt 1.
     */
    List<CheckoutAttempt> lockOrderForStart(String orderId) {
        List<CheckoutAttempt> existing = findByOrderId(orderId);
        return existing.isEmpty() ? existing : lockOrder(orderId);
    }

    /** Finds the order whose attempt has this challenge hash. */
    Optional<String> orderIdOfChallengeHash(String challengeHash) {
        return jdbc.queryForList("SELECT order_id FROM " + TABLE + " WHERE challenge_hash = ?", String.class,
                challengeHash).stream().findFirst();
    }

    /**
     * Inserts the order's new active attempt, before its session exists; {@link #recordSession}
     * completes it in the same transaction.
     */
    void insertActive(CheckoutOrder order, int attempt, String nonce, String merchant) {
        Timestamp now = now();
        jdbc.update("INSERT INTO " + TABLE + " (order_id, attempt, nonce, state, active_order_id, merchant,"
                + " amount_minor, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order.orderId(), attempt, nonce, CheckoutAttempt.State.OPEN.wireName(), order.orderId(), merchant,
                order.amountMinor(), order.currency(), now, now);
    }

    /** Stores the session created for an attempt. */
    void recordSession(String orderId, int attempt, String sessionId, String checkoutUrl, String challengeHash) {
        jdbc.update("UPDATE " + TABLE + " SET session_id = ?, checkout_url = ?, challenge_hash = ?, updated_at = ?"
                + " WHERE order_id = ? AND attempt = ?", sessionId, checkoutUrl, challengeHash, now(), orderId, attempt);
    }

    /** Stores the challenge hash of an attempt offered to an agent, which has no session. */
    void recordChallenge(String orderId, int attempt, String challengeHash) {
        recordSession(orderId, attempt, null, null, challengeHash);
    }

    /** Makes an attempt inactive because a new one takes its place. */
    void replace(CheckoutAttempt attempt) {
        jdbc.update("UPDATE " + TABLE + " SET state = ?, active_order_id = NULL, updated_at = ?"
                + " WHERE order_id = ? AND attempt = ?", CheckoutAttempt.State.REPLACED.wireName(), now(),
                attempt.orderId(), attempt.attempt());
    }

    /** Records the payment that settled an attempt. */
    void settle(CheckoutAttempt attempt, CheckoutAttempt.State state, String requirementId, String chainReceiptId) {
        jdbc.update("UPDATE " + TABLE + " SET state = ?, requirement_id = ?, chain_receipt_id = ?, updated_at = ?"
                + " WHERE order_id = ? AND attempt = ?", state.wireName(), requirementId, chainReceiptId, now(),
                attempt.orderId(), attempt.attempt());
    }

    /** Puts an attempt on review. */
    void review(CheckoutAttempt attempt, OrderPaymentReview.Reason reason, String requirementId) {
        jdbc.update("UPDATE " + TABLE + " SET state = ?, review_reason = ?, requirement_id = ?, updated_at = ?"
                + " WHERE order_id = ? AND attempt = ?", CheckoutAttempt.State.REVIEW.wireName(), reason.wireName(),
                requirementId, now(), attempt.orderId(), attempt.attempt());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static CheckoutAttempt map(ResultSet row, int index) throws SQLException {
        String stored = row.getString("state");
        CheckoutAttempt.State state = CheckoutAttempt.State.fromWireName(stored)
                .orElseThrow(() -> new IllegalStateException("Unknown state '" + stored + "' in " + TABLE));
        return new CheckoutAttempt(row.getString("order_id"), row.getInt("attempt"), row.getString("nonce"), state,
                row.getString("active_order_id") != null, row.getString("merchant"), row.getLong("amount_minor"),
                row.getString("currency"), row.getString("session_id"), row.getString("checkout_url"),
                row.getString("challenge_hash"), row.getString("requirement_id"), row.getString("chain_receipt_id"),
                row.getString("review_reason"), instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    @Override
    public String toString() {
        return "JdbcCheckoutAttemptStore[" + TABLE + "]";
    }
}
