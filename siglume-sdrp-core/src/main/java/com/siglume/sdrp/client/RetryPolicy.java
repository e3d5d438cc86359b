package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpValidationException;
import java.time.Duration;

/**
 * When and how long a client waits before sending the same request again.
 *
 * <p>Retried: status 429 (after {@code Retry-After}, capped by {@link #maxRetryAfter()}), status
 * 5xx, timeouts and connection failures. Never retried: any other 4xx, a successful status with a
 * body that is not JSON, and calls that move money unless the client was built with
 * {@code retryMoneyMovingCalls(true)}. Every retry sends the same bytes as the first attempt.
 *
 * <p>The wait before retry {@code n} (1-based) is {@code min(maxBackoff, initialBackoff *
 * multiplier^(n-1))}, reduced by a random fraction of at most {@link #jitter()} of itself so
 * that many clients do not retry in step. Retrying stops after {@link #maxRetries()} retries, or
 * earlier when the next wait would end more than {@link #maxElapsed()} after the first attempt
 * began. Instances are immutable.
 *
 * @param maxRetries retries after the first attempt, 0 to {@value #MAX_RETRIES_LIMIT}
 * @param initialBackoff wait before the first retry
 * @param maxBackoff longest wait computed from the backoff
 * @param multiplier growth of the wait per retry, 1 to 10
 * @param jitter largest fraction taken off a wait at random, 0 to 1
 * @param maxRetryAfter longest wait honoured from a {@code Retry-After} header
 * @param maxElapsed time budget for all attempts and waits of one call
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, double multiplier,
        double jitter, Duration maxRetryAfter, Duration maxElapsed) {

    /** Largest accepted {@link #maxRetries()}. */
    public static final int MAX_RETRIES_LIMIT = 10;

    /** Default retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** The default policy: 2 retries, 250 ms doubling up to 5 s, 20 % jitter, Retry-After up to 30 s, 60 s budget. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(250),
            Duration.ofSeconds(5), 2.0, 0.2, Duration.ofSeconds(30), Duration.ofSeconds(60));

    /** A policy that never retries. */
    public static final RetryPolicy NONE = DEFAULT.withMaxRetries(0);

    /**
     * Checks the bounds.
     *
     * @throws SdrpValidationException when a value is missing or out of range
     */
    public RetryPolicy {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new SdrpValidationException("max_retries", "max_retries must be between 0 and " + MAX_RETRIES_LIMIT);
        }
        requireNonNegative("initial_backoff", initialBackoff);
        requireNonNegative("max_backoff", maxBackoff);
        requireNonNegative("max_retry_after", maxRetryAfter);
        requireNonNegative("max_elapsed", maxElapsed);
        if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
            throw new SdrpValidationException("multiplier", "multiplier must be between 1 and 10");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new SdrpValidationException("jitter", "jitter must be between 0 and 1");
        }
    }

    /**
     * Returns a copy with another retry count.
     *
     * @param retries retries after the first attempt, 0 to {@value #MAX_RETRIES_LIMIT}
     * @return the new policy
     * @throws SdrpValidationException when out of range
     */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter, maxElapsed);
    }

    /**
     * Returns a copy with other backoff timings.
     *
     * @param initial wait before the first retry
     * @param max longest computed wait
     * @param factor growth per retry, 1 to 10
     * @return the new policy
     * @throws SdrpValidationException when out of range
     */
    public RetryPolicy withBackoff(Duration initial, Duration max, double factor) {
        return new RetryPolicy(maxRetries, initial, max, factor, jitter, maxRetryAfter, maxElapsed);
    }

    /**
     * Returns a copy with another jitter fraction.
     *
     * @param fraction 0 (none) to 1
     * @return the new policy
     * @throws SdrpValidationException when out of range
     */
    public RetryPolicy withJitter(double fraction) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, multiplier, fraction, maxRetryAfter, maxElapsed);
    }

    /**
     * Returns a copy with another cap on {@code Retry-After}.
     *
     * @param cap longest wait honoured from the header
     * @return the new policy
     * @throws SdrpValidationException when negative or {@code null}
     */
    public RetryPolicy withMaxRetryAfter(Duration cap) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, multiplier, jitter, cap, maxElapsed);
    }

    /**
     * Returns a copy with another time budget.
     *
     * @param budget longest time from the first attempt to the start of the last one
     * @return the new policy
     * @throws SdrpValidationException when negative or {@code null}
     */
    public RetryPolicy withMaxElapsed(Duration budget) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter, budget);
    }

    /**
     * Computes the backoff wait before a retry, before jitter.
     *
     * @param retry the retry number, starting at 1
     * @return the wait
     */
    public Duration backoff(int retry) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        long capped = (long) Math.min(millis, (double) maxBackoff.toMillis());
        return Duration.ofMillis(Math.max(0, capped));
    }

    /**
     * Applies jitter to a wait.
     *
     * @param wait the wait
     * @param random a number in {@code [0, 1)}
     * @return the wait reduced by at most {@code jitter} of itself
     */
    public Duration jittered(Duration wait, double random) {
        long millis = wait.toMillis();
        return Duration.ofMillis(millis - (long) (millis * jitter * random));
    }

    private static void requireNonNegative(String field, Duration value) {
        if (value == null || value.isNegative()) {
            throw new SdrpValidationException(field, field + " must be zero or positive");
        }
    }
}
