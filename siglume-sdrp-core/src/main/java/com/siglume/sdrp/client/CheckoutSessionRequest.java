package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createCheckoutSession(CheckoutSessionRequest)}: one
 * Hosted Checkout session for one order.
 *
 * <p>Use one nonce per order: the same nonce with a changed order is refused with 409. The
 * return URLs must be on an origin registered in {@code checkout_allowed_origins} (or the
 * webhook callback URL's origin).
 *
 * @param merchant the self-service merchant key
 * @param amountMinor the amount in minor units, positive
 * @param currency {@code JPY} or {@code USD}
 * @param nonce the order's nonce, without {@code :}
 * @param successUrl where the shopper returns after paying (https, or http on loopback)
 * @param cancelUrl where the shopper returns after cancelling (https, or http on loopback)
 * @param metadata your data kept with the session (a JSON object, unmodifiable), or {@code null}
 */
public record CheckoutSessionRequest(String merchant, long amountMinor, String currency, String nonce,
        String successUrl, String cancelUrl, Map<String, Object> metadata) {

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public CheckoutSessionRequest {
        merchant = SdrpInputs.selfServiceMerchant(merchant);
        amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        currency = SdrpInputs.currency(currency);
        nonce = SdrpInputs.nonce(nonce);
        successUrl = SdrpInputs.returnUrl("success_url", successUrl);
        cancelUrl = SdrpInputs.returnUrl("cancel_url", cancelUrl);
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
        body.put("merchant", merchant);
        body.put("amount_minor", amountMinor);
        body.put("currency", currency);
        body.put("nonce", nonce);
        body.put("success_url", successUrl);
        body.put("cancel_url", cancelUrl);
        Inputs.putObject(body, "metadata", metadata);
        return body;
    }

    /**
     * Builder of {@link CheckoutSessionRequest}; values are checked by {@link #build()}.
     */
    public static final class Builder {
        private String merchant;
        private long amountMinor;
        private String currency;
        private String nonce;
        private String successUrl;
        private String cancelUrl;
        private Map<String, Object> metadata;

        private Builder() {
        }

        /**
         * Sets the merchant key.
         *
         * @param value the self-service merchant key
         * @return this builder
         */
        public Builder merchant(String value) {
            this.merchant = value;
            return this;
        }

        /**
         * Sets the amount.
         *
         * @param value minor units, positive
         * @return this builder
         */
        public Builder amountMinor(long value) {
            this.amountMinor = value;
            return this;
        }

        /**
         * Sets the currency.
         *
         * @param value {@code JPY} or {@code USD}
         * @return this builder
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets the order's nonce.
         *
         * @param value non-blank, without {@code :}
         * @return this builder
         */
        public Builder nonce(String value) {
            this.nonce = value;
            return this;
        }

        /**
         * Sets the success return URL.
         *
         * @param value https URL (http on loopback)
         * @return this builder
         */
        public Builder successUrl(String value) {
            this.successUrl = value;
            return this;
        }

        /**
         * Sets the cancel return URL.
         *
         * @param value https URL (http on loopback)
         * @return this builder
         */
        public Builder cancelUrl(String value) {
            this.cancelUrl = value;
            return this;
        }

        /**
         * Sets metadata kept with the session.
         *
         * @param value a JSON object
         * @return this builder
         */
        public Builder metadata(Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public CheckoutSessionRequest build() {
            return new CheckoutSessionRequest(merchant, amountMinor, currency, nonce, successUrl, cancelUrl, metadata);
        }
    }
}
