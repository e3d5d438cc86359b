package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerReactorContext;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionContextManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * A durable {@link SiglumeEventStore} on the {@value JdbcSiglumeEventStore#TABLE} table of a
 * reactive (R2DBC) database, with the rules of {@link JdbcSiglumeEventStore}: the same columns
 * and stored keys, the event row inserted first in a transaction of its own, a duplicate key
 * meaning "already processed", a listener failure rolling everything back, a row the database
 * refuses for good reported as {@link UnstorableEventException}.
 *
 * <p>{@link #recordOnce} runs the listeners on the calling thread, inside the reactive
 * transaction: a listener returning a {@code Mono<Void>} subscribes with the transaction's
 * Reactor context ({@link SiglumeListenerReactorContext}), so its R2DBC work on the same
 * {@link ConnectionFactory} and transaction manager (a {@code DatabaseClient}, a Spring Data
 * R2DBC repository) commits or rolls back with the event row. The calling thread waits for each
 * database step, so this store refuses to run on a non-blocking (event-loop) thread; the WebFlux
 * endpoint calls it on {@link Schedulers#boundedElastic()} when some listener is {@code void}.
 * When every listener returns a publisher, the endpoint records through
 * {@link #recordOnceReactively} instead: the same unit of work in a {@link TransactionalOperator}
 * transaction, with no thread waiting.
 */
public class R2dbcSiglumeEventStore implements SiglumeEventStore, ReactiveEventRecording {

    private static final String INSERT = "INSERT INTO " + JdbcSiglumeEventStore.TABLE
            + " (event_id, event_type, kind, reason, status, received_at, payload)"
            + " VALUES (:eventId, :eventType, :kind, :reason, :status, :receivedAt, :payload)";

    private static final String SELECT = "SELECT event_type, kind, reason, status, received_at, payload FROM "
            + JdbcSiglumeEventStore.TABLE + " WHERE event_id = :eventId";

    private final DatabaseClient database;
    private final ReactiveTransactionManager transactionManager;
    // TIMESTAMP columns hold local time, as the JDBC store writes them (java.sql.Timestamp).
    private final ZoneId zone = ZoneId.systemDefault();

    /**
     * Creates the store.
     *
     * @param connectionFactory the database holding the table
     * @param transactionManager the reactive transaction manager of that database; listeners
     *        whose R2DBC work uses it take part in the store's transaction
     */
    public R2dbcSiglumeEventStore(ConnectionFactory connectionFactory, ReactiveTransactionManager transactionManager) {
        this.database = DatabaseClient.create(connectionFactory);
        this.transactionManager = transactionManager;
    }

    @Override
    public boolean recordOnce(StoredEvent event, Runnable work) {
        requireBlockingThread();
        ContextView transactionContext = newTransactionContext();
        ReactiveTransaction transaction = within(transactionContext, transactionManager.getReactiveTransaction(
                TransactionDefinition.withDefaults()));
        try {
            within(transactionContext, insert(event));
        } catch (DuplicateKeyException duplicate) {
            // PostgreSQL has aborted the transaction at this point; roll back without noise.
            within(transactionContext, transactionManager.rollback(transaction));
            return false;
        } catch (RuntimeException failure) {
            rollbackAfter(failure, transactionContext, transaction);
            throw refusedForGood(failure) ? unstorable(event, failure) : failure;
        } catch (Error failure) {
            rollbackAfter(failure, transactionContext, transaction);
            throw failure;
        }
        try {
            SiglumeListenerReactorContext.runWithin(transactionContext, work);
        } catch (RuntimeException | Error failure) {
            rollbackAfter(failure, transactionContext, transaction);
            throw failure;
        }
        within(transactionContext, transactionManager.commit(transaction));
        return true;
    }

    @Override
    public CompletableFuture<Boolean> recordOnceReactively(StoredEvent event, List<PaymentListenerMethod> listeners,
            VerifiedWebhook delivery, @Nullable Object payload) {
        // The insert's own failures are told apart from the listeners': a listener's duplicate key is a failure.
        Mono<Void> insert = insert(event)
                .onErrorMap(R2dbcSiglumeEventStore::refusedForGood, refused -> unstorable(event, refused))
                .onErrorMap(DuplicateKeyException.class, AlreadyRecorded::new)
                .then();
        Mono<Void> work = Flux.fromIterable(listeners)
                .concatMap(listener -> Flux.from(SiglumeListenerReactorContext.publish(listener, delivery, payload)).then())
                .then();
        return insert.then(work).thenReturn(true)
                .as(TransactionalOperator.create(transactionManager)::transactional)
                .onErrorResume(AlreadyRecorded.class, duplicate -> Mono.just(false))
                .toFuture();
    }

    /** The event's row exists: the transaction is rolled back and the delivery is a duplicate. */
    private static final class AlreadyRecorded extends RuntimeException {

        AlreadyRecorded(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    @Override
    public Optional<StoredEvent> find(String eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        requireBlockingThread();
        // The row's key may be a digest; the caller asked for, and gets, the event by its own id.
        return Optional.ofNullable(database.sql(SELECT)
                .bind("eventId", JdbcSiglumeEventStore.storageKey(eventId))
                .map(row -> map(eventId, row))
                .first()
                .block());
    }

    private Mono<Long> insert(StoredEvent event) {
        DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT)
                .bind("eventId", JdbcSiglumeEventStore.storageKey(event.eventId()))
                .bind("eventType", JdbcSiglumeEventStore.storableType(event.eventType()))
                .bind("kind", event.kind())
                .bind("status", event.status().wireName())
                .bind("receivedAt", LocalDateTime.ofInstant(event.receivedAt(), zone));
        insert = event.reason() == null ? insert.bindNull("reason", String.class) : insert.bind("reason", event.reason());
        insert = event.payload() == null ? insert.bindNull("payload", String.class)
                : insert.bind("payload", event.payload());
        return insert.fetch().rowsUpdated();
    }

    private StoredEvent map(String eventId, Readable row) {
        LocalDateTime receivedAt = row.get("received_at", LocalDateTime.class);
        return new StoredEvent(eventId, row.get("event_type", String.class), row.get("kind", String.class),
                row.get("reason", String.class), EventStatus.fromWireName(row.get("status", String.class)),
                receivedAt.atZone(zone).toInstant(),
                JdbcSiglumeEventStore.purgedAsNull(row.get("payload", String.class)));
    }

    /**
     * A Reactor context holding a new, empty transaction context, as {@code TransactionalOperator}
     * creates one, kept so each step of the unit of work (begin, insert, listeners, commit) sees
     * the same transaction.
     */
    private static ContextView newTransactionContext() {
        return Mono.deferContextual(Mono::just)
                .contextWrite(TransactionContextManager.getOrCreateContext())
                .contextWrite(TransactionContextManager.getOrCreateContextHolder())
                .block();
    }

    private static <T> T within(ContextView transactionContext, Mono<T> step) {
        return step.contextWrite(Context.of(transactionContext)).block();
    }

    private void rollbackAfter(Throwable failure, ContextView transactionContext, ReactiveTransaction transaction) {
        try {
            within(transactionContext, transactionManager.rollback(transaction));
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void requireBlockingThread() {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("The R2DBC Siglume event store was called on the non-blocking thread "
                    + Thread.currentThread().getName() + "; call it from Schedulers.boundedElastic(), as the WebFlux"
                    + " webhook endpoint does");
        }
    }

    /**
     * Whether the insert failed because the database refuses this row for good: an integrity
     * violation other than the duplicate key, or a data exception (SQLState class 22, a value
     * too long), which some drivers (H2's) report without a Spring category.
     */
    private static boolean refusedForGood(Throwable failure) {
        if (failure instanceof DuplicateKeyException) {
            return false;
        }
        if (failure instanceof DataIntegrityViolationException) {
            return true;
        }
        R2dbcException cause = r2dbcCause(failure);
        String sqlState = cause == null ? null : cause.getSqlState();
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
    }

    private static UnstorableEventException unstorable(StoredEvent event, Throwable refused) {
        R2dbcException cause = r2dbcCause(refused);
        return JdbcSiglumeEventStore.unstorable(event, refused, cause != null
                ? "SQLState " + cause.getSqlState() + ", error code " + cause.getErrorCode()
                : refused.getClass().getName());
    }

    /** The driver's exception a Spring data access exception wraps. */
    private static @Nullable R2dbcException r2dbcCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc) {
                return r2dbc;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "R2dbcSiglumeEventStore[" + JdbcSiglumeEventStore.TABLE + "]";
    }
}
