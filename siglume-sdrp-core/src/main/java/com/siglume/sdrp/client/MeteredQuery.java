package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;

/**
 * Filters and paging of the buyer's Micro/Nano statement calls; {@code null} means no filter.
 * Summaries take only {@code planType} and {@code tokenSymbol}.
 *
 * @param planType {@code micro} or {@code nano}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param status only items in this status
 * @param cursor the page to read, from a previous page's {@code next_cursor}
 * @param limit at most this many items per page, positive
 */
public record MeteredQuery(String planType, String tokenSymbol, String status, String cursor, Integer limit) {

    /** No filters, first page. */
    public static final MeteredQuery ALL = new MeteredQuery(null, null, null, null, null);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public MeteredQuery {
        planType = planType == null ? null : SdrpInputs.planType(planType);
        tokenSymbol = tokenSymbol == null ? null : SdrpInputs.tokenSymbol(tokenSymbol);
        status = Inputs.optionalText("status", status);
        cursor = Inputs.optionalText("cursor", cursor);
        if (limit != null) {
            SdrpInputs.positiveInteger("limit", limit);
        }
    }

    /**
     * Returns a copy reading another page.
     *
     * @param nextCursor the cursor, or {@code null} for the first page
     * @return the new query
     */
    public MeteredQuery withCursor(String nextCursor) {
        return new MeteredQuery(planType, tokenSymbol, status, nextCursor, limit);
    }

    void requireSummaryFilters() {
        Inputs.requireAbsent("status", status, "summaries");
        Inputs.requireAbsent("cursor", cursor, "summaries");
        Inputs.requireAbsent("limit", limit, "summaries");
    }

    ApiPath appendTo(ApiPath path) {
        return path.query("plan_type", planType).query("token_symbol", tokenSymbol).query("status", status)
                .query("limit", limit).query("cursor", cursor);
    }
}
