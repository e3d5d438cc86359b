package com.siglume.sdrp.client.webhooks;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createWebhookSubscription(WebhookSubscriptionRequest)}.
 */
public final class WebhookSubscriptionRequest {

    /** Event types subscribed when none are given. */
    public static final List<String> DEFAULT_EVENT_TYPES =
            List.of(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED, Sdrp.EVENT_DIRECT_PAYMENT_SPENT);

    private final Values values;

    private WebhookSubscriptionRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a webhook subscription request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this webhook subscription request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.callbackUrl = values.callbackUrl();
        builder.description = values.description();
        builder.eventTypes = values.eventTypes();
        builder.metadata = values.metadata();
        return builder;
    }

    /** {@return the https URL Siglume posts events to} */
    public String callbackUrl() {
        return values.callbackUrl();
    }

    /** {@return the description, or {@code null}} */
    public @Nullable String description() {
        return values.description();
    }

    /** {@return the event types to receive; {@code null} or empty means {@link #DEFAULT_EVENT_TYPES}} */
    public List<String> eventTypes() {
        return values.eventTypes();
    }

    /** {@return your data kept with the subscription (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    /**
     * A subscription to the default event types with no description or metadata.
     *
     * @param callbackUrl the https callback URL
     * @return the request
     * @throws SdrpValidationException when the URL is not https
     */
    public static WebhookSubscriptionRequest of(String callbackUrl) {
        return builder().callbackUrl(callbackUrl).build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("callback_url", values.callbackUrl());
        Inputs.putTexts(body, "event_types", values.eventTypes());
        Inputs.putText(body, "description", values.description());
        Inputs.putObject(body, "metadata", values.metadata());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WebhookSubscriptionRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the webhook subscription request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("WebhookSubscriptionRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String callbackUrl,
            @Nullable String description,
            List<String> eventTypes,
            @Nullable Map<String, Object> metadata) {

        Values {
            callbackUrl = SdrpInputs.httpsUrl("callback_url", callbackUrl);
            description = Inputs.optionalText("description", description);
            eventTypes = eventTypes == null || eventTypes.isEmpty() ? DEFAULT_EVENT_TYPES
                    : Inputs.optionalTexts("event_type", eventTypes);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link WebhookSubscriptionRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String callbackUrl;
        private @Nullable String description;
        private @Nullable List<String> eventTypes;
        private @Nullable Map<String, Object> metadata;

        private Builder() {
        }

        /** Sets {@link WebhookSubscriptionRequest#callbackUrl()}: the https URL Siglume posts events to. */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
            return this;
        }

        /** Sets {@link WebhookSubscriptionRequest#description()}: a description, or {@code null}. */
        public Builder description(@Nullable String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets {@link WebhookSubscriptionRequest#eventTypes()}: event types to receive; {@code null} or empty means
         * {@link #DEFAULT_EVENT_TYPES}.
         */
        public Builder eventTypes(List<String> value) {
            this.eventTypes = value;
            return this;
        }

        /**
         * Sets {@link WebhookSubscriptionRequest#metadata()}: your data kept with the subscription (a JSON object),
         * or {@code null}.
         */
        public Builder metadata(@Nullable Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public WebhookSubscriptionRequest build() {
            return new WebhookSubscriptionRequest(new Values(callbackUrl, description, eventTypes, metadata));
        }
    }
}
