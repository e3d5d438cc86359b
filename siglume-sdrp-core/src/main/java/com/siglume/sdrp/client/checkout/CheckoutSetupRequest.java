package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link SiglumeMerchantClient#setupCheckout(CheckoutSetupRequest)}: merchant setup plus
 * what to prepare after it.
 */
public final class CheckoutSetupRequest {

    private final Values values;

    private CheckoutSetupRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a setup request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this setup request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.merchantSetup = values.merchantSetup();
        builder.prepareBillingMandate = values.prepareBillingMandate();
        builder.createWebhookSubscription = values.createWebhookSubscription();
        builder.webhookEventTypes = values.webhookEventTypes();
        builder.webhookDescription = values.webhookDescription();
        return builder;
    }

    /** {@return the merchant setup sent first} */
    public MerchantSetupRequest merchantSetup() {
        return values.merchantSetup();
    }

    /** {@return whether to prepare the billing mandate (default {@code true})} */
    public boolean prepareBillingMandate() {
        return values.prepareBillingMandate();
    }

    /**
     * {@return whether to create a webhook subscription; {@code null} means "when the setup has a webhook
     * callback URL"}
     */
    public @Nullable Boolean createWebhookSubscription() {
        return values.createWebhookSubscription();
    }

    /** {@return the event types of the subscription; {@code null} or empty means the defaults} */
    public List<String> webhookEventTypes() {
        return values.webhookEventTypes();
    }

    /** {@return the description of the subscription; {@code null} means {@code "<merchant> Direct Request Payment"}} */
    public @Nullable String webhookDescription() {
        return values.webhookDescription();
    }

    /**
     * The full setup: merchant, billing mandate, and a webhook subscription when the setup has a
     * callback URL.
     *
     * @param merchantSetup the merchant setup
     * @return the request
     */
    public static CheckoutSetupRequest of(MerchantSetupRequest merchantSetup) {
        return builder().merchantSetup(merchantSetup).build();
    }

    /**
     * Tells whether a webhook subscription will be created.
     *
     * @return {@code true} when requested (or not refused) and a callback URL is set
     */
    boolean createsWebhookSubscription() {
        boolean hasCallback = values.merchantSetup().webhookCallbackUrl() != null;
        boolean wanted = values.createWebhookSubscription() != null ? values.createWebhookSubscription() : hasCallback;
        return wanted && hasCallback;
    }

    /**
     * Returns a copy that skips the billing mandate.
     *
     * @return the new request
     */
    public CheckoutSetupRequest withoutBillingMandate() {
        return toBuilder().prepareBillingMandate(false).build();
    }

    /**
     * Returns a copy that skips the webhook subscription.
     *
     * @return the new request
     */
    public CheckoutSetupRequest withoutWebhookSubscription() {
        return toBuilder().createWebhookSubscription(false).build();
    }

    /**
     * Returns a copy with other webhook event types.
     *
     * @param eventTypes the event types
     * @return the new request
     */
    public CheckoutSetupRequest withWebhookEventTypes(List<String> eventTypes) {
        return toBuilder().webhookEventTypes(eventTypes).build();
    }

    /**
     * Returns a copy with another webhook description.
     *
     * @param description the description
     * @return the new request
     */
    public CheckoutSetupRequest withWebhookDescription(String description) {
        return toBuilder().webhookDescription(description).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CheckoutSetupRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the setup request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("CheckoutSetupRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(MerchantSetupRequest merchantSetup,
            boolean prepareBillingMandate,
            @Nullable Boolean createWebhookSubscription,
            List<String> webhookEventTypes,
            @Nullable String webhookDescription) {

        Values {
            if (merchantSetup == null) {
                throw new SdrpValidationException("merchant", "merchant setup is required");
            }
            if (Boolean.TRUE.equals(createWebhookSubscription) && merchantSetup.webhookCallbackUrl() == null) {
                throw new SdrpValidationException("webhook_callback_url",
                        "webhook_callback_url is required to create a webhook subscription");
            }
            webhookEventTypes = Inputs.optionalTexts("event_type", webhookEventTypes);
            webhookDescription = Inputs.optionalText("description", webhookDescription);
        }
    }

    /**
     * Builder of {@link CheckoutSetupRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable MerchantSetupRequest merchantSetup;
        private boolean prepareBillingMandate = true;
        private @Nullable Boolean createWebhookSubscription;
        private @Nullable List<String> webhookEventTypes;
        private @Nullable String webhookDescription;

        private Builder() {
        }

        /** Sets {@link CheckoutSetupRequest#merchantSetup()}: the merchant setup sent first. */
        public Builder merchantSetup(MerchantSetupRequest value) {
            this.merchantSetup = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSetupRequest#prepareBillingMandate()}: whether to prepare the billing mandate (default
         * {@code true}).
         */
        public Builder prepareBillingMandate(boolean value) {
            this.prepareBillingMandate = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSetupRequest#createWebhookSubscription()}: whether to create a webhook subscription;
         * {@code null} means "when the setup has a webhook callback URL".
         */
        public Builder createWebhookSubscription(@Nullable Boolean value) {
            this.createWebhookSubscription = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSetupRequest#webhookEventTypes()}: event types of the subscription; {@code null} or
         * empty means the defaults.
         */
        public Builder webhookEventTypes(List<String> value) {
            this.webhookEventTypes = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSetupRequest#webhookDescription()}: description of the subscription; {@code null} means
         * {@code "<merchant> Direct Request Payment"}.
         */
        public Builder webhookDescription(@Nullable String value) {
            this.webhookDescription = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public CheckoutSetupRequest build() {
            return new CheckoutSetupRequest(new Values(merchantSetup, prepareBillingMandate,
                    createWebhookSubscription, webhookEventTypes, webhookDescription));
        }
    }
}
