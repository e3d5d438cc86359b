package com.siglume.sdrp.client;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API asked the client to slow down: status 429. The client already waited and retried per
 * the {@link RetryPolicy}; this is the last attempt's answer. Wait at least {@link #retryAfter()}
 * before sending the same request again.
 */
public class SiglumeRateLimitException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /** Kept as a nullable field so the exception stays serializable; exposed as an Optional. */
    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception from the API's answer.
     *
     * @param status the HTTP status (429)
     * @param code the error code; blank or {@code null} gives {@code HTTP_<status>}
     * @param message the error message, safe to log
     * @param body the answer's body as text, or {@code null} for none
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     * @param retryAfter how long the {@code Retry-After} header asked to wait (seconds, or the time
     *        until its HTTP date), or {@code null} when the answer had no readable header
     */
    public SiglumeRateLimitException(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference, @Nullable Duration retryAfter) {
        super(status, code, message, body, requestId, traceId, supportReference);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long the API asked to wait, as its {@code Retry-After} header said.
     *
     * @return the wait, uncapped; empty when the answer had no readable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
