package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * The API failed on its side: status 5xx with an answer this SDK could decode. Idempotent calls
 * were already retried per the {@link RetryPolicy}; this is the last attempt's answer. The request
 * may have been processed: for a call that moves money, read the requirement or session back and
 * fulfil only from a verified webhook.
 */
public class SiglumeServerException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the API's answer.
     *
     * @param status the HTTP status (500 to 599)
     * @param code the error code; blank or {@code null} gives {@code HTTP_<status>}
     * @param message the error message, safe to log
     * @param body the answer's body as text, or {@code null} for none
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     */
    public SiglumeServerException(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference) {
        super(status, code, message, body, requestId, traceId, supportReference);
    }
}
