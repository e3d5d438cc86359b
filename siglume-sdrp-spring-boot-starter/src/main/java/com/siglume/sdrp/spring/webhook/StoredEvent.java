package com.siglume.sdrp.spring.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded webhook event, as kept by a {@link SiglumeEventStore}.
 *
 * @param eventId the event id, the de-duplication key
 * @param eventType for example {@code direct_payment.confirmed}
 * @param kind the classification's wire name ({@code standard_settled}, ..., {@code unknown}),
 *        or {@code none} for an event that was not classified
 * @param reason the unclassified reason's wire name, or {@code null}
 * @param status what happened to it
 * @param receivedAt when this server received it
 * @param payload the raw JSON body exactly as received, or {@code null} when
 *        {@code siglume.webhook.jdbc.payload-retention} has cleared it
 */
public record StoredEvent(String eventId, String eventType, String kind, @Nullable String reason, EventStatus status,
        Instant receivedAt, @Nullable String payload) {

    /** Short form without the payload, which may carry customer data. */
    @Override
    public String toString() {
        return "StoredEvent[eventId=" + eventId + ", eventType=" + eventType + ", kind=" + kind + ", reason=" + reason
                + ", status=" + status + ", receivedAt=" + receivedAt + "]";
    }
}
