package com.siglume.sdrp.client.webhooks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a queued test delivery.
 *
 * @param queued whether the delivery was queued, or {@code null}
 * @param event the test event's id and type (unmodifiable; empty when absent)
 * @param deliveryStatus the delivery status when already attempted, or {@code null}
 * @param responseStatus the HTTP status your endpoint answered, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record WebhookTestDelivery(
        @JsonProperty("queued") @Nullable Boolean queued,
        @JsonProperty("event") Map<String, Object> event,
        @JsonProperty("delivery_status") @Nullable String deliveryStatus,
        @JsonProperty("response_status") @Nullable Integer responseStatus,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public WebhookTestDelivery {
        event = ClientJson.immutableMap(event);
        extra = ClientJson.immutableMap(extra);
    }
}
