package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#queueTestDelivery(WebhookTestDeliveryRequest)}.
 *
 * @param eventType the event type to send, for example {@code direct_payment.confirmed}
 * @param data the event's {@code data} object, or {@code null}
 * @param subscriptionIds the subscriptions to deliver to, or {@code null} for all
 */
public record WebhookTestDeliveryRequest(String eventType, Map<String, Object> data, List<String> subscriptionIds) {

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public WebhookTestDeliveryRequest {
        eventType = SdrpInputs.required("event_type", eventType);
        data = Inputs.optionalObject("data", data);
        subscriptionIds = Inputs.optionalTexts("subscription_id", subscriptionIds);
    }

    /**
     * A test delivery of an event type with no data, to every subscription.
     *
     * @param eventType the event type
     * @return the request
     * @throws SdrpValidationException when the event type is blank
     */
    public static WebhookTestDeliveryRequest of(String eventType) {
        return new WebhookTestDeliveryRequest(eventType, null, null);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("event_type", eventType);
        Inputs.putObject(body, "data", data);
        Inputs.putTexts(body, "subscription_ids", subscriptionIds);
        return body;
    }
}
