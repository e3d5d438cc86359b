package com.siglume.sdrp.sandbox;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event.
 *
 * @param number the attempt's number within its delivery, from 1
 * @param attemptedAt when it was made
 * @param responseStatus the receiver's HTTP status, or {@code null} when there was no answer
 * @param error why there was no answer (connection refused, timeout, no webhook URL, injected
 *        fault), or {@code null} when there was one
 * @param fault the injected fault applied to this attempt, or {@code null}
 */
public record WebhookAttempt(int number, Instant attemptedAt, Integer responseStatus, String error, WebhookFault fault) {

    /**
     * Tells whether the receiver accepted this attempt.
     *
     * @return {@code true} for a 2xx answer
     */
    public boolean succeeded() {
        return responseStatus != null && responseStatus >= 200 && responseStatus < 300;
    }
}
