package com.siglume.sdrp.benchmarks.checkout;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutReturnUrls;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.JdbcCheckoutAttemptStore;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutSchemaInitializer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B5: {@code SiglumeCheckout.start} for an order's first attempt, against the least a hand-written
 * checkout must do for it, both on the loopback sandbox in this JVM and an in-memory H2 database
 * behind one connection pool.
 *
 * <ul>
 *   <li>{@link #checkoutStart}: {@code start(CheckoutOrder.of(id, 1200, "JPY"))} for a new order:
 *       its transaction locks the order's (no) attempts, inserts attempt 1, creates the session,
 *       stores session id, URL and challenge hash, and commits;</li>
 *   <li>{@link #bareCreateAndInsert}: the bare {@code createCheckoutSession} call with the same
 *       request, then one {@code INSERT} of the same row in a transaction of its own: no lock,
 *       no check of earlier attempts, no protection against two clicks.</li>
 * </ul>
 * Every call is a new order, so every call creates a session. Before each iteration the sandbox
 * forgets its sessions and the table is emptied, so neither grows through the run. The forks log
 * warnings only ({@code b5-logback.xml}): the checkout's one INFO line per new attempt would
 * otherwise measure the console.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Dlogback.configurationFile=b5-logback.xml")
@State(Scope.Benchmark)
public class CheckoutStartBenchmark {

    private static final String TABLE = JdbcCheckoutAttemptStore.TABLE;
    private static final String ORIGIN = "http://localhost:3000";

    private final AtomicLong orders = new AtomicLong();
    private SiglumeSandbox sandbox;
    private JdbcConnectionPool dataSource;
    private SiglumeMerchantClient client;
    private SiglumeCheckout checkout;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private CheckoutReturnUrls returnUrls;

    /**
     * Starts the sandbox, creates the table and builds both paths; checks that each creates a
     * session.
     */
    @Setup(Level.Trial)
    public void setUp() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        dataSource = JdbcConnectionPool.create("jdbc:h2:mem:b5;DB_CLOSE_DELAY=-1", "sa", "");
        new SiglumeCheckoutSchemaInitializer(dataSource, DatabaseInitializationMode.ALWAYS).initializeDatabase();
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
        client = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase()).token(sandbox.merchantAuthToken())
                .build();
        returnUrls = CheckoutReturnUrls.of(ORIGIN, () -> null, "/checkout/success", "/checkout/cancel");
        checkout = SiglumeCheckout.builder()
                .merchantClient(client)
                .attemptStore(new JdbcCheckoutAttemptStore(dataSource, transactionManager, Clock.systemUTC()))
                .merchant(sandbox.merchant())
                .returnUrls(returnUrls)
                .build();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(transactionManager);
        if (checkoutStart().reused() || bareCreateAndInsert().sessionId() == null) {
            throw new IllegalStateException("a path did not create a session");
        }
    }

    /** Forgets the sessions and attempts of the previous iteration. */
    @Setup(Level.Iteration)
    public void forget() {
        sandbox.reset();
        jdbc.update("DELETE FROM " + TABLE);
    }

    /** Stops the sandbox and the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sandbox.close();
        dataSource.dispose();
    }

    /**
     * The checkout's start of a new order.
     *
     * @return the start
     */
    @Benchmark
    public CheckoutStart checkoutStart() {
        return checkout.start(CheckoutOrder.of("order_" + orders.incrementAndGet(), 1200, "JPY"));
    }

    /**
     * The bare client call plus one insert.
     *
     * @return the created session
     */
    @Benchmark
    public CreatedCheckoutSession bareCreateAndInsert() {
        String orderId = "order_" + orders.incrementAndGet();
        String nonce = orderId + "-attempt_1";
        CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant(sandbox.merchant())
                .amountMinor(1200)
                .currency("JPY")
                .nonce(nonce)
                .successUrl(returnUrls.successUrl(orderId))
                .cancelUrl(returnUrls.cancelUrl(orderId))
                .metadata(Map.of("order_id", orderId, "attempt", 1))
                .build());
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO " + TABLE + " (order_id, attempt, nonce,"
                + " state, active_order_id, merchant, amount_minor, currency, session_id, checkout_url,"
                + " challenge_hash, created_at, updated_at) VALUES (?, 1, ?, 'open', ?, ?, 1200, 'JPY', ?, ?, ?, ?, ?)",
                orderId, nonce, orderId, sandbox.merchant(), session.sessionId(), session.checkoutUrl(),
                session.challengeHash(), now, now));
        return session;
    }
}
