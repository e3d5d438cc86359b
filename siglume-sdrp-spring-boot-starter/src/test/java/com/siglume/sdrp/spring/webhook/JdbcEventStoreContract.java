package com.siglume.sdrp.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What every database must do for the JDBC event store: its schema script runs, duplicates
 * are detected through Spring's translation, the listener work shares the insert's
 * transaction, and a concurrent second delivery waits and then sees the first.
 */
abstract class JdbcEventStoreContract {

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcSiglumeEventStore store;

    /**
     * Returns a DataSource on a new, empty database of this test's own, opening a new connection
     * per request.
     *
     * @return the database
     */
    abstract DataSource dataSource();

    @BeforeEach
    void createSchema() {
        dataSource = dataSource();
        jdbc = new JdbcTemplate(dataSource);
        // Twice: the script must be safe to run on every start.
        assertThat(new SiglumeEventStoreSchemaInitializer(dataSource, DatabaseInitializationMode.ALWAYS)
                .initializeDatabase()).isTrue();
        new SiglumeEventStoreSchemaInitializer(dataSource, DatabaseInitializationMode.ALWAYS).initializeDatabase();
        jdbc.execute("CREATE TABLE IF NOT EXISTS siglume_starter_test_marks (event_id VARCHAR(255) NOT NULL)");
        store = new JdbcSiglumeEventStore(dataSource, new DataSourceTransactionManager(dataSource));
    }

