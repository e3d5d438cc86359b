package com.siglume.sdrp.benchmarks.load;

import com.siglume.sdrp.benchmarks.BenchmarkEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares and checks the database of a B2 load run (H2 file or PostgreSQL).
 *
 * <ul>
 *   <li>{@code prepare}: drops the shop's, the attempts and both events tables, creates the shop's
 *       tables from the sample's {@code schema.sql}, the starter's checkout attempts table (the
 *       sample matches events to orders through it), the hand-written endpoints' attempts table
 *       {@code shop_checkout_attempt}, optionally the hand-written endpoints' events table, and
 *       seeds orders {@code 1..--orders} (status {@code pending}) with the checkout attempts their
 *       events name in both attempts tables;</li>
 *   <li>{@code check}: after a run, counts the recorded events, the paid benchmark orders and the
 *       review records, and writes them to {@code --out}, so the report shows that every answered
 *       request did its database work;</li>
 *   <li>{@code drop}: drops a PostgreSQL schema used for the run.</li>
 * </ul>
 * On PostgreSQL the run uses its own schema ({@code --schema}, for example {@code sdrp_bench},
 * also named in the JDBC URL's {@code currentSchema}) so that nothing else in the database is
 * touched.
 */
public final class BenchDatabase {

    /** The hand-written endpoint's events table: the same columns as the starter's. */
    public static final String HANDWRITTEN_EVENTS_TABLE = "handwritten_webhook_events";

    private static final String STARTER_EVENTS_TABLE = "siglume_webhook_events";
    private static final String STARTER_ATTEMPTS_TABLE = "siglume_checkout_attempts";
    /** The starter's checkout attempts table, as it creates it on H2 and PostgreSQL. */
    private static final String STARTER_ATTEMPTS_SCHEMA = "/com/siglume/sdrp/spring/checkout/schema-standard.sql";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int BATCH = 1000;

    private BenchDatabase() {
    }

    /**
     * Runs one command.
     *
     * @param args {@code prepare|check|drop} followed by {@code --name value} options
     * @throws Exception when the database refuses
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: prepare|check|drop --jdbc-url URL [options]");
        }
        Map<String, String> options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        String url = Options.required(options, "jdbc-url");
        String user = options.getOrDefault("user", url.startsWith("jdbc:postgresql:") ? "postgres" : "sa");
        try (Connection connection = DriverManager.getConnection(url, user, options.getOrDefault("password", ""))) {
            switch (args[0]) {
                case "prepare" -> prepare(connection, url, options);
                case "check" -> check(connection, options);
                case "drop" -> execute(connection, "DROP SCHEMA IF EXISTS " + schema(options) + " CASCADE");
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    private static void prepare(Connection connection, String url, Map<String, String> options) throws Exception {
        if (options.containsKey("schema")) {
            execute(connection, "CREATE SCHEMA IF NOT EXISTS " + schema(options));
        }
        for (String table : List.of("shop_payment_review", "shop_settlement_batch", "shop_checkout_attempt",
                "shop_order", STARTER_ATTEMPTS_TABLE, STARTER_EVENTS_TABLE, HANDWRITTEN_EVENTS_TABLE)) {
            execute(connection, "DROP TABLE IF EXISTS " + table);
        }
        executeScript(connection, Files.readString(Path.of(Options.required(options, "shop-schema")),
                StandardCharsets.UTF_8));
        try (InputStream starterSchema = BenchDatabase.class.getResourceAsStream(STARTER_ATTEMPTS_SCHEMA)) {
            if (starterSchema == null) {
                throw new IllegalStateException(STARTER_ATTEMPTS_SCHEMA + " is not on the class path");
            }
            executeScript(connection, new String(starterSchema.readAllBytes(), StandardCharsets.UTF_8));
        }
        // The hand-written endpoints look orders up by challenge hash in a table of their own.
        execute(connection, "CREATE TABLE shop_checkout_attempt (challenge_hash VARCHAR(255) NOT NULL PRIMARY KEY,"
                + " order_id VARCHAR(64) NOT NULL, attempt INTEGER NOT NULL, nonce VARCHAR(255) NOT NULL,"
                + " session_id VARCHAR(255))");
        if (Boolean.parseBoolean(options.getOrDefault("handwritten-events-table", "false"))) {
            String payloadType = url.startsWith("jdbc:postgresql:") ? "TEXT" : "CHARACTER LARGE OBJECT";
            execute(connection, "CREATE TABLE " + HANDWRITTEN_EVENTS_TABLE + " ("
                    + "event_id VARCHAR(255) NOT NULL PRIMARY KEY, event_type VARCHAR(255) NOT NULL,"
                    + " kind VARCHAR(64) NOT NULL, reason VARCHAR(64), status VARCHAR(32) NOT NULL,"
                    + " received_at TIMESTAMP NOT NULL, payload " + payloadType + " NOT NULL)");
        }
        int orders = Integer.parseInt(Options.required(options, "orders"));
        seed(connection, orders);
        if (url.startsWith("jdbc:postgresql:")) {
            // Fresh tables have no planner statistics until autovacuum gets to them; both endpoints
            // should start with the same plans.
            execute(connection, "ANALYZE shop_order, shop_checkout_attempt, " + STARTER_ATTEMPTS_TABLE);
            // Flush what seeding (and any earlier run) wrote, so that no checkpoint it triggers
            // falls into the measured run of whichever endpoint comes next.
            execute(connection, "CHECKPOINT");
        }
        System.out.println("Seeded " + orders + " pending orders with their checkout attempts");
    }

    private static void seed(Connection connection, int orders) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement order = connection.prepareStatement(
                "INSERT INTO shop_order (id, description, amount_minor, currency, status, attempt,"
                        + " checkout_session_id) VALUES (?, ?, ?, ?, 'pending', 1, ?)");
                PreparedStatement attempt = connection.prepareStatement(
                        "INSERT INTO shop_checkout_attempt (challenge_hash, order_id, attempt, nonce, session_id)"
                                + " VALUES (?, ?, 1, ?, ?)");
                PreparedStatement starterAttempt = connection.prepareStatement("INSERT INTO " + STARTER_ATTEMPTS_TABLE
                        + " (order_id, attempt, nonce, active_order_id, state, merchant, amount_minor, currency,"
                        + " session_id, checkout_url, challenge_hash, created_at, updated_at)"
                        + " VALUES (?, 1, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 1; n <= orders; n++) {
                String id = BenchmarkEvents.orderId(n);
                String hash = BenchmarkEvents.challengeHash(n);
                String nonce = "nonce_bench_" + n;
                String session = "chk_bench_" + n;
                order.setString(1, id);
                order.setString(2, "Benchmark order " + n);
                order.setLong(3, BenchmarkEvents.AMOUNT_MINOR);
                order.setString(4, BenchmarkEvents.CURRENCY);
                order.setString(5, session);
                order.addBatch();
                attempt.setString(1, hash);
                attempt.setString(2, id);
                attempt.setString(3, nonce);
                attempt.setString(4, session);
                attempt.addBatch();
                starterAttempt.setString(1, id);
                starterAttempt.setString(2, nonce);
                starterAttempt.setString(3, id);
                starterAttempt.setString(4, BenchmarkEvents.MERCHANT);
                starterAttempt.setLong(5, BenchmarkEvents.AMOUNT_MINOR);
                starterAttempt.setString(6, BenchmarkEvents.CURRENCY);
                starterAttempt.setString(7, session);
                starterAttempt.setString(8, "https://siglume.example/checkout/" + session);
                starterAttempt.setString(9, hash);
                starterAttempt.setTimestamp(10, now);
                starterAttempt.setTimestamp(11, now);
                starterAttempt.addBatch();
                if (n % BATCH == 0 || n == orders) {
                    order.executeBatch();
                    attempt.executeBatch();
                    starterAttempt.executeBatch();
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void check(Connection connection, Map<String, String> options) throws Exception {
        String eventsTable = Options.required(options, "events-table");
        if (!IDENTIFIER.matcher(eventsTable).matches()) {
            throw new IllegalArgumentException("not a table name: " + eventsTable);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("events", count(connection, "SELECT COUNT(*) FROM " + eventsTable));
        counts.put("paid_orders", count(connection,
                "SELECT COUNT(*) FROM shop_order WHERE status = 'paid' AND id LIKE 'bench_order_%'"));
        counts.put("reviews", count(connection, "SELECT COUNT(*) FROM shop_payment_review"));
        Path out = Path.of(Options.required(options, "out"));
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), counts);
        System.out.println("Database after the run: " + counts);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String schema(Map<String, String> options) {
        String schema = Options.required(options, "schema");
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        return schema;
    }

    /** Runs each statement of a script; lines starting with {@code --} are comments. */
    private static void executeScript(Connection connection, String script) throws SQLException {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                execute(connection, statement);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
