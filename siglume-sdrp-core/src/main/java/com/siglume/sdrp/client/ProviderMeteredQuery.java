package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;

/**
 * Filters and paging of the provider's Micro/Nano statement calls; {@code null} means no filter.
 * Summaries take no {@code status}, {@code cursor} or {@code limit}; a single batch takes only
 * {@code listingId} and {@code capabilityKey}.
 *
 * @param planType {@code micro} or {@code nano}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param listingId only this listing
 * @param capabilityKey only this capability
 * @param status only items in this status
 * @param cursor the page to read, from a previous page's {@code next_cursor}
 * @param limit at most this many items per page, positive
 */
public record ProviderMeteredQuery(String planType, String tokenSymbol, String listingId, String capabilityKey,
        String status, String cursor, Integer limit) {

    /** No filters, first page. */
    public static final ProviderMeteredQuery ALL = new ProviderMeteredQuery(null, null, null, null, null, null, null);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public ProviderMeteredQuery {
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

    /**
     * Filters of one listing (and optionally one capability), for a single batch.
     *
     * @param listingId the listing, or {@code null}
     * @param capabilityKey the capability, or {@code null}
     * @return the query
     * @throws SdrpValidationException when a value is blank
     */
    public static ProviderMeteredQuery ofListing(String listingId, String capabilityKey) {
        return new ProviderMeteredQuery(null, null, listingId, capabilityKey, null, null, null);
    }

    /**
     * Returns a copy reading another page.
     *
     * @param nextCursor the cursor, or {@code null} for the first page
     * @return the new query
     */
    public ProviderMeteredQuery withCursor(String nextCursor) {
        return new ProviderMeteredQuery(planType, tokenSymbol, listingId, capabilityKey, status, nextCursor, limit);
    }

    void requireSummaryFilters() {
        Inputs.requireAbsent("status", status, "summaries");
        Inputs.requireAbsent("cursor", cursor, "summaries");
        Inputs.requireAbsent("limit", limit, "summaries");
    }

    void requireBatchFilters() {
        requireSummaryFilters();
        Inputs.requireAbsent("plan_type", planType, "a single settlement batch");
        Inputs.requireAbsent("token_symbol", tokenSymbol, "a single settlement batch");
    }

    ApiPath appendTo(ApiPath path) {
        return path.query("plan_type", planType).query("token_symbol", tokenSymbol).query("status", status)
                .query("listing_id", listingId).query("capability_key", capabilityKey).query("limit", limit)
                .query("cursor", cursor);
    }
}