    @Test
    void recordsANewEventWithAllItsFields() {
        StoredEvent event = event(EventStatus.REVIEW, "missing_standard_settlement_fields");
        AtomicInteger runs = new AtomicInteger();
        assertThat(store.recordOnce(event, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
        StoredEvent found = store.find(event.eventId()).orElseThrow();
        assertThat(found).isEqualTo(event);
    }

    @Test
    void idAndTypeLongerThanTheirColumnsAreRecordedOnceAndFoundByTheFullId() {
        String longId = "evt_" + "x".repeat(1_000) + UUID.randomUUID();
        String sibling = longId.substring(0, longId.length() - 1) + (longId.endsWith("0") ? "1" : "0");
        String longType = "direct_payment." + "t".repeat(400);
        String payload = "{\"id\":\"" + longId + "\",\"type\":\"" + longType + "\"}";
        StoredEvent event = new StoredEvent(longId, longType, "none", null, EventStatus.IGNORED,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), payload);
        AtomicInteger runs = new AtomicInteger();

        assertThat(store.recordOnce(event, runs::incrementAndGet)).isTrue();
        assertThat(store.recordOnce(event, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
        StoredEvent found = store.find(longId).orElseThrow();
        assertThat(found.eventId()).isEqualTo(longId);
        assertThat(found.eventType()).isEqualTo(longType.substring(0, JdbcSiglumeEventStore.COLUMN_LENGTH));
        assertThat(found.payload()).isEqualTo(payload);
        assertThat(jdbc.queryForObject("SELECT event_id FROM siglume_webhook_events WHERE payload = ?", String.class,
                payload)).startsWith("sha256:").hasSize("sha256:".length() + 64);

        // An id that differs in its last character is another event.
        assertThat(store.find(sibling)).isEmpty();
        assertThat(store.recordOnce(new StoredEvent(sibling, longType, "none", null,
                EventStatus.IGNORED, Instant.now(), payload), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void idWithNulIsRecordedOnceUnderADigestAndNeverCollides() {
        String id = "evt_" + UUID.randomUUID() + "\u0000tail";
        String prefix = id.substring(0, id.indexOf('\u0000'));
        AtomicInteger runs = new AtomicInteger();
        assertThat(store.recordOnce(event(id, "direct_payment.confirmed"), runs::incrementAndGet)).isTrue();
        assertThat(store.recordOnce(event(id, "direct_payment.confirmed"), runs::incrementAndGet)).isFalse();
        assertThat(store.find(id).orElseThrow().eventId()).isEqualTo(id);
        assertThat(storedKey(id)).startsWith("sha256:").hasSize("sha256:".length() + 64);
        // The id cut at the NUL, and the id with the NUL dropped, are other events.
        assertThat(store.recordOnce(event(prefix, "direct_payment.confirmed"), runs::incrementAndGet)).isTrue();
        assertThat(store.recordOnce(event(id.replace("\u0000", ""), "direct_payment.confirmed"), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(3);
    }

    @Test
    void idsDifferingOnlyInUnpairedSurrogatesAreTwoEvents() {
        String base = "evt_" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        for (String id : List.of(base + "\ud800", base + "\udbff", base + "\udc00x", base + "?")) {
            assertThat(store.recordOnce(event(id, "direct_payment.confirmed"), runs::incrementAndGet)).as(id).isTrue();
            assertThat(store.recordOnce(event(id, "direct_payment.confirmed"), runs::incrementAndGet)).as(id).isFalse();
            assertThat(store.find(id).orElseThrow().eventId()).isEqualTo(id);
        }
        assertThat(runs).hasValue(4);
        assertThat(storedKey(base + "\ud800")).startsWith("sha256-utf16:").isNotEqualTo(storedKey(base + "\udbff"));
        // A well-formed pair is an ordinary id.
        String paired = base + "\ud83d\ude00";
        assertThat(store.recordOnce(event(paired, "direct_payment.confirmed"), runs::incrementAndGet)).isTrue();
        assertThat(storedKey(paired)).isEqualTo(paired);
    }

    @Test
    void typeWithNulOrUnpairedSurrogatesIsStoredInAFormTheDatabaseAccepts() {
        String id = "evt_" + UUID.randomUUID();
        assertThat(store.recordOnce(event(id, "direct_payment.confirmed\u0000\ud800x\ud83d\ude00"), () -> { })).isTrue();
        assertThat(store.find(id).orElseThrow().eventType()).isEqualTo("direct_payment.confirmed\ufffd\ufffdx\ud83d\ude00");
    }

    @Test
    void purgeClearsOldPayloadsAndKeepsTheRowsSoDuplicatesAreStillRecognised() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StoredEvent old = withReceivedAt(event(EventStatus.PROCESSED, null), now.minus(2, ChronoUnit.DAYS));
        StoredEvent recent = withReceivedAt(event(EventStatus.PROCESSED, null), now.minus(1, ChronoUnit.HOURS));
        assertThat(store.recordOnce(old, () -> { })).isTrue();
        assertThat(store.recordOnce(recent, () -> { })).isTrue();

        assertThat(store.purgePayloads(now.minus(1, ChronoUnit.DAYS))).isEqualTo(1);

        StoredEvent purged = store.find(old.eventId()).orElseThrow();
        assertThat(purged.payload()).isNull();
        assertThat(purged).isEqualTo(new StoredEvent(old.eventId(), old.eventType(), old.kind(), old.reason(),
                old.status(), old.receivedAt(), null));
        assertThat(store.find(recent.eventId()).orElseThrow()).isEqualTo(recent);
        AtomicInteger runs = new AtomicInteger();
        assertThat(store.recordOnce(old, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(0);
        assertThat(store.purgePayloads(now.minus(1, ChronoUnit.DAYS))).isZero();
    }

    @Test
    void aRowTheDatabaseRefusesIsUnstorableAndRunsNothing() {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        StoredEvent refused = new StoredEvent(event.eventId(), event.eventType(), "k".repeat(100), event.reason(),
                event.status(), event.receivedAt(), event.payload());
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> store.recordOnce(refused, runs::incrementAndGet))
                .isInstanceOf(UnstorableEventException.class)
                .hasMessageContaining(event.eventId()).hasMessageContaining("SQLState")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(event.payload(), "kkkk"));
        assertThat(runs).hasValue(0);
        assertThat(store.find(event.eventId())).isEmpty();
        assertThat(store.recordOnce(event, runs::incrementAndGet)).isTrue();
    }

    @Test
    void theWorksOwnIntegrityViolationIsThrownAsItIsAndRollsBack() {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        assertThatThrownBy(() -> store.recordOnce(event, () -> jdbc.update(
                "INSERT INTO siglume_starter_test_marks (event_id) VALUES (?)", "m".repeat(300))))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .isNotInstanceOf(UnstorableEventException.class);
        assertThat(store.find(event.eventId())).isEmpty();
    }

    @Test
    void secondRecordOfTheSameIdIsADuplicateAndRunsNothing() {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        assertThat(store.recordOnce(event, () -> mark(event))).isTrue();
        AtomicInteger runs = new AtomicInteger();
        assertThat(store.recordOnce(event, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(0);
        assertThat(marks(event)).isEqualTo(1);
    }

    @Test
    void failingWorkRollsBackTheInsertAndItsOwnWrites() {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        assertThatThrownBy(() -> store.recordOnce(event, () -> {
            mark(event);
            throw new IllegalStateException("listener failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("listener failed");
        assertThat(store.find(event.eventId())).isEmpty();
        assertThat(marks(event)).isZero();
        assertThat(store.recordOnce(event, () -> mark(event))).isTrue();
        assertThat(marks(event)).isEqualTo(1);
    }

    @Test
    void duplicateInsideACallersTransactionLeavesThatTransactionUsable() {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        StoredEvent callerMark = event(EventStatus.PROCESSED, null);
        assertThat(store.recordOnce(event, () -> { })).isTrue();
        org.springframework.transaction.support.TransactionTemplate caller =
                new org.springframework.transaction.support.TransactionTemplate(
                        new DataSourceTransactionManager(dataSource));
        Boolean duplicate = caller.execute(status -> {
            mark(callerMark);
            boolean recorded = store.recordOnce(event, () -> { });
            mark(callerMark);
            return !recorded;
        });
        assertThat(duplicate).isTrue();
        assertThat(marks(callerMark)).isEqualTo(2);
    }

    @Test
    void concurrentSecondDeliveryWaitsForTheFirstAndIsADuplicate() throws Exception {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> results = deliverTwiceWhileTheFirstHoldsItsTransaction(event, () -> {
            runs.incrementAndGet();
            mark(event);
        }, false);
        assertThat(results).containsExactly(true, false);
        assertThat(runs).hasValue(1);
        assertThat(marks(event)).isEqualTo(1);
    }

    @Test
    void concurrentSecondDeliveryProcessesTheEventWhenTheFirstRollsBack() throws Exception {
        StoredEvent event = event(EventStatus.PROCESSED, null);
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> results = deliverTwiceWhileTheFirstHoldsItsTransaction(event, () -> {
            runs.incrementAndGet();
            mark(event);
        }, true);
        assertThat(results).containsExactly(null, true);
        assertThat(runs).hasValue(2);
        assertThat(marks(event)).isEqualTo(1);
    }

    /**
     * The first delivery inserts and then waits inside its transaction until the second has
     * been started; returns both results ({@code null} for a delivery that threw).
     */
    private List<Boolean> deliverTwiceWhileTheFirstHoldsItsTransaction(StoredEvent event, Runnable work,
            boolean firstFails) throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> store.recordOnce(event, () -> {
                work.run();
                firstInside.countDown();
                await(secondStarted);
                // Give the second delivery time to reach the row lock; the outcome holds either way.
                sleep(200);
                if (firstFails) {
                    throw new IllegalStateException("first delivery failed");
                }
            }));
            assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = pool.submit(() -> {
                secondStarted.countDown();
                return store.recordOnce(event, work);
            });
            List<Boolean> results = new ArrayList<>();
            try {
                results.add(first.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).hasMessage("first delivery failed");
                results.add(null);
            }
            results.add(second.get(60, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private StoredEvent event(EventStatus status, String reason) {
        String id = "evt_" + UUID.randomUUID();
        return new StoredEvent(id, "direct_payment.confirmed", reason == null ? "standard_settled" : "unknown", reason,
                status, Instant.now().truncatedTo(ChronoUnit.MILLIS), "{\"id\":\"" + id + "\",\"note\":\"日本語\"}");
    }

    private static StoredEvent event(String id, String type) {
        return new StoredEvent(id, type, "none", null, EventStatus.IGNORED, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "{\"id\":\"" + escaped(id) + "\",\"type\":\"" + escaped(type) + "\"}");
    }

    /** As a JSON body carries them: control characters and surrogates as escapes. */
    private static String escaped(String value) {
        StringBuilder json = new StringBuilder();
        value.chars().forEach(c -> json.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return json.toString();
    }

    private static StoredEvent withReceivedAt(StoredEvent event, Instant receivedAt) {
        return new StoredEvent(event.eventId(), event.eventType(), event.kind(), event.reason(), event.status(),
                receivedAt, event.payload());
    }

    /** The key the row is stored under, found by the event's unique payload. */
    private String storedKey(String id) {
        return jdbc.queryForObject("SELECT event_id FROM siglume_webhook_events WHERE payload = ?", String.class,
                store.find(id).orElseThrow().payload());
    }

    private void mark(StoredEvent event) {
        jdbc.update("INSERT INTO siglume_starter_test_marks (event_id) VALUES (?)", event.eventId());
    }

    private int marks(StoredEvent event) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM siglume_starter_test_marks WHERE event_id = ?",
                Integer.class, event.eventId());
        return count == null ? 0 : count;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
