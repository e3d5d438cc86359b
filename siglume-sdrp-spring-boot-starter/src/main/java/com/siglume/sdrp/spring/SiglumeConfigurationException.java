package com.siglume.sdrp.spring;

import com.siglume.sdrp.SdrpException;
import org.jspecify.annotations.Nullable;

/**
 * The starter refuses a configuration at startup: it says what is wrong and what to do.
 *
 * <p>Spring Boot's failure analysis prints {@link #description()} and {@link #action()} in
 * place of a stack trace. Neither ever contains a token or secret.
 */
public class SiglumeConfigurationException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /** What the developer should change. */
    private final String action;

    /**
     * Creates a configuration failure.
     *
     * @param description what is wrong, safe to log
     * @param action what the developer should change
     */
    public SiglumeConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    /**
     * Returns what is wrong.
     *
     * @return the description
     */
    public @Nullable String description() {
        return getMessage();
    }

    /**
     * Returns what to change.
     *
     * @return the action
     */
    public String action() {
        return action;
    }
}
