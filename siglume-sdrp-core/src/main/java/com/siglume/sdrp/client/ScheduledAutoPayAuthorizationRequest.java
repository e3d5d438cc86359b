package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest)}.
 * Every value is optional and {@code null} is not sent; build it with {@link #builder()}.
 *
 * <p>Text values are trimmed and must not be blank when given; amounts and counts are positive
 * integers; currency and tokens are normalised; {@code cadence} is either text or a JSON object.
 *
 * @param listingId the listing id
 * @param productListingId the product listing id
 * @param capabilityKey the capability key
 * @param mode the mode
 * @param merchant the merchant key
 * @param challenge the merchant's recurring challenge (cadence {@code daily})
 * @param agentId the agent id
 * @param operationKey the operation key
 * @param allowedOperationKey the allowed operation key
 * @param expectedOperationKey the expected operation key
 * @param expiresAt expiry time (ISO-8601)
 * @param validUntil validity end (ISO-8601)
 * @param authorizationId an existing authorization id
 * @param externalSignature an external signature
 * @param externalSafeTxHash an external Safe transaction hash
 * @param amountMinor amount per run in minor units
 * @param expectedAmountMinor expected amount in minor units
 * @param maxAmountMinor largest amount in minor units
 * @param maxAmountMinorPerRun largest amount per run in minor units
 * @param maxRuns largest number of runs
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param buyerToken the buyer's token, {@code JPYC} or {@code USDC}
 * @param cadence the cadence: a {@code String} or an unmodifiable JSON object map
 * @param cadenceLimit the cadence limit (a JSON object)
 * @param metadata your data (a JSON object)
 * @param userSigning whether the user signs
 * @param userSigningFlow whether the user-signing flow is used
 */
public record ScheduledAutoPayAuthorizationRequest(
        String listingId,
        String productListingId,
        String capabilityKey,
        String mode,
        String merchant,
        String challenge,
        String agentId,
        String operationKey,
        String allowedOperationKey,
        String expectedOperationKey,
        String expiresAt,
        String validUntil,
        String authorizationId,
        String externalSignature,
        String externalSafeTxHash,
        Long amountMinor,
        Long expectedAmountMinor,
        Long maxAmountMinor,
        Long maxAmountMinorPerRun,
        Long maxRuns,
        String currency,
        String tokenSymbol,
        String buyerToken,
        Object cadence,
        Map<String, Object> cadenceLimit,
        Map<String, Object> metadata,
        Boolean userSigning,
        Boolean userSigningFlow) {

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public ScheduledAutoPayAuthorizationRequest {
        listingId = Inputs.optionalText("listing_id", listingId);
        productListingId = Inputs.optionalText("product_listing_id", productListingId);
        capabilityKey = Inputs.optionalText("capability_key", capabilityKey);
        mode = Inputs.optionalText("mode", mode);
        merchant = Inputs.optionalText("merchant", merchant);
        challenge = Inputs.optionalText("challenge", challenge);
        agentId = Inputs.optionalText("agent_id", agentId);
        operationKey = Inputs.optionalText("operation_key", operationKey);
        allowedOperationKey = Inputs.optionalText("allowed_operation_key", allowedOperationKey);
        expectedOperationKey = Inputs.optionalText("expected_operation_key", expectedOperationKey);
        expiresAt = Inputs.optionalText("expires_at", expiresAt);
        validUntil = Inputs.optionalText("valid_until", validUntil);
        authorizationId = Inputs.optionalText("authorization_id", authorizationId);
        externalSignature = Inputs.optionalText("external_signature", externalSignature);
        externalSafeTxHash = Inputs.optionalText("external_safe_tx_hash", externalSafeTxHash);
        amountMinor = SdrpInputs.optionalPositiveInteger("amount_minor", amountMinor);
        expectedAmountMinor = SdrpInputs.optionalPositiveInteger("expected_amount_minor", expectedAmountMinor);
        maxAmountMinor = SdrpInputs.optionalPositiveInteger("max_amount_minor", maxAmountMinor);
        maxAmountMinorPerRun = SdrpInputs.optionalPositiveInteger("max_amount_minor_per_run", maxAmountMinorPerRun);
        maxRuns = SdrpInputs.optionalPositiveInteger("max_runs", maxRuns);
        currency = currency == null ? null : SdrpInputs.currency(currency);
        tokenSymbol = tokenSymbol == null ? null : SdrpInputs.tokenSymbol("token_symbol", tokenSymbol);
        buyerToken = buyerToken == null ? null : SdrpInputs.tokenSymbol("buyer_token", buyerToken);
        if (cadence instanceof String text) {
            cadence = SdrpInputs.required("cadence", text);
        } else if (cadence instanceof Map<?, ?> map) {
            cadence = Inputs.optionalObject("cadence", Inputs.stringKeyed("cadence", map));
        } else if (cadence != null) {
            throw new SdrpValidationException("cadence", "cadence must be text or a JSON object");
        }
        cadenceLimit = Inputs.optionalObject("cadence_limit", cadenceLimit);
        metadata = Inputs.optionalObject("metadata", metadata);
    }

    /**
     * Starts a builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "listing_id", listingId);
        Inputs.putText(body, "product_listing_id", productListingId);
        Inputs.putText(body, "capability_key", capabilityKey);
        Inputs.putText(body, "mode", mode);
        Inputs.putText(body, "merchant", merchant);
        Inputs.putText(body, "challenge", challenge);
        Inputs.putText(body, "agent_id", agentId);
        Inputs.putText(body, "operation_key", operationKey);
        Inputs.putText(body, "allowed_operation_key", allowedOperationKey);
        Inputs.putText(body, "expected_operation_key", expectedOperationKey);
        Inputs.putText(body, "expires_at", expiresAt);
        Inputs.putText(body, "valid_until", validUntil);
        Inputs.putText(body, "authorization_id", authorizationId);
        Inputs.putText(body, "external_signature", externalSignature);
        Inputs.putText(body, "external_safe_tx_hash", externalSafeTxHash);
        Inputs.putLong(body, "amount_minor", amountMinor);
        Inputs.putLong(body, "expected_amount_minor", expectedAmountMinor);
        Inputs.putLong(body, "max_amount_minor", maxAmountMinor);
        Inputs.putLong(body, "max_amount_minor_per_run", maxAmountMinorPerRun);
        Inputs.putLong(body, "max_runs", maxRuns);
        Inputs.putText(body, "currency", currency);
        Inputs.putText(body, "token_symbol", tokenSymbol);
        Inputs.putText(body, "buyer_token", buyerToken);
        if (cadence instanceof String text) {
            body.put("cadence", text);
        } else if (cadence instanceof Map<?, ?> map) {
            Inputs.putObject(body, "cadence", Inputs.stringKeyed("cadence", map));
        }
        Inputs.putObject(body, "cadence_limit", cadenceLimit);
        Inputs.putObject(body, "metadata", metadata);
        Inputs.putBoolean(body, "user_signing", userSigning);
        Inputs.putBoolean(body, "user_signing_flow", userSigningFlow);
        return body;
    }

    /**
     * Builder of {@link ScheduledAutoPayAuthorizationRequest}; values are checked by {@link #build()}.
     */
    public static final class Builder {
        private String listingId;
        private String productListingId;
        private String capabilityKey;
        private String mode;
        private String merchant;
        private String challenge;
        private String agentId;
        private String operationKey;
        private String allowedOperationKey;
        private String expectedOperationKey;
        private String expiresAt;
        private String validUntil;
        private String authorizationId;
        private String externalSignature;
        private String externalSafeTxHash;
        private Long amountMinor;
        private Long expectedAmountMinor;
        private Long maxAmountMinor;
        private Long maxAmountMinorPerRun;
        private Long maxRuns;
        private String currency;
        private String tokenSymbol;
        private String buyerToken;
        private Object cadence;
        private Map<String, Object> cadenceLimit;
        private Map<String, Object> metadata;
        private Boolean userSigning;
        private Boolean userSigningFlow;

        private Builder() {
        }

        /**
         * Sets the listing id.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder listingId(String value) {
            this.listingId = value;
            return this;
        }

        /**
         * Sets the product listing id.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder productListingId(String value) {
            this.productListingId = value;
            return this;
        }

        /**
         * Sets the capability key.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder capabilityKey(String value) {
            this.capabilityKey = value;
            return this;
        }

        /**
         * Sets the mode.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder mode(String value) {
            this.mode = value;
            return this;
        }

        /**
         * Sets the merchant key.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder merchant(String value) {
            this.merchant = value;
            return this;
        }

        /**
         * Sets the merchant's recurring challenge (cadence {@code daily}).
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder challenge(String value) {
            this.challenge = value;
            return this;
        }

        /**
         * Sets the agent id.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder agentId(String value) {
            this.agentId = value;
            return this;
        }

        /**
         * Sets the operation key.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder operationKey(String value) {
            this.operationKey = value;
            return this;
        }

        /**
         * Sets the allowed operation key.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder allowedOperationKey(String value) {
            this.allowedOperationKey = value;
            return this;
        }

        /**
         * Sets the expected operation key.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder expectedOperationKey(String value) {
            this.expectedOperationKey = value;
            return this;
        }

        /**
         * Sets the expiry time (ISO-8601).
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder expiresAt(String value) {
            this.expiresAt = value;
            return this;
        }

        /**
         * Sets the validity end (ISO-8601).
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder validUntil(String value) {
            this.validUntil = value;
            return this;
        }

        /**
         * Sets an existing authorization id.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder authorizationId(String value) {
            this.authorizationId = value;
            return this;
        }

        /**
         * Sets an external signature.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder externalSignature(String value) {
            this.externalSignature = value;
            return this;
        }

        /**
         * Sets an external Safe transaction hash.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder externalSafeTxHash(String value) {
            this.externalSafeTxHash = value;
            return this;
        }

        /**
         * Sets the amount per run in minor units.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder amountMinor(Long value) {
            this.amountMinor = value;
            return this;
        }

        /**
         * Sets the expected amount in minor units.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder expectedAmountMinor(Long value) {
            this.expectedAmountMinor = value;
            return this;
        }

        /**
         * Sets the largest amount in minor units.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder maxAmountMinor(Long value) {
            this.maxAmountMinor = value;
            return this;
        }

        /**
         * Sets the largest amount per run in minor units.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder maxAmountMinorPerRun(Long value) {
            this.maxAmountMinorPerRun = value;
            return this;
        }

        /**
         * Sets the largest number of runs.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder maxRuns(Long value) {
            this.maxRuns = value;
            return this;
        }

        /**
         * Sets the currency, {@code JPY} or {@code USD}.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets the token, {@code JPYC} or {@code USDC}.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder tokenSymbol(String value) {
            this.tokenSymbol = value;
            return this;
        }

        /**
         * Sets the buyer's token, {@code JPYC} or {@code USDC}.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder buyerToken(String value) {
            this.buyerToken = value;
            return this;
        }

        /**
         * Sets the cadence as text.
         *
         * @param value for example {@code daily}
         * @return this builder
         */
        public Builder cadence(String value) {
            this.cadence = value;
            return this;
        }

        /**
         * Sets the cadence as a JSON object.
         *
         * @param value the cadence object
         * @return this builder
         */
        public Builder cadence(Map<String, Object> value) {
            this.cadence = value;
            return this;
        }

        /**
         * Sets the cadence limit (a JSON object).
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder cadenceLimit(Map<String, Object> value) {
            this.cadenceLimit = value;
            return this;
        }

        /**
         * Sets your metadata (a JSON object).
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder metadata(Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /**
         * Sets whether the user signs.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder userSigning(Boolean value) {
            this.userSigning = value;
            return this;
        }

        /**
         * Sets whether the user-signing flow is used.
         *
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder userSigningFlow(Boolean value) {
            this.userSigningFlow = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public ScheduledAutoPayAuthorizationRequest build() {
            return new ScheduledAutoPayAuthorizationRequest(listingId, productListingId, capabilityKey, mode, merchant, challenge, agentId, operationKey, allowedOperationKey, expectedOperationKey, expiresAt, validUntil, authorizationId, externalSignature, externalSafeTxHash, amountMinor, expectedAmountMinor, maxAmountMinor, maxAmountMinorPerRun, maxRuns, currency, tokenSymbol, buyerToken, cadence, cadenceLimit, metadata, userSigning, userSigningFlow);
        }
    }
}
