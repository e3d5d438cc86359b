package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Duration;

/**
 * A fault the sandbox applies to one call of its Siglume API routes, to exercise a client's
 * error handling and retries. Queue them with {@link SiglumeSandbox#injectApiFaults(ApiFault, int)}.
 *
 * <p>Faults apply to the {@code /v1} API routes only, before authentication and routing, the way
 * a gateway in front of the API would answer; the sandbox's own {@code /v1/sandbox/...} routes
 * and the checkout page are never affected.
 */
public sealed interface ApiFault {

    /**
     * Answers with an error status and an {@code {error: {code, message}}} body.
     *
     * @param status an HTTP status from 400 to 599
     * @param code the error code
     * @param message the error message
     * @param retryAfter the {@code Retry-After} to send, in whole seconds, or {@code null} for none
     */
    record Status(int status, String code, String message, Duration retryAfter) implements ApiFault {

        /**
         * Checks the values.
         *
         * @param status an HTTP status from 400 to 599
         * @param code the error code
         * @param message the error message
         * @param retryAfter the {@code Retry-After} to send, or {@code null}
         * @throws SdrpValidationException when a value is out of range or blank
         */
        public Status {
            if (status < 400 || status > 599) {
                throw new SdrpValidationException("status", "status must be from 400 to 599");
            }
            code = SdrpInputs.required("code", code);
            message = SdrpInputs.required("message", message);
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new SdrpValidationException("retry_after", "retry_after must not be negative");
            }
        }

        /**
         * Returns the {@code Retry-After} as sent: whole seconds, rounded up.
         *
         * @return the seconds, or {@code null} when none is sent
         */
        public Long retryAfterSeconds() {
            return retryAfter == null ? null : (retryAfter.toMillis() + 999) / 1000;
        }
    }

    /**
     * Waits before handling the call normally, as a slow server would; a client with a shorter
     * timeout gives up while the call still takes effect.
     *
     * @param duration how long to wait, at most 10 minutes
     */
    record Stall(Duration duration) implements ApiFault {

        /**
         * Checks the value.
         *
         * @param duration how long to wait
         * @throws SdrpValidationException when the duration is missing, negative or too long
         */
        public Stall {
            if (duration == null || duration.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new SdrpValidationException("duration", "duration must be from 0 to 10 minutes");
            }
        }
    }

    /** Answers 200 with a {@code Content-Type: application/json} body that is not valid JSON. */
    record InvalidJson() implements ApiFault {
    }

    /** Closes the connection without sending any response. */
    record ResetConnection() implements ApiFault {
    }

    /**
     * An error status with the default code for it ({@code RATE_LIMITED} for 429,
     * {@code SERVICE_UNAVAILABLE} for 503, {@code INTERNAL_ERROR} for 500, else {@code HTTP_<status>}).
     *
     * @param status an HTTP status from 400 to 599
     * @return the fault
     */
    static ApiFault status(int status) {
        String code = switch (status) {
            case 429 -> "RATE_LIMITED";
            case 500 -> "INTERNAL_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "HTTP_" + status;
        };
        return new Status(status, code, "sandbox injected HTTP " + status, null);
    }

    /**
     * A 429 answer with a {@code Retry-After} header.
     *
     * @param retryAfter the wait to announce, sent in whole seconds (rounded up)
     * @return the fault
     */
    static ApiFault rateLimited(Duration retryAfter) {
        if (retryAfter == null) {
            throw new SdrpValidationException("retry_after", "retry_after is required");
        }
        return new Status(429, "RATE_LIMITED", "sandbox injected rate limit", retryAfter);
    }

    /**
     * A 503 answer.
     *
     * @return the fault
     */
    static ApiFault unavailable() {
        return status(503);
    }

    /**
     * A stall before normal handling.
     *
     * @param duration how long to wait
     * @return the fault
     */
    static ApiFault stall(Duration duration) {
        return new Stall(duration);
    }

    /**
     * A 200 answer whose body is not valid JSON.
     *
     * @return the fault
     */
    static ApiFault invalidJson() {
        return new InvalidJson();
    }

    /**
     * A connection closed with no response.
     *
     * @return the fault
     */
    static ApiFault resetConnection() {
        return new ResetConnection();
    }
}
