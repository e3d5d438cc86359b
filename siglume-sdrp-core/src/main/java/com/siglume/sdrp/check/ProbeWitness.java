package com.siglume.sdrp.check;

/**
 * Tells whether the application that receives the webhooks recorded a test event as a readiness
 * probe. Given to {@link SiglumeChecks} by code running inside that application (the actuator
 * endpoint), it adds the check {@value SiglumeChecks#WEBHOOK_PROBE_RECORDED}: a 2xx answer is not
 * enough, this very application must have recorded the probe.
 */
@FunctionalInterface
public interface ProbeWitness {

    /**
     * Looks the event up; called repeatedly until it answers {@code true} or time runs out.
     *
     * @param eventId the test event's id
     * @return {@code true} once the event is recorded as a readiness probe
     */
    boolean recordedAsProbe(String eventId);
}
