package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpException;
import org.jspecify.annotations.Nullable;

/**
 * No answer was obtained from the Siglume API: the request timed out, the connection failed or
 * was reset, or the response body broke off.
 *
 * <p>The request may or may not have reached Siglume. For a call that moves money, never send a
 * second payment because of this exception: read the requirement or session back, and fulfil only
 * from a verified webhook. The cause is the transport's {@link java.io.IOException}.
 */
public class SiglumeTransportException extends SdrpException {

    private static final long serialVersionUID = 1L;

    private final boolean timeout;
    private final int attempts;

    /**
     * Creates a transport failure.
     *
     * @param message what failed, safe to log
     * @param timeout whether the last attempt timed out
     * @param attempts how many attempts were made
     * @param cause the transport's exception, or {@code null} when there is none
     */
    public SiglumeTransportException(String message, boolean timeout, int attempts, @Nullable Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
        this.attempts = attempts;
    }

    /**
     * Tells whether the last attempt timed out (as opposed to a connection failure).
     *
     * @return {@code true} for a timeout
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * Returns how many attempts were made before giving up.
     *
     * @return at least 1
     */
    public int attempts() {
        return attempts;
    }
}
