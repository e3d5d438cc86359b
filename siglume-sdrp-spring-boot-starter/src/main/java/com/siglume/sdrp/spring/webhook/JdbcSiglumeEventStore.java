package com.siglume.sdrp.spring.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
 * <p>The protocol sets no maximum length for an event id or type and no character set beyond
 * JSON's, while the table's columns hold 255 characters and databases refuse some characters
 * (PostgreSQL refuses U+0000; drivers write an unpaired surrogate as {@code ?}). No event is
 * refused for that, and no two ids share a row: an id longer than the column or containing
 * U+0000 is stored under {@code sha256:} and the hex SHA-256 digest of its UTF-8 bytes, and an
 * id with an unpaired surrogate (which UTF-8 cannot carry) under {@code sha256-utf16:} and the
 * digest of its UTF-16 code units. Redeliveries find the same key, and {@link #find} still
 * answers for the full id. A type is stored with U+0000 and unpaired surrogates replaced by
 * U+FFFD and cut to the column. The payload column keeps the whole body, full id and type
 * included, until {@link #purgePayloads} clears it.
 *
 * <p>When the database refuses the event row itself with a data integrity violation other than
 * the duplicate key (a value too long or not valid in its encoding for a table created
 * differently, for example), no redelivery can succeed either: {@link #recordOnce} then throws
 * {@link UnstorableEventException} without running the work. Every other database failure
 * (a lost connection, a missing table) is thrown as it is, so the delivery is answered 5xx and
 * retried.
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

    private static final String PURGE = "UPDATE " + TABLE + " SET payload = ? WHERE received_at < ? AND payload <> ?";

    /** What a purged payload is stored as: no event body is empty, and old NOT NULL columns take it. */
    private static final String PURGED = "";

    private static final String DIGEST_PREFIX = "sha256:";

    private static final String UTF16_DIGEST_PREFIX = "sha256-utf16:";

    private static final char REPLACEMENT = '\uFFFD';

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
                jdbc.update(INSERT, storageKey(event.eventId()), storableType(event.eventType()), event.kind(),
                        event.reason(), event.status().wireName(), Timestamp.from(event.receivedAt()), event.payload());
            } catch (DuplicateKeyException duplicate) {
                // PostgreSQL has aborted the transaction at this point; roll back without noise.
                status.setRollbackOnly();
                return Boolean.FALSE;
            } catch (DataIntegrityViolationException refused) {
                throw unstorable(event, refused);
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
     * Clears the stored payload of every event received before the given instant. The rows
     * stay, so those events are still recognised as duplicates and {@link #find} still
     * answers for them, with a {@code null} payload.
     *
     * @param receivedBefore events received earlier lose their payload
     * @return how many payloads were cleared
     */
    public int purgePayloads(Instant receivedBefore) {
        return jdbc.update(PURGE, PURGED, Timestamp.from(receivedBefore), PURGED);
    }

    /**
     * The key an event id is stored under: the id itself when the column holds it and every
     * database accepts it; else {@code sha256:} and the lowercase hex SHA-256 of its UTF-8
     * bytes; for an id with an unpaired surrogate, which UTF-8 cannot carry,
     * {@code sha256-utf16:} and the digest of its UTF-16 code units (big-endian).
     *
     * @param eventId the event id
     * @return the stored key, at most {@link #COLUMN_LENGTH} characters
     */
    static String storageKey(String eventId) {
        if (!isWellFormed(eventId)) {
            byte[] codeUnits = new byte[eventId.length() * 2];
            ByteBuffer.wrap(codeUnits).asCharBuffer().put(eventId);
            return UTF16_DIGEST_PREFIX + sha256(codeUnits);
        }
        if (eventId.length() <= COLUMN_LENGTH && eventId.indexOf('\0') < 0) {
            return eventId;
        }
        return DIGEST_PREFIX + sha256(eventId.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The type as stored: U+0000 and unpaired surrogates replaced by U+FFFD, cut to the column
     * (never between the two halves of a surrogate pair).
     */
    static @Nullable String storableType(String type) {
        if (type == null) {
            return null;
        }
        StringBuilder storable = new StringBuilder(Math.min(type.length(), COLUMN_LENGTH));
        for (int i = 0; i < type.length() && storable.length() < COLUMN_LENGTH; i++) {
            char c = type.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < type.length() && Character.isLowSurrogate(type.charAt(i + 1))) {
                if (storable.length() + 2 > COLUMN_LENGTH) {
                    break;
                }
                storable.append(c).append(type.charAt(++i));
            } else {
                storable.append(c == '\0' || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return storable.toString();
    }

    /** Whether every surrogate in the value is half of a pair. */
    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static UnstorableEventException unstorable(StoredEvent event, DataIntegrityViolationException refused) {
        Throwable cause = refused.getMostSpecificCause();
        return unstorable(event, refused, cause instanceof SQLException sql
                ? "SQLState " + sql.getSQLState() + ", error code " + sql.getErrorCode()
                : cause.getClass().getName());
    }

    /**
     * Names the event and the kind of refusal only: the database's message may quote the payload.
     *
     * @param detail the database's error code, for example {@code SQLState 22001, error code 0}
     */
    static UnstorableEventException unstorable(StoredEvent event, Throwable refused, String detail) {
        return new UnstorableEventException("event " + printable(event.eventId()) + " (" + printable(event.eventType())
                + ") cannot be stored: the database refused its row (" + refused.getClass().getSimpleName() + ", "
                + detail + ")", refused);
    }

    /** The value with control characters and surrogates escaped, cut to the column, for a log line. */
    static String printable(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), COLUMN_LENGTH);
        StringBuilder printable = new StringBuilder(shown + 3);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                printable.append(String.format("\\u%04x", (int) c));
            } else {
                printable.append(c);
            }
        }
        return shown < value.length() ? printable.append("...").toString() : printable.toString();
    }

    private static StoredEvent map(String eventId, ResultSet row) throws SQLException {
        return new StoredEvent(eventId, row.getString("event_type"), row.getString("kind"),
                row.getString("reason"), EventStatus.fromWireName(row.getString("status")),
                row.getTimestamp("received_at").toInstant(), purgedAsNull(row.getString("payload")));
    }

    static @Nullable String purgedAsNull(@Nullable String payload) {
        return payload == null || PURGED.equals(payload) ? null : payload;
    }

    @Override
    public String toString() {
        return "JdbcSiglumeEventStore[" + TABLE + "]";
    }
}
