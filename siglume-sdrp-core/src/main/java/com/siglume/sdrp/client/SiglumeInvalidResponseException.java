package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * The API's answer cannot be decoded: its body is not JSON (often a proxy's HTML page), holds a
 * number no Java type can represent, or is JSON without the documented shape.
 *
 * <p>{@link #status()} is the HTTP status the answer really had (200 for a successful answer of
 * the wrong shape, 502 for a gateway's error page); {@link #code()} is
 * {@value #INVALID_JSON_RESPONSE} or {@value #UNEXPECTED_RESPONSE}; {@link #body()} holds the
 * text that was received. Never retryable by {@link #isRetryable()}: the same answer would come
 * back. Check what sits between you and the API, or upgrade the SDK.
 */
public class SiglumeInvalidResponseException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status of the answer
     * @param code {@value #INVALID_JSON_RESPONSE} or {@value #UNEXPECTED_RESPONSE}
     * @param message what could not be decoded, safe to log
     * @param body the answer's body as text, or {@code null} for none
     */
    public SiglumeInvalidResponseException(int status, @Nullable String code, String message, @Nullable String body) {
        super(status, code, message, body, null, null, null);
    }

    /**
     * Tells whether to retry: never, since the same answer would come back.
     *
     * @return {@code false}
     */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
