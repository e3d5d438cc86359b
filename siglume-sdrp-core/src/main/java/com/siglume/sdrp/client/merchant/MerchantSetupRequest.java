package com.siglume.sdrp.client.merchant;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#setupMerchant(MerchantSetupRequest)}: creates or updates
 * the merchant account.
 *
 * <p>Values are normalised when the request is built (PROTOCOL §3), so the request holds exactly
 * what is sent. {@code null} means "not sent", except {@code billingPlan} (default
 * {@code launch}) and {@code billingCurrency} (default {@code JPY}), which are always sent.
 */
public final class MerchantSetupRequest {

    private final Values values;

    private MerchantSetupRequest(Values values) {
        this.values = values;
    }

    /** {@return the self-service merchant key, lower-cased} */
    public String merchant() {
        return values.merchant();
    }

    /** {@return the name buyers see, or {@code null}} */
    public @Nullable String displayName() {
        return values.displayName();
    }

    /** {@return the billing plan, {@code launch}, {@code free}, {@code starter}, {@code growth} or {@code pro}} */
    public String billingPlan() {
        return values.billingPlan();
    }

    /** {@return the billing currency, {@code JPY} or {@code USD}} */
    public String billingCurrency() {
        return values.billingCurrency();
    }

    /** {@return the accepted currencies and the token each settles in, or {@code null}} */
    public @Nullable Map<String, String> allowedCurrencies() {
        return values.allowedCurrencies();
    }

    /** {@return the https URL Siglume posts webhook events to, or {@code null}} */
    public @Nullable String webhookCallbackUrl() {
        return values.webhookCallbackUrl();
    }

    /** {@return the cap of the billing mandate, in minor units, or {@code null}} */
    public @Nullable Long billingMandateCapMinor() {
        return values.billingMandateCapMinor();
    }

    /** {@return the largest payment amount, in minor units, or {@code null}} */
    public @Nullable Long maxAmountMinor() {
        return values.maxAmountMinor();
    }

    /** {@return the origins Hosted Checkout may return to (reduced to origins, duplicates dropped), or {@code null}} */
    public @Nullable List<String> checkoutAllowedOrigins() {
        return values.checkoutAllowedOrigins();
    }

    /** {@return whether the standard terms are accepted, or {@code null}} */
    public @Nullable Boolean standardTermsAccepted() {
        return values.standardTermsAccepted();
    }

    /** {@return whether the terms are accepted, or {@code null}} */
    public @Nullable Boolean termsAccepted() {
        return values.termsAccepted();
    }

    /** {@return the accepted terms version, or {@code null}} */
    public @Nullable String termsVersion() {
        return values.termsVersion();
    }

    /** {@return whether a sandbox checkout was confirmed, or {@code null}} */
    public @Nullable Boolean sandboxConfirmed() {
        return values.sandboxConfirmed();
    }

    /** {@return the confirmed sandbox session id, or {@code null}} */
    public @Nullable String sandboxSessionId() {
        return values.sandboxSessionId();
    }

    /** {@return whether the merchant attests its responsibilities, or {@code null}} */
    public @Nullable Boolean merchantResponsibilityAttested() {
        return values.merchantResponsibilityAttested();
    }

    /** {@return the attested responsibility version, or {@code null}} */
    public @Nullable String responsibilityAttestationVersion() {
        return values.responsibilityAttestationVersion();
    }

    /** {@return whether live mode is requested, or {@code null}} */
    public @Nullable Boolean liveModeRequested() {
        return values.liveModeRequested();
    }

    /**
     * Starts a builder.
     *
     * @param merchant the self-service merchant key
     * @return the builder
     */
    public static Builder builder(String merchant) {
        return new Builder(merchant);
    }

