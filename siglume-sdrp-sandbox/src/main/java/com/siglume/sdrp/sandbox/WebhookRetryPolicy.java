package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpValidationException;
import java.time.Duration;

/**
 * How the sandbox retries a webhook delivery that did not get a 2xx answer: up to
 * {@code maxAttempts} attempts in all, waiting {@code initialBackoff} before the second,
 * then {@code multiplier} times longer each time, never more than {@code maxBackoff}.
 *
 * @param maxAttempts attempts in all, the first included; at least 1 and at most 20
 * @param initialBackoff wait before the second attempt; positive
 * @param multiplier growth of the wait per attempt; from 1 to 10
 * @param maxBackoff longest wait; not shorter than {@code initialBackoff}
 */
public record WebhookRetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    /** The default: 5 attempts, waiting 1, 2, 4 and 8 seconds. */
    public static final WebhookRetryPolicy DEFAULT =
            new WebhookRetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));

    /** One attempt only, as the reference sandbox does. */
    public static final WebhookRetryPolicy NONE =
            new WebhookRetryPolicy(1, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1));

    /**
     * Checks the values.
     *
     * @param maxAttempts attempts in all, from 1 to 20
     * @param initialBackoff wait before the second attempt
     * @param multiplier growth of the wait per attempt, from 1 to 10
     * @param maxBackoff longest wait
     * @throws SdrpValidationException when a value is out of range
     */
    public WebhookRetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new SdrpValidationException("max_attempts", "max_attempts must be from 1 to 20");
        }
        if (initialBackoff == null || initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new SdrpValidationException("initial_backoff", "initial_backoff must be positive");
        }
        if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
            throw new SdrpValidationException("multiplier", "multiplier must be from 1 to 10");
        }
        if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new SdrpValidationException("max_backoff", "max_backoff must not be shorter than initial_backoff");
        }
    }

    /**
     * Returns the wait before an attempt.
     *
     * @param attempt the attempt about to be made, 2 or more
     * @return {@code initialBackoff * multiplier^(attempt - 2)}, capped at {@code maxBackoff}
     */
    public Duration backoffBefore(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 2));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
