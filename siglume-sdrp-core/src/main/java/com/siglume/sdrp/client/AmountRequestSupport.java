package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * What the requests for an amount owed to a merchant share: the merchant, the amount and the
 * currency. Each request checks them when it is built, by its own rules (a Hosted Checkout
 * session, for one, needs a self-service merchant key).
 *
 * <p>The request types of this SDK extend it; it is not meant to be extended elsewhere.
 */
public abstract class AmountRequestSupport {

    private final String merchant;
    private final long amountMinor;
    private final String currency;

    /**
     * Keeps the checked values.
     *
     * @param merchant the merchant key, checked and normalised
     * @param amountMinor the amount in minor units, checked
     * @param currency the currency, checked and normalised
     */
    protected AmountRequestSupport(String merchant, long amountMinor, String currency) {
        this.merchant = merchant;
        this.amountMinor = amountMinor;
        this.currency = currency;
    }

    /** {@return the merchant key (lower-cased)} */
    public final String merchant() {
        return merchant;
    }

    /** {@return the amount in minor units, positive (for a subscription: per period)} */
    public final long amountMinor() {
        return amountMinor;
    }

    /** {@return the currency, {@code JPY} or {@code USD}} */
    public final String currency() {
        return currency;
    }

    /**
     * Sets the shared values of this request on a builder, for {@code toBuilder()}.
     *
     * @param builder the request's builder
     * @param <B> the request's own builder
     * @return the builder
     */
    protected final <B extends Builder<B>> B copyTo(B builder) {
        return builder.merchant(merchant).amountMinor(amountMinor).currency(currency);
    }

    /**
     * The setters of the shared values; the request's {@code build()} checks them. Not
     * thread-safe.
     *
     * @param <B> the request's own builder
     */
    public abstract static class Builder<B extends Builder<B>> {

        /** The merchant key as set, not yet checked. */
        protected @Nullable String merchant;
        /** The amount as set, not yet checked. */
        protected long amountMinor;
        /** The currency as set, not yet checked. */
        protected @Nullable String currency;

        /** Starts with nothing set. */
        protected Builder() {
        }

        /**
         * Sets {@link AmountRequestSupport#merchant()}.
         *
         * @param value the merchant key
         * @return this builder
         */
        public final B merchant(String value) {
            this.merchant = value;
            return self();
        }

        /**
         * Sets {@link AmountRequestSupport#amountMinor()}.
         *
         * @param value the amount in minor units, positive
         * @return this builder
         */
        public final B amountMinor(long value) {
            this.amountMinor = value;
            return self();
        }

        /**
         * Sets {@link AmountRequestSupport#currency()}.
         *
         * @param value {@code JPY} or {@code USD}
         * @return this builder
         */
        public final B currency(String value) {
            this.currency = value;
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
