package com.siglume.sdrp.spring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Clears the stored payloads (event bodies, which may carry customer data) of events received
 * longer ago than the retention, on start and then every hour (or every retention period, when
 * shorter). The event rows stay, so a redelivery of an old event is still a duplicate.
 *
 * <p>Runs on the application's {@link TaskScheduler} when it has one, else on a daemon thread
 * of its own; stops with the application context. A failed run is logged and tried again at
 * the next one.
 */
public class SiglumeEventPayloadPurge implements SmartLifecycle {

    /** The longest time between two runs. */
    static final Duration MAX_INTERVAL = Duration.ofHours(1);

    private static final Log logger = LogFactory.getLog(SiglumeEventPayloadPurge.class);

    private final JdbcSiglumeEventStore store;
    private final Duration retention;
    private final TaskScheduler applicationScheduler;
    private final Clock clock;

    private ThreadPoolTaskScheduler ownScheduler;
    private ScheduledFuture<?> task;

    /**
     * Creates the purge.
     *
     * @param store the store whose payloads are cleared
     * @param retention how long payloads are kept; positive
     * @param applicationScheduler the application's scheduler, or {@code null} to use a thread
     *        of its own
     * @param clock tells the time the retention counts back from
     */
    public SiglumeEventPayloadPurge(JdbcSiglumeEventStore store, Duration retention, TaskScheduler applicationScheduler,
            Clock clock) {
        this.store = store;
        this.retention = retention;
        this.applicationScheduler = applicationScheduler;
        this.clock = clock;
    }

    /**
     * Clears the payloads older than the retention now.
     *
     * @return how many payloads were cleared
     */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int cleared = store.purgePayloads(cutoff);
        if (cleared > 0) {
            logger.info("Cleared the stored payloads of " + cleared + " Siglume webhook events received before " + cutoff);
        }
        return cleared;
    }

    /**
     * Returns the time between two runs.
     *
     * @return the retention, at most one hour
     */
    public Duration interval() {
        return retention.compareTo(MAX_INTERVAL) < 0 ? retention : MAX_INTERVAL;
    }

    @Override
    public synchronized void start() {
        if (task != null) {
            return;
        }
        TaskScheduler scheduler = applicationScheduler;
        if (scheduler == null) {
            ownScheduler = new ThreadPoolTaskScheduler();
            ownScheduler.setThreadNamePrefix("siglume-payload-purge-");
            ownScheduler.setDaemon(true);
            ownScheduler.initialize();
            scheduler = ownScheduler;
        }
        task = scheduler.scheduleWithFixedDelay(this::purgeLoggingFailures, interval());
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (ownScheduler != null) {
            ownScheduler.shutdown();
            ownScheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return task != null;
    }

    private void purgeLoggingFailures() {
        try {
            purge();
        } catch (RuntimeException e) {
            logger.warn("Could not clear old Siglume webhook payloads; trying again in " + interval() + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "SiglumeEventPayloadPurge[retention=" + retention + ", store=" + store + "]";
    }
}
