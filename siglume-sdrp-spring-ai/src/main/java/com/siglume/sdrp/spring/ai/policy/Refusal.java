package com.siglume.sdrp.spring.ai.policy;

import java.util.Objects;

/**
 * A decision not to pay, with a message a model can relay to its user. The message never
 * contains a token, secret or challenge.
 *
 * @param reason the machine-readable reason
 * @param message what happened and what to do, in one or two sentences
 */
public record Refusal(RefusalReason reason, String message) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException when a value is {@code null}
     */
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
