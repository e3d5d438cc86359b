package com.siglume.sdrp.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Deadlines of blocking HTTP calls, watched by one daemon thread per JVM.
 *
 * <p>Arming a deadline only adds it to a queue: nobody is woken. While deadlines are armed, the
 * watcher looks at them every {@link #TICK} and runs the expiry action of those that have passed
 * (it may run up to one tick late). A call that ends in time therefore costs no thread hand-off,
 * which a scheduler would need whenever a new deadline is the earliest. Once nothing was armed for
 * a second, the watcher parks without a tick, and the next deadline armed wakes it.
 */
final class DeadlineWatch {

    /** How often the watcher looks at the armed deadlines; also how late one may fire. */
    static final Duration TICK = Duration.ofMillis(10);

    private static final long TICK_NANOS = TICK.toNanos();
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Keeps {@code nanoTime} arithmetic free of overflow for absurdly long timeouts. */
    private static final long MAX_WAIT_NANOS = Long.MAX_VALUE / 4;

    private DeadlineWatch() {
    }

    /**
     * Arms a deadline.
     *
     * @param timeout how long from now until it passes; positive
     * @param onExpiry what to do when it passes before {@link Deadline#disarm()}; runs on the
     *        watcher thread, must not block, and any exception it throws is dropped
     * @return the deadline, to disarm when the guarded call ends
     */
    static Deadline arm(Duration timeout, Runnable onExpiry) {
        long wait = timeout.compareTo(Duration.ofNanos(MAX_WAIT_NANOS)) > 0 ? MAX_WAIT_NANOS : timeout.toNanos();
        Deadline deadline = new Deadline(System.nanoTime() + wait, onExpiry);
        Watcher.INSTANCE.add(deadline);
        return deadline;
    }

    /** One armed deadline. Expiry and disarming exclude each other: exactly one of them wins. */
    static final class Deadline {

        private final long due;
        private final Runnable onExpiry;
        private volatile boolean settled;
        private boolean expired;

        private Deadline(long due, Runnable onExpiry) {
            this.due = due;
            this.onExpiry = onExpiry;
        }

        /**
         * Ends the deadline; called when the guarded call has ended.
         *
         * @return whether the deadline had passed first, in which case its expiry action has
         *         completed before this returns
         */
        synchronized boolean disarm() {
            if (expired) {
                return true;
            }
            settled = true;
            return false;
        }

        /** Runs the expiry action if the deadline has passed; returns whether it can leave the queue. */
        private boolean expireIfDue(long now) {
            if (settled) {
                return true;
            }
            if (now - due < 0) {
                return false;
            }
            synchronized (this) {
                if (!settled) {
                    settled = true;
                    expired = true;
                    try {
                        onExpiry.run();
                    } catch (RuntimeException | Error ignored) {
                        // The watcher must outlive a failing action; the guarded call still sees the expiry.
                    }
                }
            }
            return true;
        }
    }

    /** The watcher thread and its queue, created on first use. */
    private static final class Watcher implements Runnable {

        static final Watcher INSTANCE = start();

        private final Queue<Deadline> armed = new ConcurrentLinkedQueue<>();
        private volatile boolean parkedIdle;
        private Thread thread;

        private static Watcher start() {
            Watcher watcher = new Watcher();
            Thread thread = new Thread(watcher, "siglume-http-deadlines");
            thread.setDaemon(true);
            watcher.thread = thread;
            thread.start();
            return watcher;
        }

        void add(Deadline deadline) {
            armed.add(deadline);
            // Read after the add: if the watcher went idle before it, it is woken; if after, its
            // second look at the queue finds the deadline.
            if (parkedIdle) {
                LockSupport.unpark(thread);
            }
        }

        @Override
        public void run() {
            long lastBusy = System.nanoTime();
            while (true) {
                // Nothing should interrupt this thread; if something does, parking must still work.
                Thread.interrupted();
                long now = System.nanoTime();
                if (!armed.isEmpty()) {
                    lastBusy = now;
                    for (Iterator<Deadline> it = armed.iterator(); it.hasNext();) {
                        if (it.next().expireIfDue(now)) {
                            it.remove();
                        }
                    }
                } else if (now - lastBusy >= IDLE_NANOS) {
                    parkedIdle = true;
                    if (armed.isEmpty()) {
                        LockSupport.park(this);
                    }
                    parkedIdle = false;
                    lastBusy = System.nanoTime();
                    continue;
                }
                LockSupport.parkNanos(this, TICK_NANOS);
            }
        }
    }
}
