package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createWebhookSubscription(WebhookSubscriptionRequest)}.
 *
 * @param callbackUrl the https URL Siglume posts events to
 * @param description a description, or {@code null}
 * @param eventTypes event types to receive; {@code null} or empty means
 *        {@link #DEFAULT_EVENT_TYPES}
 * @param metadata your data kept with the subscription (a JSON object), or {@code null}
 */
public record WebhookSubscriptionRequest(String callbackUrl, String description, List<String> eventTypes,
        Map<String, Object> metadata) {

    /** Event types subscribed when none are given. */
    public static final List<String> DEFAULT_EVENT_TYPES =
            List.of(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED, Sdrp.EVENT_DIRECT_PAYMENT_SPENT);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public WebhookSubscriptionRequest {
        callbackUrl = SdrpInputs.httpsUrl("callback_url", callbackUrl);
        description = Inputs.optionalText("description", description);
        eventTypes = eventTypes == null || eventTypes.isEmpty() ? DEFAULT_EVENT_TYPES
                : Inputs.optionalTexts("event_type", eventTypes);
        metadata = Inputs.optionalObject("metadata", metadata);
    }

    /**
     * A subscription to the default event types with no description or metadata.
     *
     * @param callbackUrl the https callback URL
     * @return the request
     * @throws SdrpValidationException when the URL is not https
     */
    public static WebhookSubscriptionRequest of(String callbackUrl) {
        return new WebhookSubscriptionRequest(callbackUrl, null, null, null);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("callback_url", callbackUrl);
        Inputs.putTexts(body, "event_types", eventTypes);
        Inputs.putText(body, "description", description);
        Inputs.putObject(body, "metadata", metadata);
        return body;
    }
}
