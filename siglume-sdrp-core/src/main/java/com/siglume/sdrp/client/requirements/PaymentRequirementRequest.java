package com.siglume.sdrp.client.requirements;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.AmountRequestSupport;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#createPaymentRequirement(PaymentRequirementRequest)}: the
 * buyer's side of one payment, bound to the merchant's challenge. Mode {@code external_402} is
 * always sent.
 */
public final class PaymentRequirementRequest extends AmountRequestSupport {

    private final Values values;

    private PaymentRequirementRequest(Values values) {
        super(values.merchant(), values.amountMinor(), values.currency());
        this.values = values;
    }

    /** {@return a new, empty builder of a requirement request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this requirement request's values, to change some of them} */
    public Builder toBuilder() {
        return copyTo(builder()).challenge(values.challenge()).tokenSymbol(values.tokenSymbol())
                .allowanceAmountMinor(values.allowanceAmountMinor()).metadata(values.metadata());
    }

    /** {@return the merchant's challenge string} */
    public String challenge() {
        return values.challenge();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return values.tokenSymbol();
    }

    /** {@return an allowance to approve, in minor units, or {@code null}} */
    public @Nullable Long allowanceAmountMinor() {
        return values.allowanceAmountMinor();
    }

    /** {@return your data (a JSON object, unmodifiable), or {@code null}} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    /**
     * A requirement with only the required values.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the merchant's challenge
     * @return the request
     * @throws SdrpValidationException when a value breaks its rule
     */
    public static PaymentRequirementRequest of(String merchant, long amountMinor, String currency, String challenge) {
        return builder().merchant(merchant).amountMinor(amountMinor).currency(currency).challenge(challenge).build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("mode", Sdrp.PAYMENT_MODE);
        body.put("merchant", values.merchant());
        body.put("amount_minor", values.amountMinor());
        body.put("currency", values.currency());
        body.put("challenge", values.challenge());
        Inputs.putText(body, "token_symbol", values.tokenSymbol());
        Inputs.putLong(body, "allowance_amount_minor", values.allowanceAmountMinor());
        Inputs.putObject(body, "metadata", values.metadata());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PaymentRequirementRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the requirement request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("PaymentRequirementRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String merchant,
            long amountMinor,
            String currency,
            String challenge,
            @Nullable String tokenSymbol,
            @Nullable Long allowanceAmountMinor,
            @Nullable Map<String, Object> metadata) {

        Values {
            merchant = SdrpInputs.merchant(merchant);
            amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
            currency = SdrpInputs.currency(currency);
            challenge = SdrpInputs.required("challenge", challenge);
            tokenSymbol = tokenSymbol == null ? null : SdrpInputs.tokenSymbol(tokenSymbol);
            allowanceAmountMinor = SdrpInputs.optionalPositiveInteger("allowance_amount_minor", allowanceAmountMinor);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link PaymentRequirementRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends AmountRequestSupport.Builder<Builder> {
        private @Nullable String challenge;
        private @Nullable String tokenSymbol;
        private @Nullable Long allowanceAmountMinor;
        private @Nullable Map<String, Object> metadata;

        private Builder() {
        }

        /** Sets {@link PaymentRequirementRequest#challenge()}: the merchant's challenge string. */
        public Builder challenge(String value) {
            this.challenge = value;
            return this;
        }

        /** Sets {@link PaymentRequirementRequest#tokenSymbol()}: {@code JPYC} or {@code USDC}, or {@code null}. */
        public Builder tokenSymbol(@Nullable String value) {
            this.tokenSymbol = value;
            return this;
        }

        /**
         * Sets {@link PaymentRequirementRequest#allowanceAmountMinor()}: an allowance to approve, in minor units, or
         * {@code null}.
         */
        public Builder allowanceAmountMinor(@Nullable Long value) {
            this.allowanceAmountMinor = value;
            return this;
        }

        /**
         * Sets {@link PaymentRequirementRequest#metadata()}: your data (a JSON object, unmodifiable), or {@code null}.
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
        public PaymentRequirementRequest build() {
            return new PaymentRequirementRequest(new Values(merchant, amountMinor, currency, challenge, tokenSymbol,
                    allowanceAmountMinor, metadata));
        }
    }
}
