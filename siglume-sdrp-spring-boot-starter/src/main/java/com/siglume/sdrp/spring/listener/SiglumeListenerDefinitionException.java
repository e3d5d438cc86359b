package com.siglume.sdrp.spring.listener;

import com.siglume.sdrp.spring.SiglumeConfigurationException;

/**
 * A {@link SiglumePaymentListener} method has a signature the starter cannot call; thrown at
 * startup, naming the bean class and method.
 */
public class SiglumeListenerDefinitionException extends SiglumeConfigurationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param description which method is wrong and why
     * @param action how to fix it
     */
    public SiglumeListenerDefinitionException(String description, String action) {
        super(description, action);
    }
}
