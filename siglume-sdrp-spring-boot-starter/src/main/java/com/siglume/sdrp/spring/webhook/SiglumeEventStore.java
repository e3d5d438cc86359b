package com.siglume.sdrp.spring.webhook;

import java.util.Optional;

/**
 * Records processed webhook events so each event id is acted on once.
 *
 * <p>Implementations must make {@link #recordOnce} atomic with the work it runs: the record and
 * whatever the work changes commit together or not at all, and two concurrent calls for one
 * event id run the work at most once. Replace the auto-configured store by declaring a bean of
 * this type.
 */
public interface SiglumeEventStore {

    /**
     * Records an event and runs the work for it, unless the event id is already recorded.
     *
     * @param event the event to record
     * @param work what to do for a new event (the listeners); runs inside the store's unit of work
     * @return {@code true} when the event was new and the work ran and was recorded,
     *         {@code false} when the event id was already recorded (the work did not run)
     * @throws UnstorableEventException when the store can never record this event (the work
     *         did not run); the delivery is then answered 2xx and logged for review
     * @throws RuntimeException whatever the work threw, or a failure that a redelivery may cure;
     *         then nothing was recorded
     */
    boolean recordOnce(StoredEvent event, Runnable work);

    /**
     * Looks a recorded event up.
     *
     * @param eventId the event id
     * @return the event, or empty when it is not recorded
     */
    Optional<StoredEvent> find(String eventId);
}
