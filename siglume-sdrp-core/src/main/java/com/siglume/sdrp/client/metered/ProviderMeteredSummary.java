package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The provider's Micro/Nano statement summary.
 *
 * @param role {@code provider}
 * @param timezone the statement time zone, or {@code null}
 * @param filters the filters applied (unmodifiable; empty when absent)
 * @param openPeriods open periods
 * @param periods settled and closing periods
 * @param totals receivable totals, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record ProviderMeteredSummary(
        @JsonProperty("role") String role,
        @JsonProperty("timezone") @Nullable String timezone,
        @JsonProperty("filters") Map<String, Object> filters,
        @JsonProperty("open_periods") List<MeteredOpenPeriod> openPeriods,
        @JsonProperty("periods") List<SettlementBatch> periods,
        @JsonProperty("totals") @Nullable ProviderMeteredTotals totals,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public ProviderMeteredSummary {
        filters = ClientJson.immutableMap(filters);
        openPeriods = ClientJson.immutableList(openPeriods);
        periods = ClientJson.immutableList(periods);
        extra = ClientJson.immutableMap(extra);
    }
}
