package com.siglume.sdrp.webhook;

import com.siglume.sdrp.SdrpException;

/**
 * Thrown when a webhook delivery's {@code Siglume-Signature} header is missing, malformed, out
 * of the timestamp tolerance, or does not match the raw body under any configured secret.
 *
 * <p>The delivery must be answered with a non-2xx status and must change nothing.
 */
public class WebhookSignatureException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a signature error.
     *
     * @param message why the signature was refused; never contains a secret or signature
     */
    public WebhookSignatureException(String message) {
        super(message);
    }
}
