package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * The API refused the credentials: status 401 (no valid token) or 403 (the token may not do
 * this, for example a user token on a merchant route). Not retried; check which token the client
 * was built with (a merchant token for {@link SiglumeMerchantClient}, a user token for
 * {@link SiglumePaymentClient}, never a Developer Portal {@code cli_} key).
 */
public class SiglumeAuthenticationException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the API's answer.
     *
     * @param status the HTTP status (401 or 403)
     * @param code the error code; blank or {@code null} gives {@code HTTP_<status>}
     * @param message the error message, safe to log
     * @param body the answer's body as text, or {@code null} for none
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     */
    public SiglumeAuthenticationException(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference) {
        super(status, code, message, body, requestId, traceId, supportReference);
    }
}
