package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * The API refused the request as invalid: status 400 or 422. Not retried; {@link #code()} and
 * {@link #getMessage()} say which input to fix. Sending the same request again gives the same
 * answer.
 */
public class SiglumeInvalidRequestException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the API's answer.
     *
     * @param status the HTTP status (400 or 422)
     * @param code the error code; blank or {@code null} gives {@code HTTP_<status>}
     * @param message the error message, safe to log
     * @param body the answer's body as text, or {@code null} for none
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     */
    public SiglumeInvalidRequestException(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference) {
        super(status, code, message, body, requestId, traceId, supportReference);
    }
}
