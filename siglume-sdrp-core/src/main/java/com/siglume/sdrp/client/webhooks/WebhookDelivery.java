package com.siglume.sdrp.client.webhooks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One webhook delivery attempt as the API reports it.
 *
 * @param id the delivery id
 * @param subscriptionId the subscription delivered to
 * @param eventId the event id (the webhook body's {@code id})
 * @param eventType the event type
 * @param deliveryStatus the delivery status, for example {@code delivered} or {@code failed}
 * @param responseStatus the HTTP status your endpoint answered, or {@code null}
 * @param deliveredAt when it was delivered (ISO-8601 text), or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record WebhookDelivery(
        @JsonProperty("id") String id,
        @JsonProperty("subscription_id") String subscriptionId,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("delivery_status") String deliveryStatus,
        @JsonProperty("response_status") @Nullable Integer responseStatus,
        @JsonProperty("delivered_at") @Nullable String deliveredAt,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the map unmodifiable. */
    public WebhookDelivery {
        extra = ClientJson.immutableMap(extra);
    }
}
