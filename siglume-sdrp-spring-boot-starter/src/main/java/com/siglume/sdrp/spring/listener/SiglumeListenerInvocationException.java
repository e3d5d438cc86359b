package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.SdrpException;

/**
 * Carries a checked exception thrown by a {@link SiglumePaymentListener} method. Unchecked
 * exceptions and errors thrown by a listener are passed on unchanged.
 */
public class SiglumeListenerInvocationException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the wrapper.
     *
     * @param message which listener failed
     * @param cause the listener's exception
     */
    public SiglumeListenerInvocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
