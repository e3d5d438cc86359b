package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.AmountRequestSupport;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createCheckoutSession(CheckoutSessionRequest)}: one
 * Hosted Checkout session for one order.
 *
 * <p>Use one nonce per order: the same nonce with a changed order is refused with 409. The
 * return URLs must be on an origin registered in {@code checkout_allowed_origins} (or the
 * webhook callback URL's origin).
 */
public final class CheckoutSessionRequest extends AmountRequestSupport {

    private final Values values;

    private CheckoutSessionRequest(Values values) {
        super(values.merchant(), values.amountMinor(), values.currency());
        this.values = values;
    }

    /** {@return a new, empty builder of a session request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this session request's values, to change some of them} */
    public Builder toBuilder() {
        return copyTo(builder()).nonce(values.nonce()).successUrl(values.successUrl()).cancelUrl(values.cancelUrl())
                .metadata(values.metadata());
    }

    /** {@return the order's nonce, without {@code :}} */
    public String nonce() {
        return values.nonce();
    }

    /** {@return where the shopper returns after paying (https, or http on loopback)} */
    public String successUrl() {
        return values.successUrl();
    }

    /** {@return where the shopper returns after cancelling (https, or http on loopback)} */
    public String cancelUrl() {
        return values.cancelUrl();
    }

    /** {@return your data kept with the session (a JSON object, unmodifiable), or {@code null}} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("merchant", values.merchant());
        body.put("amount_minor", values.amountMinor());
        body.put("currency", values.currency());
        body.put("nonce", values.nonce());
        body.put("success_url", values.successUrl());
        body.put("cancel_url", values.cancelUrl());
        Inputs.putObject(body, "metadata", values.metadata());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CheckoutSessionRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the session request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("CheckoutSessionRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String merchant,
            long amountMinor,
            String currency,
            String nonce,
            String successUrl,
            String cancelUrl,
            @Nullable Map<String, Object> metadata) {

        Values {
            merchant = SdrpInputs.selfServiceMerchant(merchant);
            amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
            currency = SdrpInputs.currency(currency);
            nonce = SdrpInputs.nonce(nonce);
            successUrl = SdrpInputs.returnUrl("success_url", successUrl);
            cancelUrl = SdrpInputs.returnUrl("cancel_url", cancelUrl);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link CheckoutSessionRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends AmountRequestSupport.Builder<Builder> {
        private @Nullable String nonce;
        private @Nullable String successUrl;
        private @Nullable String cancelUrl;
        private @Nullable Map<String, Object> metadata;

        private Builder() {
        }

        /** Sets {@link CheckoutSessionRequest#nonce()}: the order's nonce, without {@code :}. */
        public Builder nonce(String value) {
            this.nonce = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSessionRequest#successUrl()}: where the shopper returns after paying (https, or http on
         * loopback).
         */
        public Builder successUrl(String value) {
            this.successUrl = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSessionRequest#cancelUrl()}: where the shopper returns after cancelling (https, or http
         * on loopback).
         */
        public Builder cancelUrl(String value) {
            this.cancelUrl = value;
            return this;
        }

        /**
         * Sets {@link CheckoutSessionRequest#metadata()}: your data kept with the session (a JSON object,
         * unmodifiable), or {@code null}.
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
        public CheckoutSessionRequest build() {
            return new CheckoutSessionRequest(new Values(merchant, amountMinor, currency, nonce, successUrl,
                    cancelUrl, metadata));
        }
    }
}
