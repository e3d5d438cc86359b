package com.siglume.sdrp.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of one webhook event to the webhook URL, with its attempts so far. A snapshot:
 * ask {@link SiglumeSandbox#deliveries()} again for later attempts.
 *
 * @param id the delivery id, {@code whdel_sandbox_<n>}
 * @param subscriptionId the sandbox's one subscription, {@value #SANDBOX_SUBSCRIPTION_ID}
 * @param eventId the event's id
 * @param eventType the event's type
 * @param status {@code delivered} once an attempt got a 2xx answer, else {@code failed}
 * @param responseStatus the last attempt's HTTP status, or {@code null} when it got no answer
 * @param deliveredAt when the successful attempt was made, or {@code null}
 * @param nextAttemptAt when the next retry is due, or {@code null} when none is scheduled
 * @param attempts every attempt, oldest first
 */
public record WebhookDelivery(
        String id,
        String subscriptionId,
        String eventId,
        String eventType,
        String status,
        Integer responseStatus,
        Instant deliveredAt,
        Instant nextAttemptAt,
        List<WebhookAttempt> attempts) {

    /** The sandbox's one webhook subscription, as the reference sandbox names it. */
    public static final String SANDBOX_SUBSCRIPTION_ID = "whsub_sandbox_local";
    /** Status of a delivery that got a 2xx answer. */
    public static final String DELIVERED = "delivered";
    /** Status of a delivery whose attempts so far got no 2xx answer. */
    public static final String FAILED = "failed";

    /**
     * Copies the attempt list.
     *
     * @param id the delivery id
     * @param subscriptionId the subscription id
     * @param eventId the event's id
     * @param eventType the event's type
     * @param status {@code delivered} or {@code failed}
     * @param responseStatus the last attempt's HTTP status, or {@code null}
     * @param deliveredAt when it was delivered, or {@code null}
     * @param nextAttemptAt when the next retry is due, or {@code null}
     * @param attempts every attempt, oldest first
     */
    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }

    /**
     * Tells whether an attempt got a 2xx answer.
     *
     * @return {@code true} when delivered
     */
    public boolean delivered() {
        return DELIVERED.equals(status);
    }
}
