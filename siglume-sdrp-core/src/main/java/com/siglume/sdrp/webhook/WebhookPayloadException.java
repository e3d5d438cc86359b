package com.siglume.sdrp.webhook;

import com.siglume.sdrp.SdrpException;

/**
 * Thrown when a webhook body is not a valid event: not JSON, not an object, or missing one of
 * {@code id}, {@code type}, {@code api_version}, {@code occurred_at} (non-blank strings) or the
 * {@code data} object.
 *
 * <p>Distinct from {@link WebhookSignatureException}: a payload error on a correctly signed
 * delivery means the sender and this SDK disagree on the event format.
 */
public class WebhookPayloadException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a payload error.
     *
     * @param message what is wrong with the body; never contains the body itself
     */
    public WebhookPayloadException(String message) {
        super(message);
    }

    /**
     * Creates a payload error with a cause.
     *
     * @param message what is wrong with the body; never contains the body itself
     * @param cause the parser's failure
     */
    public WebhookPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
