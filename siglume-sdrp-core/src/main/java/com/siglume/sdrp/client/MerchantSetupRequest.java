package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#setupMerchant(MerchantSetupRequest)}: creates or updates
 * the merchant account.
 *
 * <p>Values are normalised when the record is created (PROTOCOL §3), so the record holds exactly
 * what is sent. {@code null} means "not sent", except {@code billingPlan} (default
 * {@code launch}) and {@code billingCurrency} (default {@code JPY}), which are always sent.
 *
 * @param merchant the self-service merchant key, lower-cased
 * @param displayName the name buyers see
 * @param billingPlan {@code launch}, {@code free}, {@code starter}, {@code growth} or {@code pro}
 * @param billingCurrency {@code JPY} or {@code USD}
 * @param allowedCurrencies accepted currencies and the token each settles in
 * @param webhookCallbackUrl the https URL Siglume posts webhook events to
 * @param billingMandateCapMinor cap of the billing mandate, in minor units
 * @param maxAmountMinor largest payment amount, in minor units
 * @param checkoutAllowedOrigins origins Hosted Checkout may return to (reduced to origins, duplicates dropped)
 * @param standardTermsAccepted whether the standard terms are accepted
 * @param termsAccepted whether the terms are accepted
 * @param termsVersion the accepted terms version
 * @param sandboxConfirmed whether a sandbox checkout was confirmed
 * @param sandboxSessionId the confirmed sandbox session id
 * @param merchantResponsibilityAttested whether the merchant attests its responsibilities
 * @param responsibilityAttestationVersion the attested responsibility version
 * @param liveModeRequested whether live mode is requested
 */
