package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStoreSchemaInitializer;
import com.siglume.sdrp.spring.webhook.StoredEvent;
import com.siglume.sdrp.spring.webhook.UnstorableEventException;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookVerifier;
import io.r2dbc.h2.CloseableConnectionFactory;
import io.r2dbc.h2.H2ConnectionFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The R2DBC store's reactive recording, the unit of work of a WebFlux endpoint whose listeners
 * are all reactive: the event row and the listeners' writes commit together, a duplicate is
 * told apart from a listener's own duplicate key, a failure, signalled or thrown, leaves
 * nothing behind, and a row the database refuses for good is unstorable (here H2's "value too
 * long", which its R2DBC driver reports without a Spring category).
 */
class R2dbcReactiveRecordingTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory")
            .withBean(Listeners.class);

    private CloseableConnectionFactory connections;
    private DatabaseClient database;
    private R2dbcSiglumeEventStore store;

    /** Two reactive listeners, in order, each doing what the test gives it. */
    public static class Listeners {

        volatile Supplier<Mono<Void>> first = Mono::empty;
        volatile Supplier<Mono<Void>> second = Mono::empty;

        @SiglumePaymentListener
        @Order(1)
        public Mono<Void> first(StandardSettled settled) {
            return first.get();
        }

        @SiglumePaymentListener
        @Order(2)
        public Mono<Void> second(StandardSettled settled) {
            return second.get();
        }
    }

    @BeforeEach
    void createStore() {
        connections = H2ConnectionFactory.inMemory("recording_" + UUID.randomUUID());
        new R2dbcSiglumeEventStoreSchemaInitializer(connections, DatabaseInitializationMode.ALWAYS)
                .initializeDatabase();
        database = DatabaseClient.create(connections);
        database.sql("CREATE TABLE marks (mark VARCHAR(64) PRIMARY KEY)").then().block();
        store = new R2dbcSiglumeEventStore(connections, new R2dbcTransactionManager(connections));
    }

    @AfterEach
    void closeDatabase() {
        connections.close();
    }

    @Test
    void aNewEventIsRecordedWithItsListenersWritesInOrder() throws Exception {
        StoredEvent event = event();

        boolean recorded = record(event, mark("first"), mark("second")).get(5, TimeUnit.SECONDS);

        assertThat(recorded).isTrue();
        assertThat(store.find(event.eventId())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.PROCESSED);
            assertThat(stored.payload()).isEqualTo(event.payload());
        });
        assertThat(marks()).containsExactly("first", "second");
    }

    @Test
    void aRecordedEventIsADuplicateAndItsListenersAreNotCalled() throws Exception {
        StoredEvent event = event();
        record(event, mark("once"), Mono::empty).get(5, TimeUnit.SECONDS);
        AtomicInteger calls = new AtomicInteger();

        boolean again = record(event, () -> {
            calls.incrementAndGet();
            return Mono.empty();
        }, Mono::empty).get(5, TimeUnit.SECONDS);

        assertThat(again).isFalse();
        assertThat(calls).hasValue(0);
        assertThat(marks()).containsExactly("once");
    }

    @Test
    void aListenerSignallingAnErrorRollsTheEventAndEarlierWritesBack() {
        StoredEvent event = event();

        Throwable failure = failureOf(record(event, mark("written"),
                () -> Mono.error(new IllegalStateException("the order service is down"))));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("the order service is down");
        assertNothingRecorded(event);
    }

    @Test
    void aListenerThrowingBeforeItReturnsAPublisherRollsEverythingBack() {
        StoredEvent event = event();

        Throwable failure = failureOf(record(event, mark("written"), () -> {
            throw new IllegalArgumentException("no such order");
        }));

        assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessage("no such order");
        assertNothingRecorded(event);
    }

    @Test
    void aListenersOwnDuplicateKeyIsAFailureNotADuplicateDelivery() {
        StoredEvent event = event();

        Throwable failure = failureOf(record(event, mark("same"), mark("same")));

        assertThat(failure).isInstanceOf(DuplicateKeyException.class);
        assertNothingRecorded(event);
    }

    @Test
    void anEventTheDatabaseRefusesForGoodIsUnstorableAndNoListenerRuns() {
        StoredEvent event = event();
        StoredEvent refused = withKindTooLong(event);
        AtomicInteger calls = new AtomicInteger();

        Throwable failure = failureOf(record(refused, () -> {
            calls.incrementAndGet();
            return Mono.empty();
        }, Mono::empty));

        assertThat(failure).isInstanceOf(UnstorableEventException.class).hasMessageContaining("SQLState 22001")
                .hasMessageNotContaining("kkkk");
        assertThat(calls).hasValue(0);
        assertThat(store.find(event.eventId())).isEmpty();
    }

    @Test
    void theWaitingRecordingRefusesTheSameEventAsUnstorableToo() {
        StoredEvent event = event();
        StoredEvent refused = withKindTooLong(event);
        AtomicInteger calls = new AtomicInteger();

        Throwable failure = catchThrowable(() -> store.recordOnce(refused, calls::incrementAndGet));

        assertThat(failure).isInstanceOf(UnstorableEventException.class).hasMessageContaining("SQLState 22001")
                .hasMessageNotContaining("kkkk");
        assertThat(calls).hasValue(0);
        assertThat(store.find(event.eventId())).isEmpty();
    }

    /** Neither the event row nor any listener's write was committed. */
    private void assertNothingRecorded(StoredEvent event) {
        assertThat(store.find(event.eventId())).isEmpty();
        assertThat(marks()).isEmpty();
    }

    /** The event with a kind longer than its column, a row the database refuses for good. */
    private static StoredEvent withKindTooLong(StoredEvent event) {
        return new StoredEvent(event.eventId(), event.eventType(), "k".repeat(100), event.reason(), event.status(),
                event.receivedAt(), event.payload());
    }

    private static StoredEvent event() {
        return new StoredEvent("evt_" + UUID.randomUUID(), "direct_payment.confirmed", "standard_settled", null,
                EventStatus.PROCESSED, Instant.now().truncatedTo(ChronoUnit.MILLIS), "{\"id\":\"evt\"}");
    }

    private Supplier<Mono<Void>> mark(String mark) {
        return () -> database.sql("INSERT INTO marks (mark) VALUES (:mark)").bind("mark", mark).then();
    }

    /**
     * Records a settled confirmation of the event's id through the store, with the context's two
     * listeners doing {@code first} and {@code second}.
     */
    private CompletableFuture<Boolean> record(StoredEvent event, Supplier<Mono<Void>> first,
            Supplier<Mono<Void>> second) {
        AtomicReference<CompletableFuture<Boolean>> recording = new AtomicReference<>();
        runner.run(context -> {
            Listeners listeners = context.getBean(Listeners.class);
            listeners.first = first;
            listeners.second = second;
            List<PaymentListenerMethod> methods = context.getBean(SiglumeListenerRegistry.class).listeners();
            assertThat(methods).hasSize(2).allMatch(PaymentListenerMethod::returnsPublisher);
            byte[] body = TestWebhooks.standardSettled(event.eventId());
            VerifiedWebhook delivery = WebhookVerifier.builder().secret(TestWebhooks.SECRET).build()
                    .verify(body, TestWebhooks.sign(body));
            CompletableFuture<Boolean> recorded = store.recordOnceReactively(event, methods, delivery,
                    PaymentConfirmations.classify(delivery.event()));
            // The listeners' publishers complete before the context closes.
            recorded.handle((value, failure) -> null).get(5, TimeUnit.SECONDS);
            recording.set(recorded);
        });
        return recording.get();
    }

    private List<String> marks() {
        return database.sql("SELECT mark FROM marks ORDER BY mark").map(row -> row.get("mark", String.class)).all()
                .collectList().block();
    }

    private static Throwable failureOf(CompletableFuture<Boolean> recording) {
        Throwable thrown = catchThrowable(() -> recording.get(5, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }
}
