package com.siglume.sdrp.client.metered;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of the buyer's and the provider's Micro/Nano statement calls; {@code null}
 * means no filter. Summaries take no {@code status}, {@code cursor} or {@code limit}; a single
 * batch takes only {@code listingId} and {@code capabilityKey}; buyer statements take no
 * {@code listingId} or {@code capabilityKey}. A filter an operation does not take is refused with
 * {@link SdrpValidationException}, never dropped.
 */
public final class MeteredQuery {

    /** No filters, first page. */
    public static final MeteredQuery ALL = builder().build();

    private final Values values;

    private MeteredQuery(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of a query} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this query's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.planType = values.planType();
        builder.tokenSymbol = values.tokenSymbol();
        builder.listingId = values.listingId();
        builder.capabilityKey = values.capabilityKey();
        builder.status = values.status();
        builder.cursor = values.cursor();
        builder.limit = values.limit();
        return builder;
    }

    /** {@return the plan type, {@code micro} or {@code nano}, or {@code null}} */
    public @Nullable String planType() {
        return values.planType();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return values.tokenSymbol();
    }

    /** {@return the filter: only this listing, or {@code null}} */
    public @Nullable String listingId() {
        return values.listingId();
    }

    /** {@return the filter: only this capability, or {@code null}} */
    public @Nullable String capabilityKey() {
        return values.capabilityKey();
    }

    /** {@return the filter: only items in this status, or {@code null}} */
    public @Nullable String status() {
        return values.status();
    }

    /** {@return the page to read, from a previous page's {@code next_cursor}, or {@code null}} */
    public @Nullable String cursor() {
        return values.cursor();
    }

    /** {@return the page size: at most this many items per page, positive, or {@code null}} */
    public @Nullable Integer limit() {
        return values.limit();
    }

    /**
     * Filters of one listing (and optionally one capability), for a single batch.
     *
     * @param listingId the listing, or {@code null}
     * @param capabilityKey the capability, or {@code null}
     * @return the query
     * @throws SdrpValidationException when a value is blank
     */
    public static MeteredQuery ofListing(@Nullable String listingId, @Nullable String capabilityKey) {
        return builder().listingId(listingId).capabilityKey(capabilityKey).build();
    }

    /**
     * Returns a copy reading another page.
     *
     * @param nextCursor the cursor, or {@code null} for the first page
     * @return the new query
     */
    public MeteredQuery withCursor(@Nullable String nextCursor) {
        return toBuilder().cursor(nextCursor).build();
    }

    /** Refuses the paging values a summary does not take. */
    void requireSummaryFilters() {
        Inputs.requireAbsent("status", values.status(), "summaries");
        Inputs.requireAbsent("cursor", values.cursor(), "summaries");
        Inputs.requireAbsent("limit", values.limit(), "summaries");
    }

    /** Refuses every filter but the listing and capability, which scope a single batch. */
    void requireBatchFilters() {
        requireSummaryFilters();
        Inputs.requireAbsent("plan_type", values.planType(), "a single settlement batch");
        Inputs.requireAbsent("token_symbol", values.tokenSymbol(), "a single settlement batch");
    }

    /** Refuses the provider-only filters. */
    void requireBuyerFilters() {
        Inputs.requireAbsent("listing_id", values.listingId(), "buyer statements");
        Inputs.requireAbsent("capability_key", values.capabilityKey(), "buyer statements");
    }

    ApiPath appendTo(ApiPath path) {
        return path.query("plan_type", values.planType()).query("token_symbol", values.tokenSymbol())
                .query("status", values.status()).query("listing_id", values.listingId())
                .query("capability_key", values.capabilityKey()).query("limit", values.limit())
                .query("cursor", values.cursor());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MeteredQuery that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the query's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("MeteredQuery", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(@Nullable String planType,
            @Nullable String tokenSymbol,
            @Nullable String listingId,
            @Nullable String capabilityKey,
            @Nullable String status,
            @Nullable String cursor,
            @Nullable Integer limit) {

        Values {
            planType = planType == null ? null : SdrpInputs.planType(planType);
            tokenSymbol = tokenSymbol == null ? null : SdrpInputs.tokenSymbol(tokenSymbol);
            listingId = Inputs.optionalText("listing_id", listingId);
            capabilityKey = Inputs.optionalText("capability_key", capabilityKey);
            status = Inputs.optionalText("status", status);
            cursor = Inputs.optionalText("cursor", cursor);
            if (limit != null) {
                SdrpInputs.positiveInteger("limit", limit);
            }
        }
    }

    /**
     * Builder of {@link MeteredQuery}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String planType;
        private @Nullable String tokenSymbol;
        private @Nullable String listingId;
        private @Nullable String capabilityKey;
        private @Nullable String status;
        private @Nullable String cursor;
        private @Nullable Integer limit;

        private Builder() {
        }

        /** Sets {@link MeteredQuery#planType()}: {@code micro} or {@code nano}. */
        public Builder planType(@Nullable String value) {
            this.planType = value;
            return this;
        }

        /** Sets {@link MeteredQuery#tokenSymbol()}: {@code JPYC} or {@code USDC}. */
        public Builder tokenSymbol(@Nullable String value) {
            this.tokenSymbol = value;
            return this;
        }

        /** Sets {@link MeteredQuery#listingId()}: only this listing. */
        public Builder listingId(@Nullable String value) {
            this.listingId = value;
            return this;
        }

        /** Sets {@link MeteredQuery#capabilityKey()}: only this capability. */
        public Builder capabilityKey(@Nullable String value) {
            this.capabilityKey = value;
            return this;
        }

        /** Sets {@link MeteredQuery#status()}: only items in this status. */
        public Builder status(@Nullable String value) {
            this.status = value;
            return this;
        }

        /** Sets {@link MeteredQuery#cursor()}: the page to read, from a previous page's {@code next_cursor}. */
        public Builder cursor(@Nullable String value) {
            this.cursor = value;
            return this;
        }

        /** Sets {@link MeteredQuery#limit()}: at most this many items per page, positive. */
        public Builder limit(@Nullable Integer value) {
            this.limit = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public MeteredQuery build() {
            return new MeteredQuery(new Values(planType, tokenSymbol, listingId, capabilityKey, status, cursor, limit));
        }
    }
}
