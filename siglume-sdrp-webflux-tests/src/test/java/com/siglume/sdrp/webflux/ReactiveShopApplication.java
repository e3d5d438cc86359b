package com.siglume.sdrp.webflux;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A reactive shop: WebFlux, an R2DBC database and listeners that mark orders paid through
 * R2DBC inside the event store's transaction; its review listener is reactive, or {@code void}
 * with {@value #REVIEW_LISTENER}{@code =blocking}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ReactiveShopApplication.PaymentsListener.class, ReactiveShopApplication.ReactiveReviewListener.class,
        ReactiveShopApplication.BlockingReviewListener.class})
public class ReactiveShopApplication {

    /** Property choosing the review listener: {@code reactive} (the default) or {@code blocking}. */
    public static final String REVIEW_LISTENER = "shop.review-listener";

    /**
     * Notes unclassified events with a {@code Mono<Void>} listener: with every listener reactive,
     * the starter records deliveries without a thread waiting.
     */
    @ConditionalOnProperty(name = REVIEW_LISTENER, havingValue = "reactive", matchIfMissing = true)
    public static class ReactiveReviewListener {

        private final PaymentsListener payments;

        public ReactiveReviewListener(PaymentsListener payments) {
            this.payments = payments;
        }

        @SiglumePaymentListener
        Mono<Void> onReview(Unclassified unclassified) {
            payments.noteCall(unclassified.event().id());
            return Mono.empty();
        }
    }

    /**
     * Notes unclassified events with a {@code void} listener: the starter then processes every
     * delivery on a thread that may block.
     */
    @ConditionalOnProperty(name = REVIEW_LISTENER, havingValue = "blocking")
    public static class BlockingReviewListener {

        private final PaymentsListener payments;

        public BlockingReviewListener(PaymentsListener payments) {
            this.payments = payments;
        }

        @SiglumePaymentListener
        void onReview(Unclassified unclassified) {
            payments.noteCall(unclassified.event().id());
        }
    }

    /**
     * Marks an order paid (a row in {@code paid_orders}) for each settled confirmation, through
     * R2DBC in the store's transaction, and can be told to fail.
     */
    public static class PaymentsListener {

        private final DatabaseClient database;
        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final AtomicInteger failNext = new AtomicInteger();
        private final Set<String> threads = new CopyOnWriteArraySet<>();
        private volatile double failureRate;
        private volatile Random failures = new Random(0);
        private final AtomicInteger injectedFailures = new AtomicInteger();

        public PaymentsListener(DatabaseClient database) {
            this.database = database;
        }

        @SiglumePaymentListener
        Mono<Void> onSettled(StandardSettled settled) {
            String id = settled.event().id();
            noteCall(id);
            // The row is written first, so a failure after it proves the rollback.
            Mono<Void> insert = database.sql("INSERT INTO paid_orders (event_id) VALUES (:id)").bind("id", id).then();
            return insert.then(Mono.defer(() -> shouldFail()
                    ? Mono.error(new IllegalStateException("the order service is down"))
                    : Mono.empty()));
        }

        /** Counts a listener call and notes the kind of thread it ran on. */
        void noteCall(String eventId) {
            calls.computeIfAbsent(eventId, key -> new AtomicInteger()).incrementAndGet();
            threads.add(threadKind());
        }

        private boolean shouldFail() {
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return true;
            }
            synchronized (this) {
                if (failureRate > 0 && failures.nextDouble() < failureRate) {
                    injectedFailures.incrementAndGet();
                    return true;
                }
            }
            return false;
        }

        private static String threadKind() {
            return Schedulers.isInNonBlockingThread() ? "non-blocking" : "blocking";
        }

        public int calls(String eventId) {
            AtomicInteger count = calls.get(eventId);
            return count == null ? 0 : count.get();
        }

        public void failNext(int times) {
            failNext.set(times);
        }

        public synchronized void failAtRandom(double rate, long seed) {
            failureRate = rate;
            failures = new Random(seed);
            injectedFailures.set(0);
        }

        public int injectedFailures() {
            return injectedFailures.get();
        }

        /** Whether listeners ever ran on a non-blocking (event-loop) thread. */
        public Set<String> threadKinds() {
            return Set.copyOf(threads);
        }

        public long committedRows(String eventId) {
            return database.sql("SELECT COUNT(*) AS n FROM paid_orders WHERE event_id = :id").bind("id", eventId)
                    .map(row -> row.get("n", Long.class)).one().blockOptional().orElse(0L);
        }

        public long committedRowsStartingWith(String prefix) {
            return database.sql("SELECT COUNT(*) AS n FROM paid_orders WHERE event_id LIKE :prefix")
                    .bind("prefix", prefix + "%").map(row -> row.get("n", Long.class)).one().blockOptional().orElse(0L);
        }
    }
}
