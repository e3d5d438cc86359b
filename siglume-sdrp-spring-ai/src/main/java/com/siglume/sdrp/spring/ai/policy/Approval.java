package com.siglume.sdrp.spring.ai.policy;

import java.util.Objects;

/**
 * A {@link SiglumePaymentApprover}'s answer: approve, deny, or ask a person.
 */
public sealed interface Approval {

    /**
     * Lets the payment go ahead.
     *
     * @return the approval
     */
    static Approval approve() {
        return Approve.INSTANCE;
    }

    /**
     * Refuses the payment.
     *
     * @param reason why, shown to the model and logged; no secrets
     * @return the denial
     */
    static Approval deny(String reason) {
        return new Deny(reason);
    }

    /**
     * Holds the payment until a person decides: nothing is paid now; the agent may ask again
     * once they have (the approver is consulted on every attempt that is not yet paid).
     *
     * @param message what the person is asked, shown to the model and logged; no secrets
     * @return the request for a person
     */
    static Approval askPerson(String message) {
        return new AskPerson(message);
    }

    /** The payment may go ahead. */
    enum Approve implements Approval {
        /** The only instance. */
        INSTANCE
    }

    /**
     * The payment is refused.
     *
     * @param reason why
     */
    record Deny(String reason) implements Approval {

        /**
         * Checks the reason.
         *
         * @throws NullPointerException when {@code null}
         */
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A person must decide first.
     *
     * @param message what the person is asked
     */
    record AskPerson(String message) implements Approval {

        /**
         * Checks the message.
         *
         * @throws NullPointerException when {@code null}
         */
        public AskPerson {
            Objects.requireNonNull(message, "message");
        }
    }
}
