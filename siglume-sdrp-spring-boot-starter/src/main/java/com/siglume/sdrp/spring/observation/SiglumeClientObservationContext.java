package com.siglume.sdrp.spring.observation;

import io.micrometer.observation.Observation;

/**
 * The observed run of one Siglume client operation: its name, and once it ended, the HTTP
 * status of its last answer.
 */
public class SiglumeClientObservationContext extends Observation.Context {

    private final String operation;
    private int status;
    private boolean ended;

    /**
     * Creates the context.
     *
     * @param operation the client method, for example {@code getMerchant}
     */
    public SiglumeClientObservationContext(String operation) {
        this.operation = operation;
    }

    /**
     * Returns the operation.
     *
     * @return the client method, for example {@code getMerchant}
     */
    public String getOperation() {
        return operation;
    }

    /**
     * Returns the HTTP status of the last answer.
     *
     * @return the status, or {@code 0} when no answer arrived or the operation runs
     */
    public int getStatus() {
        return status;
    }

    /**
     * Tells whether the operation ended.
     *
     * @return {@code true} once {@link #ended(int)} was called
     */
    public boolean isEnded() {
        return ended;
    }

    /**
     * Records the end of the operation.
     *
     * @param status the HTTP status of the last answer, or {@code 0} when none arrived
     */
    public void ended(int status) {
        this.status = status;
        this.ended = true;
    }
}
