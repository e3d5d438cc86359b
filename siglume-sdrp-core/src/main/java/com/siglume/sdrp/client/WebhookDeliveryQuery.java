package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;

/**
 * Filters of {@link SiglumeMerchantClient#listWebhookDeliveries(WebhookDeliveryQuery)}; {@code null}
 * means no filter.
 *
 * @param subscriptionId only deliveries of this subscription
 * @param eventType only deliveries of this event type
 * @param status only deliveries in this delivery status
 * @param limit at most this many deliveries, positive
 */
public record WebhookDeliveryQuery(String subscriptionId, String eventType, String status, Integer limit) {

    /** No filters. */
    public static final WebhookDeliveryQuery ALL = new WebhookDeliveryQuery(null, null, null, null);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public WebhookDeliveryQuery {
        subscriptionId = Inputs.optionalText("subscription_id", subscriptionId);
        eventType = Inputs.optionalText("event_type", eventType);
        status = Inputs.optionalText("status", status);
        if (limit != null) {
            SdrpInputs.positiveInteger("limit", limit);
        }
    }

    ApiPath appendTo(ApiPath path) {
        return path.query("subscription_id", subscriptionId)
                .query("event_type", eventType)
                .query("status", status)
                .query("limit", limit);
    }
}
