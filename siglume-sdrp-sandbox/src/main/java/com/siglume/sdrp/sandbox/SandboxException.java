package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpException;

/**
 * Thrown when the sandbox cannot do what was asked: it cannot bind its port, it is used before
 * {@link SiglumeSandbox#start()} or after {@link SiglumeSandbox#close()}, or a session named in
 * a call does not exist or is not in a state that allows the call.
 *
 * <p>{@link #status()} and {@link #code()} are what the sandbox's HTTP API answers for the same
 * condition, for example 404 and {@code CHECKOUT_SESSION_NOT_FOUND}.
 */
public class SandboxException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status the API answers for this condition. */
    private final int status;
    /** The error code the API answers for this condition. */
    private final String code;

    /**
     * Creates an exception.
     *
     * @param status the matching HTTP status
     * @param code the matching HTTP error code
     * @param message what went wrong, safe to log
     */
    public SandboxException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param status the matching HTTP status
     * @param code the matching HTTP error code
     * @param message what went wrong, safe to log
     * @param cause the underlying failure
     */
    public SandboxException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    /**
     * Returns the HTTP status the API answers for this condition.
     *
     * @return for example 404
     */
    public int status() {
        return status;
    }

    /**
     * Returns the error code the HTTP API uses for this condition.
     *
     * @return for example {@code CHECKOUT_SESSION_NOT_FOUND}
     */
    public String code() {
        return code;
    }
}
