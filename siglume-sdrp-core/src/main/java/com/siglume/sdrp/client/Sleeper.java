package com.siglume.sdrp.client;

import java.time.Duration;

/**
 * Waits between retries. Replaceable so that tests run without real waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    /**
     * Waits for the given time.
     *
     * @param duration how long to wait, zero or positive
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
