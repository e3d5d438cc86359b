package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The watcher that ends blocking HTTP calls at their deadline without a thread hand-off per call. */
class DeadlineWatchTest {

    private static final long BOUND_MILLIS = 5_000;

    @Test
    void passedDeadlineRunsItsActionOnceAndDisarmReportsIt() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        long start = System.nanoTime();
        DeadlineWatch.Deadline deadline = DeadlineWatch.arm(Duration.ofMillis(100), () -> {
            runs.incrementAndGet();
            ran.countDown();
        });

        assertThat(ran.await(BOUND_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(elapsed).isGreaterThanOrEqualTo(100).isLessThan(BOUND_MILLIS);
        assertThat(deadline.disarm()).isTrue();
        assertThat(deadline.disarm()).isTrue();
        Thread.sleep(3 * DeadlineWatch.TICK.toMillis());
        assertThat(runs).hasValue(1);
    }

    @Test
    void disarmedDeadlineNeverRunsItsAction() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        DeadlineWatch.Deadline deadline = DeadlineWatch.arm(Duration.ofMillis(30), runs::incrementAndGet);

        assertThat(deadline.disarm()).isFalse();
        Thread.sleep(30 + 5 * DeadlineWatch.TICK.toMillis());
        assertThat(runs).hasValue(0);
        assertThat(deadline.disarm()).isFalse();
    }

    @Test
    void deadlineArmedAfterTheWatcherWentIdleStillFires() throws InterruptedException {
        // Make sure the watcher has seen a deadline, then leave it alone long enough to park idle.
        DeadlineWatch.arm(Duration.ofMillis(1), () -> { }).disarm();
        Thread.sleep(1_500);

        CountDownLatch ran = new CountDownLatch(1);
        DeadlineWatch.arm(Duration.ofMillis(50), ran::countDown);
        assertThat(ran.await(BOUND_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void failingActionDoesNotStopTheWatcher() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        DeadlineWatch.Deadline failing = DeadlineWatch.arm(Duration.ofMillis(10), () -> {
            failed.countDown();
            throw new IllegalStateException("boom");
        });
        assertThat(failed.await(BOUND_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(failing.disarm()).isTrue();

        CountDownLatch ran = new CountDownLatch(1);
        DeadlineWatch.arm(Duration.ofMillis(10), ran::countDown);
        assertThat(ran.await(BOUND_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void manyDeadlinesFireEachInTurn() throws InterruptedException {
        int count = 200;
        CountDownLatch ran = new CountDownLatch(count);
        AtomicInteger early = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5 + i % 50);
            DeadlineWatch.arm(Duration.ofMillis(5 + i % 50), () -> {
                if (System.nanoTime() - due < 0) {
                    early.incrementAndGet();
                }
                ran.countDown();
            });
        }
        assertThat(ran.await(BOUND_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(early).hasValue(0);
    }

    @Test
    void absurdlyLongTimeoutIsAcceptedAndDisarmed() {
        AtomicInteger runs = new AtomicInteger();
        DeadlineWatch.Deadline deadline = DeadlineWatch.arm(Duration.ofDays(365L * 10_000), runs::incrementAndGet);
        assertThat(deadline.disarm()).isFalse();
        assertThat(runs).hasValue(0);
    }
}
