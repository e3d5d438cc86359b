package com.siglume.sdrp.client.webhooks;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@link SiglumeMerchantClient#listWebhookDeliveries(WebhookDeliveryQuery)}; {@code null}
 * means no filter.
 */
public final class WebhookDeliveryQuery {

    /** No filters. */
    public static final WebhookDeliveryQuery ALL = builder().build();

    private final Values values;

    private WebhookDeliveryQuery(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a delivery query} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this delivery query's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subscriptionId = values.subscriptionId();
        builder.eventType = values.eventType();
        builder.status = values.status();
        builder.limit = values.limit();
        return builder;
    }

    /** {@return the filter: only deliveries of this subscription, or {@code null}} */
    public @Nullable String subscriptionId() {
        return values.subscriptionId();
    }

    /** {@return the filter: only deliveries of this event type, or {@code null}} */
    public @Nullable String eventType() {
        return values.eventType();
    }

    /** {@return the filter: only deliveries in this delivery status, or {@code null}} */
    public @Nullable String status() {
        return values.status();
    }

    /** {@return the page size: at most this many deliveries, positive, or {@code null}} */
    public @Nullable Integer limit() {
        return values.limit();
    }

    ApiPath appendTo(ApiPath path) {
        return path.query("subscription_id", values.subscriptionId())
                .query("event_type", values.eventType())
                .query("status", values.status())
                .query("limit", values.limit());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WebhookDeliveryQuery that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the delivery query's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("WebhookDeliveryQuery", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(@Nullable String subscriptionId,
            @Nullable String eventType,
            @Nullable String status,
            @Nullable Integer limit) {

        Values {
            subscriptionId = Inputs.optionalText("subscription_id", subscriptionId);
            eventType = Inputs.optionalText("event_type", eventType);
            status = Inputs.optionalText("status", status);
            if (limit != null) {
                SdrpInputs.positiveInteger("limit", limit);
            }
        }
    }

    /**
     * Builder of {@link WebhookDeliveryQuery}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String subscriptionId;
        private @Nullable String eventType;
        private @Nullable String status;
        private @Nullable Integer limit;

        private Builder() {
        }

        /** Sets {@link WebhookDeliveryQuery#subscriptionId()}: only deliveries of this subscription. */
        public Builder subscriptionId(@Nullable String value) {
            this.subscriptionId = value;
            return this;
        }

        /** Sets {@link WebhookDeliveryQuery#eventType()}: only deliveries of this event type. */
        public Builder eventType(@Nullable String value) {
            this.eventType = value;
            return this;
        }

        /** Sets {@link WebhookDeliveryQuery#status()}: only deliveries in this delivery status. */
        public Builder status(@Nullable String value) {
            this.status = value;
            return this;
        }

        /** Sets {@link WebhookDeliveryQuery#limit()}: at most this many deliveries, positive. */
        public Builder limit(@Nullable Integer value) {
            this.limit = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public WebhookDeliveryQuery build() {
            return new WebhookDeliveryQuery(new Values(subscriptionId, eventType, status, limit));
        }
    }
}
