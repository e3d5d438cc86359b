package com.siglume.sdrp;

/**
 * Base type of every exception this SDK throws.
 *
 * <p>Unchecked, so callers catch only what they can handle. Messages never contain secrets,
 * tokens or signatures.
 */
public class SdrpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, safe to log
     */
    public SdrpException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, safe to log
     * @param cause the underlying failure
     */
    public SdrpException(String message, Throwable cause) {
        super(message, cause);
    }
}
