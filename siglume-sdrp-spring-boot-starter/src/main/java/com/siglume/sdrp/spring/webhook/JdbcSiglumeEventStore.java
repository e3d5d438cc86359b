package com.siglume.sdrp.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A durable {@link SiglumeEventStore} on a table in the application's database.
 *
 * <p>{@link #recordOnce} opens one transaction of its own (a caller's transaction is suspended:
 * a duplicate key would otherwise doom it, on PostgreSQL even on the spot), inserts the event
 * row first, then runs the work (the listeners) and commits. The primary key on
 * {@code event_id} makes a second delivery of the same event wait for the first one's row lock
 * and then fail with a duplicate key, which Spring translates into
 * {@link DuplicateKeyException} for H2, PostgreSQL, MariaDB and MySQL alike: the second
 * delivery then rolls back and reports a duplicate without running the work. A work that
 * throws rolls back its insert with everything else, so a later redelivery is processed.
 *
 * <p>The protocol sets no maximum length for an event id or type, while the table's columns
 * hold 255 characters. No event is refused for that: an id longer than the column is stored
 * under {@code sha256:} and the hex SHA-256 digest of its UTF-8 bytes (so redeliveries still
 * find it, and {@link #find} still answers for the full id), and a longer type is cut to the
 * column. The payload column keeps the whole body, full id and type included.
 */
public class JdbcSiglumeEventStore implements SiglumeEventStore {

    /** Name of the table. */
    public static final String TABLE = "siglume_webhook_events";

    private static final String INSERT = "INSERT INTO " + TABLE
            + " (event_id, event_type, kind, reason, status, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT = "SELECT event_id, event_type, kind, reason, status, received_at, payload FROM "
            + TABLE + " WHERE event_id = ?";

    /** Characters the {@code event_id} and {@code event_type} columns hold. */
    static final int COLUMN_LENGTH = 255;

    private static final String DIGEST_PREFIX = "sha256:";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database holding the table
     * @param transactionManager the transaction manager of that database; listeners that use
     *        the same manager take part in the store's transaction
     */
    public JdbcSiglumeEventStore(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean recordOnce(StoredEvent event, Runnable work) {
        Boolean recorded = transactions.execute(status -> {
            try {
                jdbc.update(INSERT, storageKey(event.eventId()), fitColumn(event.eventType()), event.kind(), event.reason(),
                        event.status().wireName(), Timestamp.from(event.receivedAt()), event.payload());
            } catch (DuplicateKeyException duplicate) {
                // PostgreSQL has aborted the transaction at this point; roll back without noise.
                status.setRollbackOnly();
                return Boolean.FALSE;
            }
            work.run();
            return Boolean.TRUE;
        });
        return Boolean.TRUE.equals(recorded);
    }

    @Override
    public Optional<StoredEvent> find(String eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        // The row's key may be a digest; the caller asked for, and gets, the event by its own id.
        List<StoredEvent> rows = jdbc.query(SELECT, (row, index) -> map(eventId, row), storageKey(eventId));
        return rows.stream().findFirst();
    }

    /**
     * The key an event id is stored under: the id itself when the column holds it, else
     * {@code sha256:} and the lowercase hex SHA-256 of its UTF-8 bytes.
     *
     * @param eventId the event id
     * @return the stored key, at most {@link #COLUMN_LENGTH} characters
     */
    static String storageKey(String eventId) {
        if (eventId.length() <= COLUMN_LENGTH) {
            return eventId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return DIGEST_PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Cuts a value to the column, never between the two halves of a surrogate pair. */
    static String fitColumn(String value) {
        if (value == null || value.length() <= COLUMN_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(COLUMN_LENGTH - 1)) ? COLUMN_LENGTH - 1 : COLUMN_LENGTH;
        return value.substring(0, end);
    }

    private static StoredEvent map(String eventId, ResultSet row) throws SQLException {
        return new StoredEvent(eventId, row.getString("event_type"), row.getString("kind"),
                row.getString("reason"), EventStatus.fromWireName(row.getString("status")),
                row.getTimestamp("received_at").toInstant(), row.getString("payload"));
    }

    @Override
    public String toString() {
        return "JdbcSiglumeEventStore[" + TABLE + "]";
    }
}
