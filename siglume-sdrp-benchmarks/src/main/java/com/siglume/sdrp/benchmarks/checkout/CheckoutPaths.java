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
import java.util.concurrent.atomic.AtomicLong;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two sides of B5 on one loopback sandbox in this JVM and one database behind one Hikari
 * connection pool (Spring Boot's default): in-memory H2, or PostgreSQL on 127.0.0.1:5432 (database
 * {@code test}, user {@code postgres}, a schema {@value #PG_SCHEMA} of its own, dropped on close):
 * <ul>
 *   <li>{@link #checkoutStart}: {@code start(CheckoutOrder.of(id, 1200, "JPY"))} for a new order,
 *       in a transaction of its own: on PostgreSQL it holds the order (an advisory lock and the
 *       locking read of its attempts, one round trip), creates the session and inserts attempt 1
 *       complete, with the commit in the same round trip; on H2 it inserts attempt 1 with one
 *       {@code INSERT … SELECT … WHERE NOT EXISTS}, creates the session and stores its id, URL and
 *       challenge hash on the row, then commits;</li>
 *   <li>{@link #bareCreateAndInsert}: the bare {@code createCheckoutSession} call with the same
 *       request, then one {@code INSERT} of the same row in a transaction of its own: no lock,
 *       no check of earlier attempts, no protection against two clicks.</li>
 * </ul>
 * Every call is a new order, so every call creates a session.
 */
final class CheckoutPaths implements AutoCloseable {

    private static final String TABLE = JdbcCheckoutAttemptStore.TABLE;
    private static final String ORIGIN = "http://localhost:3000";
    static final String PG_SCHEMA = "sdrp_bench_b5";

    private final AtomicLong orders = new AtomicLong();
    private final SiglumeSandbox sandbox;
    private final HikariDataSource dataSource;
    private final boolean postgres;
    private final SiglumeMerchantClient client;
    private final SiglumeCheckout checkout;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CheckoutReturnUrls returnUrls;

    private CheckoutPaths(String database) {
        postgres = switch (database) {
            case "h2" -> false;
            case "postgresql" -> true;
            default -> throw new IllegalArgumentException("database must be h2 or postgresql, not " + database);
        };
        dataSource = pool(postgres);
        sandbox = SiglumeSandbox.builder().port(0).build().start();
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
    }

    private static HikariDataSource pool(boolean postgres) {
        if (postgres) {
            try (HikariDataSource setup = new HikariDataSource(postgresConfig(""))) {
                new JdbcTemplate(setup).execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
                new JdbcTemplate(setup).execute("CREATE SCHEMA " + PG_SCHEMA);
            }
            return new HikariDataSource(postgresConfig("?currentSchema=" + PG_SCHEMA));
        }
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(2);
        config.setJdbcUrl("jdbc:h2:mem:b5;DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        return new HikariDataSource(config);
    }

    private static HikariConfig postgresConfig(String query) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(2);
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test" + query);
        config.setUsername("postgres");
        return config;
    }

    /**
     * Starts the sandbox and the database and checks that each path creates a session.
     *
     * @param database {@code h2} or {@code postgresql}
     * @return the paths
     */
    static CheckoutPaths start(String database) {
        CheckoutPaths paths = new CheckoutPaths(database);
        if (paths.checkoutStart().reused() || paths.bareCreateAndInsert().sessionId() == null) {
            paths.close();
            throw new IllegalStateException("a path did not create a session");
        }
        return paths;
    }

    /** Forgets the sandbox's sessions and the attempts, so neither grows through a run. */
    void forget() {
        sandbox.reset();
        jdbc.update("DELETE FROM " + TABLE);
    }

    CheckoutStart checkoutStart() {
        return checkout.start(CheckoutOrder.of("order_" + orders.incrementAndGet(), 1200, "JPY"));
    }

    CreatedCheckoutSession bareCreateAndInsert() {
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

    @Override
    public void close() {
        sandbox.close();
        if (postgres) {
            jdbc.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
        }
        dataSource.close();
    }
}
