package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
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
    private final @Nullable TaskScheduler applicationScheduler;
    private final Clock clock;

    private @Nullable ThreadPoolTaskScheduler ownScheduler;
    private @Nullable ScheduledFuture<?> task;

    /**
     * Creates the purge.
     *
     * @param store the store whose payloads are cleared
     * @param retention how long payloads are kept; positive
     * @param applicationScheduler the application's scheduler, or {@code null} to use a thread
     *        of its own
     * @param clock tells the time the retention counts back from
     */
    public SiglumeEventPayloadPurge(JdbcSiglumeEventStore store, Duration retention,
            @Nullable TaskScheduler applicationScheduler, Clock clock) {
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
        purgeAtStartup();
        task = scheduler.scheduleWithFixedDelay(this::purgeLoggingFailures, Instant.now().plus(interval()), interval());
    }

    /**
     * Runs the first purge before the application takes traffic: a table the starter cannot
     * clear (no such column, no UPDATE grant) would otherwise keep customer data past the
     * retention without anyone being told.
     */
    private void purgeAtStartup() {
        try {
            purge();
        } catch (DataAccessException e) {
            stopOwnScheduler();
            throw new SiglumeConfigurationException("siglume.webhook.jdbc.payload-retention is set, but the stored"
                    + " payloads of " + JdbcSiglumeEventStore.TABLE + " cannot be cleared: "
                    + e.getClass().getSimpleName() + sqlState(e) + ".",
                    "Give the application's database user UPDATE on " + JdbcSiglumeEventStore.TABLE + " and check that"
                            + " the table has the starter's columns (see the event table in the configuration"
                            + " guide), or remove siglume.webhook.jdbc.payload-retention.");
        }
    }

    private static String sqlState(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQLState " + sql.getSQLState() + ")" : "";
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        stopOwnScheduler();
    }

    private void stopOwnScheduler() {
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
            // The table was clearable at startup; a later failure (the database briefly away) is
            // retried, and reported loudly because payloads are kept past the retention meanwhile.
            logger.error("Could not clear old Siglume webhook payloads; trying again in " + interval() + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "SiglumeEventPayloadPurge[retention=" + retention + ", store=" + store + "]";
    }
}
