package com.siglume.sdrp.spring.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 */
public class JdbcSiglumeEventStore implements SiglumeEventStore {

    /** Name of the table. */
    public static final String TABLE = "siglume_webhook_events";

    private static final String INSERT = "INSERT INTO " + TABLE
            + " (event_id, event_type, kind, reason, status, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT = "SELECT event_id, event_type, kind, reason, status, received_at, payload FROM "
            + TABLE + " WHERE event_id = ?";

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
                jdbc.update(INSERT, event.eventId(), event.eventType(), event.kind(), event.reason(),
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
        List<StoredEvent> rows = jdbc.query(SELECT, JdbcSiglumeEventStore::map, eventId);
        return rows.stream().findFirst();
    }

    private static StoredEvent map(ResultSet row, int index) throws SQLException {
        return new StoredEvent(row.getString("event_id"), row.getString("event_type"), row.getString("kind"),
                row.getString("reason"), EventStatus.fromWireName(row.getString("status")),
                row.getTimestamp("received_at").toInstant(), row.getString("payload"));
    }

    @Override
    public String toString() {
        return "JdbcSiglumeEventStore[" + TABLE + "]";
    }
}