public record MerchantSetupRequest(
        String merchant,
        String displayName,
        String billingPlan,
        String billingCurrency,
        Map<String, String> allowedCurrencies,
        String webhookCallbackUrl,
        Long billingMandateCapMinor,
        Long maxAmountMinor,
        List<String> checkoutAllowedOrigins,
        Boolean standardTermsAccepted,
        Boolean termsAccepted,
        String termsVersion,
        Boolean sandboxConfirmed,
        String sandboxSessionId,
        Boolean merchantResponsibilityAttested,
        String responsibilityAttestationVersion,
        Boolean liveModeRequested) {

    /**
     * Normalises every value.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public MerchantSetupRequest {
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

    /**
     * Starts a builder.
     *
     * @param merchant the self-service merchant key
     * @return the builder
     */
    public static Builder builder(String merchant) {
        return new Builder(merchant);
    }

    /**
     * Returns a builder holding this request's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(merchant);
        builder.displayName = displayName;
        builder.billingPlan = billingPlan;
        builder.billingCurrency = billingCurrency;
        builder.allowedCurrencies = allowedCurrencies;
        builder.webhookCallbackUrl = webhookCallbackUrl;
        builder.billingMandateCapMinor = billingMandateCapMinor;
        builder.maxAmountMinor = maxAmountMinor;
        builder.checkoutAllowedOrigins = checkoutAllowedOrigins;
        builder.standardTermsAccepted = standardTermsAccepted;
        builder.termsAccepted = termsAccepted;
        builder.termsVersion = termsVersion;
        builder.sandboxConfirmed = sandboxConfirmed;
        builder.sandboxSessionId = sandboxSessionId;
        builder.merchantResponsibilityAttested = merchantResponsibilityAttested;
        builder.responsibilityAttestationVersion = responsibilityAttestationVersion;
        builder.liveModeRequested = liveModeRequested;
        return builder;
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("merchant", merchant);
        body.put("billing_plan", billingPlan);
        body.put("billing_currency", billingCurrency);
        Inputs.putText(body, "display_name", displayName);
        if (allowedCurrencies != null) {
            ObjectNode currencies = body.putObject("allowed_currencies");
            allowedCurrencies.forEach(currencies::put);
        }
        Inputs.putText(body, "webhook_callback_url", webhookCallbackUrl);
        Inputs.putLong(body, "billing_mandate_cap_minor", billingMandateCapMinor);
        Inputs.putLong(body, "max_amount_minor", maxAmountMinor);
        Inputs.putTexts(body, "checkout_allowed_origins", checkoutAllowedOrigins);
        Inputs.putBoolean(body, "standard_terms_accepted", standardTermsAccepted);
        Inputs.putBoolean(body, "terms_accepted", termsAccepted);
        Inputs.putText(body, "terms_version", termsVersion);
        Inputs.putBoolean(body, "sandbox_confirmed", sandboxConfirmed);
        Inputs.putText(body, "sandbox_session_id", sandboxSessionId);
        Inputs.putBoolean(body, "merchant_responsibility_attested", merchantResponsibilityAttested);
        Inputs.putText(body, "responsibility_attestation_version", responsibilityAttestationVersion);
        Inputs.putBoolean(body, "live_mode_requested", liveModeRequested);
        return body;
    }

    /**
     * Builder of {@link MerchantSetupRequest}; values are checked by {@link #build()}.
     */
    public static final class Builder {
        private final String merchant;
        private String displayName;
        private String billingPlan;
        private String billingCurrency;
        private Map<String, String> allowedCurrencies;
        private String webhookCallbackUrl;
        private Long billingMandateCapMinor;
        private Long maxAmountMinor;
        private List<String> checkoutAllowedOrigins;
        private Boolean standardTermsAccepted;
        private Boolean termsAccepted;
        private String termsVersion;
        private Boolean sandboxConfirmed;
        private String sandboxSessionId;
        private Boolean merchantResponsibilityAttested;
        private String responsibilityAttestationVersion;
        private Boolean liveModeRequested;

        private Builder(String merchant) {
            this.merchant = merchant;
        }

        /**
         * Sets the display name.
         *
         * @param value the name buyers see
         * @return this builder
         */
        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        /**
         * Sets the billing plan (default {@code launch}).
         *
         * @param value {@code launch}, {@code free}, {@code starter}, {@code growth} or {@code pro}
         * @return this builder
         */
        public Builder billingPlan(String value) {
            this.billingPlan = value;
            return this;
        }

        /**
         * Sets the billing currency (default {@code JPY}).
         *
         * @param value {@code JPY} or {@code USD}
         * @return this builder
         */
        public Builder billingCurrency(String value) {
            this.billingCurrency = value;
            return this;
        }

        /**
         * Accepts these currencies, each settled in its default token ({@code JPY → JPYC},
         * {@code USD → USDC}).
         *
         * @param currencies at least one currency
         * @return this builder
         * @throws SdrpValidationException when empty or a currency is not supported
         */
        public Builder allowedCurrencies(Collection<String> currencies) {
            this.allowedCurrencies = SdrpInputs.allowedCurrencies(currencies == null ? null : new ArrayList<>(currencies));
            return this;
        }

        /**
         * Accepts these currencies, each settled in the given token.
         *
         * @param currencyTokens currency to token, at least one entry
         * @return this builder
         */
        public Builder allowedCurrencyTokens(Map<String, String> currencyTokens) {
            this.allowedCurrencies = currencyTokens;
            return this;
        }

        /**
         * Sets the webhook callback URL (https).
         *
         * @param value the URL
         * @return this builder
         */
        public Builder webhookCallbackUrl(String value) {
            this.webhookCallbackUrl = value;
            return this;
        }

        /**
         * Sets the billing mandate cap.
         *
         * @param value minor units, positive
         * @return this builder
         */
        public Builder billingMandateCapMinor(Long value) {
            this.billingMandateCapMinor = value;
            return this;
        }

        /**
         * Sets the largest payment amount.
         *
         * @param value minor units, positive
         * @return this builder
         */
        public Builder maxAmountMinor(Long value) {
            this.maxAmountMinor = value;
            return this;
        }

        /**
         * Sets the origins Hosted Checkout may return to.
         *
         * @param value https origins (http only for loopback hosts)
         * @return this builder
         */
        public Builder checkoutAllowedOrigins(List<String> value) {
            this.checkoutAllowedOrigins = value;
            return this;
        }

        /**
         * Sets whether the standard terms are accepted.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder standardTermsAccepted(Boolean value) {
            this.standardTermsAccepted = value;
            return this;
        }

        /**
         * Sets whether the terms are accepted.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder termsAccepted(Boolean value) {
            this.termsAccepted = value;
            return this;
        }

        /**
         * Sets the accepted terms version.
         *
         * @param value the version
         * @return this builder
         */
        public Builder termsVersion(String value) {
            this.termsVersion = value;
            return this;
        }

        /**
         * Sets whether a sandbox checkout was confirmed.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder sandboxConfirmed(Boolean value) {
            this.sandboxConfirmed = value;
            return this;
        }

        /**
         * Sets the confirmed sandbox session id.
         *
         * @param value the session id
         * @return this builder
         */
        public Builder sandboxSessionId(String value) {
            this.sandboxSessionId = value;
            return this;
        }

        /**
         * Sets whether the merchant attests its responsibilities.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder merchantResponsibilityAttested(Boolean value) {
            this.merchantResponsibilityAttested = value;
            return this;
        }

        /**
         * Sets the attested responsibility version.
         *
         * @param value the version
         * @return this builder
         */
        public Builder responsibilityAttestationVersion(String value) {
            this.responsibilityAttestationVersion = value;
            return this;
        }

        /**
         * Sets whether live mode is requested.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder liveModeRequested(Boolean value) {
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
            return new MerchantSetupRequest(merchant, displayName, billingPlan, billingCurrency, allowedCurrencies,
                    webhookCallbackUrl, billingMandateCapMinor, maxAmountMinor, checkoutAllowedOrigins,
                    standardTermsAccepted, termsAccepted, termsVersion, sandboxConfirmed, sandboxSessionId,
                    merchantResponsibilityAttested, responsibilityAttestationVersion, liveModeRequested);
        }
    }
}
