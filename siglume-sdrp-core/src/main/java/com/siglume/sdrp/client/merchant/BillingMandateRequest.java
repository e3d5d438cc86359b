package com.siglume.sdrp.client.merchant;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createBillingMandate(String, BillingMandateRequest)}.
 * Every value is optional; {@code null} is not sent.
 */
public final class BillingMandateRequest {

    /** A request that sends an empty object and lets the account's settings apply. */
    public static final BillingMandateRequest DEFAULTS = builder().build();

    private final Values values;

    private BillingMandateRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a mandate request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this mandate request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.currency = values.currency();
        builder.billingCurrency = values.billingCurrency();
        builder.maxAmountMinor = values.maxAmountMinor();
        return builder;
    }

    /** {@return the mandate currency, {@code JPY} or {@code USD}, or {@code null}} */
    public @Nullable String currency() {
        return values.currency();
    }

    /** {@return the billing currency, {@code JPY} or {@code USD}, or {@code null}} */
    public @Nullable String billingCurrency() {
        return values.billingCurrency();
    }

    /** {@return the mandate cap in minor units, positive, or {@code null}} */
    public @Nullable Long maxAmountMinor() {
        return values.maxAmountMinor();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "currency", values.currency());
        Inputs.putText(body, "billing_currency", values.billingCurrency());
        Inputs.putLong(body, "max_amount_minor", values.maxAmountMinor());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BillingMandateRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the mandate request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("BillingMandateRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(@Nullable String currency,
            @Nullable String billingCurrency,
            @Nullable Long maxAmountMinor) {

        Values {
            currency = currency == null ? null : SdrpInputs.currency(currency);
            billingCurrency = billingCurrency == null ? null : SdrpInputs.currency("billing_currency", billingCurrency);
            maxAmountMinor = SdrpInputs.optionalPositiveInteger("max_amount_minor", maxAmountMinor);
        }
    }

    /**
     * Builder of {@link BillingMandateRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String currency;
        private @Nullable String billingCurrency;
        private @Nullable Long maxAmountMinor;

        private Builder() {
        }

        /** Sets {@link BillingMandateRequest#currency()}: the mandate currency, {@code JPY} or {@code USD}. */
        public Builder currency(@Nullable String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link BillingMandateRequest#billingCurrency()}: the billing currency, {@code JPY} or {@code USD}. */
        public Builder billingCurrency(@Nullable String value) {
            this.billingCurrency = value;
            return this;
        }

        /** Sets {@link BillingMandateRequest#maxAmountMinor()}: the mandate cap in minor units, positive. */
        public Builder maxAmountMinor(@Nullable Long value) {
            this.maxAmountMinor = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public BillingMandateRequest build() {
            return new BillingMandateRequest(new Values(currency, billingCurrency, maxAmountMinor));
        }
    }
}
