package com.siglume.sdrp.spring.webhook;

/**
 * The event store refused to record an event for a reason no redelivery can cure (for example
 * a value the database does not accept), before any listener ran. The processor answers such a
 * delivery 2xx with outcome {@code unstorable} and logs it at ERROR for review, instead of
 * answering 5xx to every redelivery forever.
 *
 * <p>Thrown only for the store's own record, never for a listener's failure (a listener's
 * exception rolls the delivery back and is answered 500). The message names the event id and
 * the kind of database error, never the payload or the database's own message, which may quote
 * the values.
 */
public class UnstorableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be stored, without the payload
     * @param cause the database's refusal
     */
    public UnstorableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
