package com.siglume.sdrp.spring.checkout;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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
 * attempts first holds the order until its transaction ends ({@link #holdForStart},
 * {@link #lockOrder}). An order with attempts is held by locking its rows. An order without
 * any has no row to lock: on PostgreSQL a transaction-scoped advisory lock on the order id
 * holds it, so a start writes the new attempt once, complete, after its session is created, with
 * the commit in the same round trip where the transactions allow it ({@link #insertActiveLast});
 * on the other databases the insert of the first attempt decides ({@link #insertFirstActive}):
 * a concurrent insert of the same attempt waits for the first one's transaction and then fails
 * with a duplicate key, and the session is stored on the inserted row afterwards.
 */
public class JdbcCheckoutAttemptStore {

    /** Name of the table. */
    public static final String TABLE = "siglume_checkout_attempts";

    private static final String COLUMNS = "order_id, attempt, nonce, state, active_order_id, merchant, amount_minor,"
            + " currency, session_id, checkout_url, challenge_hash, requirement_id, chain_receipt_id, review_reason,"
            + " created_at, updated_at";

    /** The columns a new attempt is inserted with; the rest stay {@code null} until its payment. */
    private static final String INSERTED_COLUMNS = "order_id, attempt, nonce, state, active_order_id, merchant,"
            + " amount_minor, currency, session_id, checkout_url, challenge_hash, created_at, updated_at";

    private static final String INSERTED_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    /** The insert of a new active attempt ({@link #insertActive}, {@link #insertActiveLast}). */
    private static final String INSERT_ACTIVE = "INSERT INTO " + TABLE + " (" + INSERTED_COLUMNS + ") VALUES ("
            + INSERTED_VALUES + ")";

    /** First key of the PostgreSQL advisory locks on orders, a fixed number that marks them as this store's. */
    private static final int ADVISORY_LOCK_CLASS = 0x5d9e_c0a7;

    private static final String SELECT_ORDER = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE order_id = ? ORDER BY attempt";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean plainJdbcTransactions;
    private volatile @Nullable Boolean advisoryLocks;

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
        this.plainJdbcTransactions = transactionManager instanceof DataSourceTransactionManager jdbcTransactions
                && jdbcTransactions.getDataSource() == dataSource;
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
     * Holds an order for a start or a challenge until the transaction ends: {@link #lockOrder},
     * preceded on PostgreSQL by an advisory lock on the order id, which holds an order without
     * attempts too.
     *
     * @return the order's attempts, oldest first, and whether the order is held even when it has
     *         none
     */
    OrderHold holdForStart(String orderId) {
        if (!locksNewOrders()) {
            return new OrderHold(lockOrder(orderId), false);
        }
        // Two statements in one round trip: the read is a statement of its own, so on READ COMMITTED
        // its snapshot is taken after the lock is granted and sees the attempt of a start that held
        // the order before. The two-key form keeps these locks apart from an application's own
        // one-key advisory locks.
        List<CheckoutAttempt> locked = jdbc.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_CLASS
                + ", hashtext(?)); " + SELECT_ORDER + " FOR UPDATE", (PreparedStatement statement) -> {
                    statement.setString(1, orderId);
                    statement.setString(2, orderId);
                    statement.execute();
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("PostgreSQL did not answer the read of order " + orderId);
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        return new RowMapperResultSetExtractor<>(JdbcCheckoutAttemptStore::map).extractData(rows);
                    }
                });
        return new OrderHold(locked, true);
    }

    /**
     * Whether {@link #holdForStart} holds orders without attempts (PostgreSQL); elsewhere the
     * first attempt's insert must come before its session is created ({@link #insertFirstActive}).
     */
    boolean locksNewOrders() {
        Boolean known = advisoryLocks;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
            known = DatabaseDriver.fromProductName(product) == DatabaseDriver.POSTGRESQL;
            advisoryLocks = known;
        }
        return known;
    }

    /**
     * An order's attempts as a start found them while holding the order.
     *
     * @param attempts the attempts, oldest first, locked
     * @param newOrderHeld whether the order is held although it has no attempts
     */
    record OrderHold(List<CheckoutAttempt> attempts, boolean newOrderHeld) {

        /** Whether a new attempt may be created before it is inserted: nobody else can insert one meanwhile. */
        boolean held() {
            return newOrderHeld || !attempts.isEmpty();
        }
    }

    /**
     * Reads and locks, until the transaction ends, the attempts of the order one of whose
     * attempts has this challenge hash, in one statement.
     *
     * @return the order's attempts, oldest first; none when no attempt has the hash
     */
    List<CheckoutAttempt> lockOrderOfChallengeHash(String challengeHash) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE order_id = (SELECT order_id FROM " + TABLE
                + " WHERE challenge_hash = ?) ORDER BY attempt FOR UPDATE", JdbcCheckoutAttemptStore::map,
                challengeHash);
    }

    /**
     * Inserts attempt 1 of an order that has none, as its active attempt, in one statement: on a
     * database where {@link #locksNewOrders} is {@code false}, a start of a new order, the common
     * case, claims its attempt without a read before it. Concurrent inserts of the same order's
     * first attempt meet at the primary key: the later one waits for the first one's transaction
     * and then fails with a duplicate key. When the order has attempts, MariaDB and MySQL leave
     * them locked shared by the read in the statement, so the transaction must end before it
     * holds the order ({@link #lockOrder}): two transactions that each hold the shared lock and
     * ask for the exclusive one deadlock.
     *
     * @param challengeHash the hash of an agent challenge, known before the insert; {@code null}
     *        for a session, which {@link #recordSession} then stores in the same transaction
     * @return {@code true} when the attempt was inserted, {@code false} (nothing inserted) when
     *         the order has attempts
     */
    boolean insertFirstActive(CheckoutOrder order, String nonce, String merchant, @Nullable String challengeHash) {
        Timestamp now = now();
        return jdbc.update("INSERT INTO " + TABLE + " (" + INSERTED_COLUMNS + ") SELECT " + INSERTED_VALUES
                + " WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + " WHERE order_id = ?)", order.orderId(), 1, nonce,
                CheckoutAttempt.State.OPEN.wireName(), order.orderId(), merchant, order.amountMinor(),
                order.currency(), null, null, challengeHash, now, now, order.orderId()) == 1;
    }

    /**
     * Inserts the order's new active attempt: complete, when its session or challenge was made
     * while the order was held, or, for a new order on a database that cannot hold it, before
     * the session is created, with {@code null} session values that {@link #recordSession}
     * fills in the same transaction.
     */
    void insertActive(CheckoutOrder order, int attempt, String nonce, String merchant, @Nullable String sessionId,
            @Nullable String checkoutUrl, @Nullable String challengeHash) {
        insert(INSERT_ACTIVE, order, attempt, nonce, merchant, sessionId, checkoutUrl, challengeHash);
    }

    /**
     * Inserts the order's new active attempt, complete, as the last write of a start's or a
     * challenge's own transaction ({@link #inNewTransaction}). Where {@link #commitsWithLastWrite}
     * holds, the {@code COMMIT} is sent with the insert, one round trip instead of two; the
     * transaction manager's commit then finds no transaction open and sends nothing. When either
     * statement fails, the exception rolls the transaction back as any other.
     */
    void insertActiveLast(CheckoutOrder order, int attempt, String nonce, String merchant, @Nullable String sessionId,
            @Nullable String checkoutUrl, @Nullable String challengeHash) {
        insert(commitsWithLastWrite() ? INSERT_ACTIVE + "; COMMIT" : INSERT_ACTIVE, order, attempt, nonce, merchant,
                sessionId, checkoutUrl, challengeHash);
    }

    private void insert(String statement, CheckoutOrder order, int attempt, String nonce, String merchant,
            @Nullable String sessionId, @Nullable String checkoutUrl, @Nullable String challengeHash) {
        Timestamp now = now();
        jdbc.update(statement, order.orderId(), attempt, nonce, CheckoutAttempt.State.OPEN.wireName(), order.orderId(),
                merchant, order.amountMinor(), order.currency(), sessionId, checkoutUrl, challengeHash, now, now);
    }

    /**
     * Whether {@link #insertActiveLast} sends the commit with the insert: on PostgreSQL (whose
     * driver sends nothing for a commit when no transaction is open), when the transactions are a
     * {@link DataSourceTransactionManager}'s on this store's {@code DataSource}, so the transaction
     * is this store's connection's alone; never under JTA, JPA or another manager.
     */
    boolean commitsWithLastWrite() {
        return plainJdbcTransactions && locksNewOrders();
    }

    /** Stores the session created for an attempt. */
    void recordSession(String orderId, int attempt, String sessionId, String checkoutUrl, String challengeHash) {
        jdbc.update("UPDATE " + TABLE + " SET session_id = ?, checkout_url = ?, challenge_hash = ?, updated_at = ?"
                + " WHERE order_id = ? AND attempt = ?", sessionId, checkoutUrl, challengeHash, now(), orderId, attempt);
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
