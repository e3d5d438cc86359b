package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.PaymentMode;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.internal.WireNames;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest)}.
 * Every value is optional and {@code null} is not sent; build it with {@link #builder()}.
 *
 * <p>Text values are trimmed and must not be blank when given; amounts and counts are positive
 * integers; currency and tokens are normalised; {@code mode} and {@code cadence} are typed.
 */
public final class ScheduledAutoPayAuthorizationRequest {

    private final Values values;

    private ScheduledAutoPayAuthorizationRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of an authorization request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this authorization request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.listingId = values.listingId();
        builder.productListingId = values.productListingId();
        builder.capabilityKey = values.capabilityKey();
        builder.mode = values.mode();
        builder.merchant = values.merchant();
        builder.challenge = values.challenge();
        builder.agentId = values.agentId();
        builder.operationKey = values.operationKey();
        builder.allowedOperationKey = values.allowedOperationKey();
        builder.expectedOperationKey = values.expectedOperationKey();
        builder.expiresAt = values.expiresAt();
        builder.validUntil = values.validUntil();
        builder.authorizationId = values.authorizationId();
        builder.externalSignature = values.externalSignature();
        builder.externalSafeTxHash = values.externalSafeTxHash();
        builder.amountMinor = values.amountMinor();
        builder.expectedAmountMinor = values.expectedAmountMinor();
        builder.maxAmountMinor = values.maxAmountMinor();
        builder.maxAmountMinorPerRun = values.maxAmountMinorPerRun();
        builder.maxRuns = values.maxRuns();
        builder.currency = values.currency();
        builder.tokenSymbol = values.tokenSymbol();
        builder.buyerToken = values.buyerToken();
        builder.cadence = values.cadence();
        builder.cadenceLimit = values.cadenceLimit();
        builder.metadata = values.metadata();
        builder.userSigning = values.userSigning();
        builder.userSigningFlow = values.userSigningFlow();
        return builder;
    }

    /** {@return the listing id, or {@code null}} */
    public @Nullable String listingId() {
        return values.listingId();
    }

    /** {@return the product listing id, or {@code null}} */
    public @Nullable String productListingId() {
        return values.productListingId();
    }

    /** {@return the capability key, or {@code null}} */
    public @Nullable String capabilityKey() {
        return values.capabilityKey();
    }

    /** {@return the payment mode, {@link PaymentMode#EXTERNAL_402} for Direct Request Payment, or {@code null}} */
    public @Nullable PaymentMode mode() {
        return values.mode();
    }

    /** {@return the merchant key, or {@code null}} */
    public @Nullable String merchant() {
        return values.merchant();
    }

    /** {@return the merchant's recurring challenge (cadence {@code daily}), or {@code null}} */
    public @Nullable String challenge() {
        return values.challenge();
    }

    /** {@return the agent id, or {@code null}} */
    public @Nullable String agentId() {
        return values.agentId();
    }

    /** {@return the operation key, or {@code null}} */
    public @Nullable String operationKey() {
        return values.operationKey();
    }

    /** {@return the allowed operation key, or {@code null}} */
    public @Nullable String allowedOperationKey() {
        return values.allowedOperationKey();
    }

    /** {@return the expected operation key, or {@code null}} */
    public @Nullable String expectedOperationKey() {
        return values.expectedOperationKey();
    }

    /** {@return the expiry time (ISO-8601), or {@code null}} */
    public @Nullable String expiresAt() {
        return values.expiresAt();
    }

    /** {@return the validity end (ISO-8601), or {@code null}} */
    public @Nullable String validUntil() {
        return values.validUntil();
    }

    /** {@return an existing authorization id, or {@code null}} */
    public @Nullable String authorizationId() {
        return values.authorizationId();
    }

    /** {@return an external signature, or {@code null}} */
    public @Nullable String externalSignature() {
        return values.externalSignature();
    }

    /** {@return an external Safe transaction hash, or {@code null}} */
    public @Nullable String externalSafeTxHash() {
        return values.externalSafeTxHash();
    }

    /** {@return the amount per run in minor units, or {@code null}} */
    public @Nullable Long amountMinor() {
        return values.amountMinor();
    }

    /** {@return the expected amount in minor units, or {@code null}} */
    public @Nullable Long expectedAmountMinor() {
        return values.expectedAmountMinor();
    }

    /** {@return the largest amount in minor units, or {@code null}} */
    public @Nullable Long maxAmountMinor() {
        return values.maxAmountMinor();
    }

    /** {@return the largest amount per run in minor units, or {@code null}} */
    public @Nullable Long maxAmountMinorPerRun() {
        return values.maxAmountMinorPerRun();
    }

    /** {@return the largest number of runs, or {@code null}} */
    public @Nullable Long maxRuns() {
        return values.maxRuns();
    }

    /** {@return the currency, {@code JPY} or {@code USD}, or {@code null}} */
    public @Nullable String currency() {
        return values.currency();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return values.tokenSymbol();
    }

    /** {@return the buyer's token, {@code JPYC} or {@code USDC}, or {@code null}} */
    public @Nullable String buyerToken() {
        return values.buyerToken();
    }

    /** {@return the cadence, sent as a name or as an object, or {@code null}} */
    public @Nullable ScheduledAutoPayCadence cadence() {
        return values.cadence();
    }

    /** {@return the cadence limit (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> cadenceLimit() {
        return values.cadenceLimit();
    }

    /** {@return your data (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    /** {@return whether the user signs, or {@code null}} */
    public @Nullable Boolean userSigning() {
        return values.userSigning();
    }

    /** {@return whether the user-signing flow is used, or {@code null}} */
    public @Nullable Boolean userSigningFlow() {
        return values.userSigningFlow();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "listing_id", values.listingId());
        Inputs.putText(body, "product_listing_id", values.productListingId());
        Inputs.putText(body, "capability_key", values.capabilityKey());
        Inputs.putText(body, "mode", values.mode() == null ? null : values.mode().wireName());
        Inputs.putText(body, "merchant", values.merchant());
        Inputs.putText(body, "challenge", values.challenge());
        Inputs.putText(body, "agent_id", values.agentId());
        Inputs.putText(body, "operation_key", values.operationKey());
        Inputs.putText(body, "allowed_operation_key", values.allowedOperationKey());
        Inputs.putText(body, "expected_operation_key", values.expectedOperationKey());
        Inputs.putText(body, "expires_at", values.expiresAt());
        Inputs.putText(body, "valid_until", values.validUntil());
        Inputs.putText(body, "authorization_id", values.authorizationId());
        Inputs.putText(body, "external_signature", values.externalSignature());
        Inputs.putText(body, "external_safe_tx_hash", values.externalSafeTxHash());
        Inputs.putLong(body, "amount_minor", values.amountMinor());
        Inputs.putLong(body, "expected_amount_minor", values.expectedAmountMinor());
        Inputs.putLong(body, "max_amount_minor", values.maxAmountMinor());
        Inputs.putLong(body, "max_amount_minor_per_run", values.maxAmountMinorPerRun());
        Inputs.putLong(body, "max_runs", values.maxRuns());
        Inputs.putText(body, "currency", values.currency());
        Inputs.putText(body, "token_symbol", values.tokenSymbol());
        Inputs.putText(body, "buyer_token", values.buyerToken());
        ScheduledAutoPayCadence cadence = values.cadence();
        if (cadence != null && cadence.isObject()) {
            Inputs.putObject(body, "cadence", cadence.fields());
        } else {
            Inputs.putText(body, "cadence", cadence == null ? null : cadence.unitWireName());
        }
        Inputs.putObject(body, "cadence_limit", values.cadenceLimit());
        Inputs.putObject(body, "metadata", values.metadata());
        Inputs.putBoolean(body, "user_signing", values.userSigning());
        Inputs.putBoolean(body, "user_signing_flow", values.userSigningFlow());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScheduledAutoPayAuthorizationRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the authorization request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("ScheduledAutoPayAuthorizationRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(@Nullable String listingId,
            @Nullable String productListingId,
            @Nullable String capabilityKey,
            @Nullable PaymentMode mode,
            @Nullable String merchant,
            @Nullable String challenge,
            @Nullable String agentId,
            @Nullable String operationKey,
            @Nullable String allowedOperationKey,
            @Nullable String expectedOperationKey,
            @Nullable String expiresAt,
            @Nullable String validUntil,
            @Nullable String authorizationId,
            @Nullable String externalSignature,
            @Nullable String externalSafeTxHash,
            @Nullable Long amountMinor,
            @Nullable Long expectedAmountMinor,
            @Nullable Long maxAmountMinor,
            @Nullable Long maxAmountMinorPerRun,
            @Nullable Long maxRuns,
            @Nullable String currency,
            @Nullable String tokenSymbol,
            @Nullable String buyerToken,
            @Nullable ScheduledAutoPayCadence cadence,
            @Nullable Map<String, Object> cadenceLimit,
            Map<String, Object> metadata,
            @Nullable Boolean userSigning,
            @Nullable Boolean userSigningFlow) {

        Values {
            listingId = Inputs.optionalText("listing_id", listingId);
            productListingId = Inputs.optionalText("product_listing_id", productListingId);
            capabilityKey = Inputs.optionalText("capability_key", capabilityKey);
            WireNames.requireKnown("mode", mode, PaymentMode::wireName);
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
            cadenceLimit = Inputs.optionalObject("cadence_limit", cadenceLimit);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link ScheduledAutoPayAuthorizationRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String listingId;
        private @Nullable String productListingId;
        private @Nullable String capabilityKey;
        private @Nullable PaymentMode mode;
        private @Nullable String merchant;
        private @Nullable String challenge;
        private @Nullable String agentId;
        private @Nullable String operationKey;
        private @Nullable String allowedOperationKey;
        private @Nullable String expectedOperationKey;
        private @Nullable String expiresAt;
        private @Nullable String validUntil;
        private @Nullable String authorizationId;
        private @Nullable String externalSignature;
        private @Nullable String externalSafeTxHash;
        private @Nullable Long amountMinor;
        private @Nullable Long expectedAmountMinor;
        private @Nullable Long maxAmountMinor;
        private @Nullable Long maxAmountMinorPerRun;
        private @Nullable Long maxRuns;
        private @Nullable String currency;
        private @Nullable String tokenSymbol;
        private @Nullable String buyerToken;
        private @Nullable ScheduledAutoPayCadence cadence;
        private @Nullable Map<String, Object> cadenceLimit;
        private @Nullable Map<String, Object> metadata;
        private @Nullable Boolean userSigning;
        private @Nullable Boolean userSigningFlow;

        private Builder() {
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#listingId()}: the listing id. */
        public Builder listingId(@Nullable String value) {
            this.listingId = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#productListingId()}: the product listing id. */
        public Builder productListingId(@Nullable String value) {
            this.productListingId = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#capabilityKey()}: the capability key. */
        public Builder capabilityKey(@Nullable String value) {
            this.capabilityKey = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#mode()}: the payment mode; {@link PaymentMode#UNKNOWN} is
         * refused by {@link #build()}.
         */
        public Builder mode(@Nullable PaymentMode value) {
            this.mode = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#merchant()}: the merchant key. */
        public Builder merchant(@Nullable String value) {
            this.merchant = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#challenge()}: the merchant's recurring challenge (cadence
         * {@code daily}).
         */
        public Builder challenge(@Nullable String value) {
            this.challenge = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#agentId()}: the agent id. */
        public Builder agentId(@Nullable String value) {
            this.agentId = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#operationKey()}: the operation key. */
        public Builder operationKey(@Nullable String value) {
            this.operationKey = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#allowedOperationKey()}: the allowed operation key. */
        public Builder allowedOperationKey(@Nullable String value) {
            this.allowedOperationKey = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#expectedOperationKey()}: the expected operation key. */
        public Builder expectedOperationKey(@Nullable String value) {
            this.expectedOperationKey = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#expiresAt()}: expiry time (ISO-8601). */
        public Builder expiresAt(@Nullable String value) {
            this.expiresAt = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#validUntil()}: validity end (ISO-8601). */
        public Builder validUntil(@Nullable String value) {
            this.validUntil = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#authorizationId()}: an existing authorization id. */
        public Builder authorizationId(@Nullable String value) {
            this.authorizationId = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#externalSignature()}: an external signature. */
        public Builder externalSignature(@Nullable String value) {
            this.externalSignature = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#externalSafeTxHash()}: an external Safe transaction hash.
         */
        public Builder externalSafeTxHash(@Nullable String value) {
            this.externalSafeTxHash = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#amountMinor()}: amount per run in minor units. */
        public Builder amountMinor(@Nullable Long value) {
            this.amountMinor = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#expectedAmountMinor()}: expected amount in minor units. */
        public Builder expectedAmountMinor(@Nullable Long value) {
            this.expectedAmountMinor = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#maxAmountMinor()}: largest amount in minor units. */
        public Builder maxAmountMinor(@Nullable Long value) {
            this.maxAmountMinor = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#maxAmountMinorPerRun()}: largest amount per run in minor
         * units.
         */
        public Builder maxAmountMinorPerRun(@Nullable Long value) {
            this.maxAmountMinorPerRun = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#maxRuns()}: largest number of runs. */
        public Builder maxRuns(@Nullable Long value) {
            this.maxRuns = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#currency()}: {@code JPY} or {@code USD}. */
        public Builder currency(@Nullable String value) {
            this.currency = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#tokenSymbol()}: {@code JPYC} or {@code USDC}. */
        public Builder tokenSymbol(@Nullable String value) {
            this.tokenSymbol = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#buyerToken()}: the buyer's token, {@code JPYC} or {@code
         * USDC}.
         */
        public Builder buyerToken(@Nullable String value) {
            this.buyerToken = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#cadence()}: the cadence, a name or an object. */
        public Builder cadence(@Nullable ScheduledAutoPayCadence value) {
            this.cadence = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#cadence()} to a name, for example
         * {@code "daily"}.
         *
         * @param value the cadence
         * @return this builder
         * @throws SdrpValidationException when {@code value} is {@code null} or {@link RecurringCadence#UNKNOWN}
         */
        public Builder cadence(@Nullable RecurringCadence value) {
            return cadence(ScheduledAutoPayCadence.of(value));
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#cadenceLimit()}: the cadence limit (a JSON object). */
        public Builder cadenceLimit(@Nullable Map<String, Object> value) {
            this.cadenceLimit = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#metadata()}: your data (a JSON object). */
        public Builder metadata(@Nullable Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /** Sets {@link ScheduledAutoPayAuthorizationRequest#userSigning()}: whether the user signs. */
        public Builder userSigning(@Nullable Boolean value) {
            this.userSigning = value;
            return this;
        }

        /**
         * Sets {@link ScheduledAutoPayAuthorizationRequest#userSigningFlow()}: whether the user-signing flow is used.
         */
        public Builder userSigningFlow(@Nullable Boolean value) {
            this.userSigningFlow = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public ScheduledAutoPayAuthorizationRequest build() {
            return new ScheduledAutoPayAuthorizationRequest(new Values(listingId, productListingId, capabilityKey,
                    mode, merchant, challenge, agentId, operationKey, allowedOperationKey, expectedOperationKey,
                    expiresAt, validUntil, authorizationId, externalSignature, externalSafeTxHash, amountMinor,
                    expectedAmountMinor, maxAmountMinor, maxAmountMinorPerRun, maxRuns, currency, tokenSymbol,
                    buyerToken, cadence, cadenceLimit, metadata, userSigning, userSigningFlow));
        }
    }
}
