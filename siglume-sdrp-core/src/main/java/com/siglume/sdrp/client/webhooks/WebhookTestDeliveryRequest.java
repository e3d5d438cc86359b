package com.siglume.sdrp.client.webhooks;

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
 * Input of {@link SiglumeMerchantClient#queueTestDelivery(WebhookTestDeliveryRequest)}.
 */
public final class WebhookTestDeliveryRequest {

    private final Values values;

    private WebhookTestDeliveryRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a test delivery request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this test delivery request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventType = values.eventType();
        builder.data = values.data();
        builder.subscriptionIds = values.subscriptionIds();
        return builder;
    }

    /** {@return the event type to send, for example {@code direct_payment.confirmed}} */
    public String eventType() {
        return values.eventType();
    }

    /** {@return the event's {@code data} object, or {@code null}} */
    public @Nullable Map<String, Object> data() {
        return values.data();
    }

    /** {@return the subscriptions to deliver to, or {@code null} for all} */
    public @Nullable List<String> subscriptionIds() {
        return values.subscriptionIds();
    }

    /**
     * A test delivery of an event type with no data, to every subscription.
     *
     * @param eventType the event type
     * @return the request
     * @throws SdrpValidationException when the event type is blank
     */
    public static WebhookTestDeliveryRequest of(String eventType) {
        return builder().eventType(eventType).build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("event_type", values.eventType());
        Inputs.putObject(body, "data", values.data());
        Inputs.putTexts(body, "subscription_ids", values.subscriptionIds());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WebhookTestDeliveryRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the test delivery request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("WebhookTestDeliveryRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String eventType,
            @Nullable Map<String, Object> data,
            @Nullable List<String> subscriptionIds) {

        Values {
            eventType = SdrpInputs.required("event_type", eventType);
            data = Inputs.optionalObject("data", data);
            subscriptionIds = Inputs.optionalTexts("subscription_id", subscriptionIds);
        }
    }

    /**
     * Builder of {@link WebhookTestDeliveryRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String eventType;
        private @Nullable Map<String, Object> data;
        private @Nullable List<String> subscriptionIds;

        private Builder() {
        }

        /**
         * Sets {@link WebhookTestDeliveryRequest#eventType()}: the event type to send, for example {@code
         * direct_payment.confirmed}.
         */
        public Builder eventType(String value) {
            this.eventType = value;
            return this;
        }

        /** Sets {@link WebhookTestDeliveryRequest#data()}: the event's {@code data} object, or {@code null}. */
        public Builder data(@Nullable Map<String, Object> value) {
            this.data = value;
            return this;
        }

        /**
         * Sets {@link WebhookTestDeliveryRequest#subscriptionIds()}: the subscriptions to deliver to, or {@code null}
         * for all.
         */
        public Builder subscriptionIds(@Nullable List<String> value) {
            this.subscriptionIds = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public WebhookTestDeliveryRequest build() {
            return new WebhookTestDeliveryRequest(new Values(eventType, data, subscriptionIds));
        }
    }
}