    /** {@return a builder holding this setup request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder(values.merchant());
        builder.displayName = values.displayName();
        builder.billingPlan = values.billingPlan();
        builder.billingCurrency = values.billingCurrency();
        builder.allowedCurrencies = values.allowedCurrencies();
        builder.webhookCallbackUrl = values.webhookCallbackUrl();
        builder.billingMandateCapMinor = values.billingMandateCapMinor();
        builder.maxAmountMinor = values.maxAmountMinor();
        builder.checkoutAllowedOrigins = values.checkoutAllowedOrigins();
        builder.standardTermsAccepted = values.standardTermsAccepted();
        builder.termsAccepted = values.termsAccepted();
        builder.termsVersion = values.termsVersion();
        builder.sandboxConfirmed = values.sandboxConfirmed();
        builder.sandboxSessionId = values.sandboxSessionId();
        builder.merchantResponsibilityAttested = values.merchantResponsibilityAttested();
        builder.responsibilityAttestationVersion = values.responsibilityAttestationVersion();
        builder.liveModeRequested = values.liveModeRequested();
        return builder;
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("merchant", values.merchant());
        body.put("billing_plan", values.billingPlan());
        body.put("billing_currency", values.billingCurrency());
        Inputs.putText(body, "display_name", values.displayName());
        if (values.allowedCurrencies() != null) {
            ObjectNode currencies = body.putObject("allowed_currencies");
            values.allowedCurrencies().forEach(currencies::put);
        }
        Inputs.putText(body, "webhook_callback_url", values.webhookCallbackUrl());
        Inputs.putLong(body, "billing_mandate_cap_minor", values.billingMandateCapMinor());
        Inputs.putLong(body, "max_amount_minor", values.maxAmountMinor());
        Inputs.putTexts(body, "checkout_allowed_origins", values.checkoutAllowedOrigins());
        Inputs.putBoolean(body, "standard_terms_accepted", values.standardTermsAccepted());
        Inputs.putBoolean(body, "terms_accepted", values.termsAccepted());
        Inputs.putText(body, "terms_version", values.termsVersion());
        Inputs.putBoolean(body, "sandbox_confirmed", values.sandboxConfirmed());
        Inputs.putText(body, "sandbox_session_id", values.sandboxSessionId());
        Inputs.putBoolean(body, "merchant_responsibility_attested", values.merchantResponsibilityAttested());
        Inputs.putText(body, "responsibility_attestation_version", values.responsibilityAttestationVersion());
        Inputs.putBoolean(body, "live_mode_requested", values.liveModeRequested());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MerchantSetupRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the setup request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("MerchantSetupRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String merchant,
            @Nullable String displayName,
            String billingPlan,
            String billingCurrency,
            @Nullable Map<String, String> allowedCurrencies,
            @Nullable String webhookCallbackUrl,
            @Nullable Long billingMandateCapMinor,
            @Nullable Long maxAmountMinor,
            @Nullable List<String> checkoutAllowedOrigins,
            @Nullable Boolean standardTermsAccepted,
            @Nullable Boolean termsAccepted,
            @Nullable String termsVersion,
            @Nullable Boolean sandboxConfirmed,
            @Nullable String sandboxSessionId,
            @Nullable Boolean merchantResponsibilityAttested,
            @Nullable String responsibilityAttestationVersion,
            @Nullable Boolean liveModeRequested) {

        Values {
            merchant = SdrpInputs.selfServiceMerchant(merchant);
            displayName = Inputs.optionalText("display_name", displayName);
            billingPlan = SdrpInputs.billingPlan(billingPlan);
            billingCurrency = SdrpInputs.currency("billing_currency",
                    billingCurrency == null ? SdrpInputs.DEFAULT_BILLING_CURRENCY : billingCurrency);
            allowedCurrencies = allowedCurrencies == null ? null : SdrpInputs.allowedCurrencies(allowedCurrencies);
            webhookCallbackUrl = webhookCallbackUrl == null ? null
                    : SdrpInputs.httpsUrl("webhook_callback_url", webhookCallbackUrl);
            billingMandateCapMinor = SdrpInputs.optionalPositiveInteger("billing_mandate_cap_minor", billingMandateCapMinor);
            maxAmountMinor = SdrpInputs.optionalPositiveInteger("max_amount_minor", maxAmountMinor);
            checkoutAllowedOrigins = checkoutAllowedOrigins == null ? null
                    : SdrpInputs.checkoutOrigins(checkoutAllowedOrigins);
            termsVersion = Inputs.optionalText("terms_version", termsVersion);
            sandboxSessionId = Inputs.optionalText("sandbox_session_id", sandboxSessionId);
            responsibilityAttestationVersion = Inputs.optionalText("responsibility_attestation_version",
                    responsibilityAttestationVersion);
        }
    }

    /**
     * Builder of {@link MerchantSetupRequest}; values are checked by {@link #build()}.
     */
    public static final class Builder {
        private final String merchant;
        private @Nullable String displayName;
        private @Nullable String billingPlan;
        private @Nullable String billingCurrency;
        private @Nullable Map<String, String> allowedCurrencies;
        private @Nullable List<String> allowedCurrencyList;
        private @Nullable String webhookCallbackUrl;
        private @Nullable Long billingMandateCapMinor;
        private @Nullable Long maxAmountMinor;
        private @Nullable List<String> checkoutAllowedOrigins;
        private @Nullable Boolean standardTermsAccepted;
        private @Nullable Boolean termsAccepted;
        private @Nullable String termsVersion;
        private @Nullable Boolean sandboxConfirmed;
        private @Nullable String sandboxSessionId;
        private @Nullable Boolean merchantResponsibilityAttested;
        private @Nullable String responsibilityAttestationVersion;
        private @Nullable Boolean liveModeRequested;

        private Builder(String merchant) {
            this.merchant = merchant;
        }

