package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.AmountRequestSupport;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.internal.WireNames;
import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#createSubscription(SubscriptionRequest)}: a recurring
 * payment approved with the merchant's <em>recurring</em> challenge.
 */
public final class SubscriptionRequest extends AmountRequestSupport {

    private final Values values;

    private SubscriptionRequest(Values values) {
        super(values.merchant(), values.amountMinor(), values.currency());
        this.values = values;
    }

    /** {@return a new, empty builder of a subscription request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this subscription request's values, to change some of them} */
    public Builder toBuilder() {
        return copyTo(builder()).challenge(values.challenge()).cadence(values.cadence())
                .userSigning(values.userSigning()).userSigningFlow(values.userSigningFlow())
                .externalSignature(values.externalSignature()).externalSafeTxHash(values.externalSafeTxHash());
    }

    /** {@return the merchant's recurring challenge} */
    public String challenge() {
        return values.challenge();
    }

    /**
     * {@return the cadence, {@link RecurringCadence#MONTHLY} (or {@code DAILY}), or {@code null} for the API's
     * default}
     */
    public @Nullable RecurringCadence cadence() {
        return values.cadence();
    }

    /** {@return whether the user signs, or {@code null}} */
    public @Nullable Boolean userSigning() {
        return values.userSigning();
    }

    /** {@return whether the user-signing flow is used, or {@code null}} */
    public @Nullable Boolean userSigningFlow() {
        return values.userSigningFlow();
    }

    /** {@return an external signature, or {@code null}} */
    public @Nullable String externalSignature() {
        return values.externalSignature();
    }

    /** {@return an external Safe transaction hash, or {@code null}} */
    public @Nullable String externalSafeTxHash() {
        return values.externalSafeTxHash();
    }

    /**
     * A subscription with only the required values.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount per period
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the recurring challenge
     * @return the request
     * @throws SdrpValidationException when a value breaks its rule
     */
    public static SubscriptionRequest of(String merchant, long amountMinor, String currency, String challenge) {
        return builder().merchant(merchant).amountMinor(amountMinor).currency(currency).challenge(challenge).build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("merchant", values.merchant());
        body.put("amount_minor", values.amountMinor());
        body.put("currency", values.currency());
        body.put("challenge", values.challenge());
        Inputs.putText(body, "cadence", values.cadence() == null ? null : values.cadence().wireName());
        Inputs.putBoolean(body, "user_signing", values.userSigning());
        Inputs.putBoolean(body, "user_signing_flow", values.userSigningFlow());
        Inputs.putText(body, "external_signature", values.externalSignature());
        Inputs.putText(body, "external_safe_tx_hash", values.externalSafeTxHash());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SubscriptionRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the subscription request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("SubscriptionRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String merchant,
            long amountMinor,
            String currency,
            String challenge,
            @Nullable RecurringCadence cadence,
            @Nullable Boolean userSigning,
            @Nullable Boolean userSigningFlow,
            @Nullable String externalSignature,
            @Nullable String externalSafeTxHash) {

        Values {
            merchant = SdrpInputs.merchant(merchant);
            amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
            currency = SdrpInputs.currency(currency);
            challenge = SdrpInputs.required("challenge", challenge);
            WireNames.requireKnown("cadence", cadence, RecurringCadence::wireName);
            externalSignature = Inputs.optionalText("external_signature", externalSignature);
            externalSafeTxHash = Inputs.optionalText("external_safe_tx_hash", externalSafeTxHash);
        }
    }

    /**
     * Builder of {@link SubscriptionRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends AmountRequestSupport.Builder<Builder> {
        private @Nullable String challenge;
        private @Nullable RecurringCadence cadence;
        private @Nullable Boolean userSigning;
        private @Nullable Boolean userSigningFlow;
        private @Nullable String externalSignature;
        private @Nullable String externalSafeTxHash;

        private Builder() {
        }

        /** Sets {@link SubscriptionRequest#challenge()}: the merchant's recurring challenge. */
        public Builder challenge(String value) {
            this.challenge = value;
            return this;
        }

        /**
         * Sets {@link SubscriptionRequest#cadence()}: {@link RecurringCadence#MONTHLY} (or {@code DAILY}), or {@code
         * null} for the API's default; {@code UNKNOWN} is refused by {@link #build()}.
         */
        public Builder cadence(@Nullable RecurringCadence value) {
            this.cadence = value;
            return this;
        }

        /** Sets {@link SubscriptionRequest#userSigning()}: whether the user signs, or {@code null}. */
        public Builder userSigning(@Nullable Boolean value) {
            this.userSigning = value;
            return this;
        }

        /**
         * Sets {@link SubscriptionRequest#userSigningFlow()}: whether the user-signing flow is used, or {@code null}.
         */
        public Builder userSigningFlow(@Nullable Boolean value) {
            this.userSigningFlow = value;
            return this;
        }

        /** Sets {@link SubscriptionRequest#externalSignature()}: an external signature, or {@code null}. */
        public Builder externalSignature(@Nullable String value) {
            this.externalSignature = value;
            return this;
        }

        /**
         * Sets {@link SubscriptionRequest#externalSafeTxHash()}: an external Safe transaction hash, or {@code null}.
         */
        public Builder externalSafeTxHash(@Nullable String value) {
            this.externalSafeTxHash = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public SubscriptionRequest build() {
            return new SubscriptionRequest(new Values(merchant, amountMinor, currency, challenge, cadence,
                    userSigning, userSigningFlow, externalSignature, externalSafeTxHash));
        }
    }
}