        /**
         * Sets the display name.
         *
         * @param value the name buyers see
         * @return this builder
         */
        public Builder displayName(@Nullable String value) {
            this.displayName = value;
            return this;
        }

        /**
         * Sets the billing plan (default {@code launch}).
         *
         * @param value {@code launch}, {@code free}, {@code starter}, {@code growth} or {@code pro}, or
         *        {@code null} for the default
         * @return this builder
         */
        public Builder billingPlan(@Nullable String value) {
            this.billingPlan = value;
            return this;
        }

        /**
         * Sets the billing currency (default {@code JPY}).
         *
         * @param value {@code JPY} or {@code USD}, or {@code null} for the default
         * @return this builder
         */
        public Builder billingCurrency(@Nullable String value) {
            this.billingCurrency = value;
            return this;
        }

        /**
         * Accepts these currencies, each settled in its default token ({@code JPY → JPYC},
         * {@code USD → USDC}).
         *
         * @param currencies at least one currency; {@link #build()} refuses none or an unsupported one;
         *        {@code null} sends none
         * @return this builder
         */
        public Builder allowedCurrencies(@Nullable Collection<String> currencies) {
            this.allowedCurrencyList = currencies == null ? null : new ArrayList<>(currencies);
            this.allowedCurrencies = null;
            return this;
        }

        /**
         * Accepts these currencies, each settled in the given token.
         *
         * @param currencyTokens currency to token, at least one entry; {@code null} sends none
         * @return this builder
         */
        public Builder allowedCurrencyTokens(@Nullable Map<String, String> currencyTokens) {
            this.allowedCurrencies = currencyTokens;
            this.allowedCurrencyList = null;
            return this;
        }

        /**
         * Sets the webhook callback URL (https).
         *
         * @param value the URL
         * @return this builder
         */
        public Builder webhookCallbackUrl(@Nullable String value) {
            this.webhookCallbackUrl = value;
            return this;
        }

        /**
         * Sets the billing mandate cap.
         *
         * @param value minor units, positive
         * @return this builder
         */
        public Builder billingMandateCapMinor(@Nullable Long value) {
            this.billingMandateCapMinor = value;
            return this;
        }

        /**
         * Sets the largest payment amount.
         *
         * @param value minor units, positive
         * @return this builder
         */
        public Builder maxAmountMinor(@Nullable Long value) {
            this.maxAmountMinor = value;
            return this;
        }

        /**
         * Sets the origins Hosted Checkout may return to.
         *
         * @param value https origins (http only for loopback hosts)
         * @return this builder
         */
        public Builder checkoutAllowedOrigins(@Nullable List<String> value) {
            this.checkoutAllowedOrigins = value;
            return this;
        }

        /**
         * Sets whether the standard terms are accepted.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder standardTermsAccepted(@Nullable Boolean value) {
            this.standardTermsAccepted = value;
            return this;
        }

        /**
         * Sets whether the terms are accepted.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder termsAccepted(@Nullable Boolean value) {
            this.termsAccepted = value;
            return this;
        }

        /**
         * Sets the accepted terms version.
         *
         * @param value the version
         * @return this builder
         */
        public Builder termsVersion(@Nullable String value) {
            this.termsVersion = value;
            return this;
        }

        /**
         * Sets whether a sandbox checkout was confirmed.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder sandboxConfirmed(@Nullable Boolean value) {
            this.sandboxConfirmed = value;
            return this;
        }

        /**
         * Sets the confirmed sandbox session id.
         *
         * @param value the session id
         * @return this builder
         */
        public Builder sandboxSessionId(@Nullable String value) {
            this.sandboxSessionId = value;
            return this;
        }

        /**
         * Sets whether the merchant attests its responsibilities.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder merchantResponsibilityAttested(@Nullable Boolean value) {
            this.merchantResponsibilityAttested = value;
            return this;
        }

        /**
         * Sets the attested responsibility version.
         *
         * @param value the version
         * @return this builder
         */
        public Builder responsibilityAttestationVersion(@Nullable String value) {
            this.responsibilityAttestationVersion = value;
            return this;
        }

        /**
         * Sets whether live mode is requested.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder liveModeRequested(@Nullable Boolean value) {
            this.liveModeRequested = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public MerchantSetupRequest build() {
            Map<String, String> currencies = allowedCurrencyList != null
                    ? SdrpInputs.allowedCurrencies(allowedCurrencyList) : allowedCurrencies;
            return new MerchantSetupRequest(new Values(merchant, displayName, billingPlan, billingCurrency, currencies,
                    webhookCallbackUrl, billingMandateCapMinor, maxAmountMinor, checkoutAllowedOrigins,
                    standardTermsAccepted, termsAccepted, termsVersion, sandboxConfirmed, sandboxSessionId,
                    merchantResponsibilityAttested, responsibilityAttestationVersion, liveModeRequested));
        }
    }
}
