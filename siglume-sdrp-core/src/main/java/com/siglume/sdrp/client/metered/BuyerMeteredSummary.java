package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's Micro/Nano statement summary.
 *
 * @param role {@code buyer}
 * @param openPeriods open periods
 * @param settlementBatches settlement batches
 * @param pastDueBlocks past-due blocks; usage is paused while any exists
 * @param balanceSufficiency the balance check, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record BuyerMeteredSummary(
        @JsonProperty("role") String role,
        @JsonProperty("open_periods") List<MeteredOpenPeriod> openPeriods,
        @JsonProperty("settlement_batches") List<SettlementBatch> settlementBatches,
        @JsonProperty("past_due_blocks") List<PastDueBlock> pastDueBlocks,
        @JsonProperty("balance_sufficiency") @Nullable BalanceSufficiency balanceSufficiency,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public BuyerMeteredSummary {
        openPeriods = ClientJson.immutableList(openPeriods);
        settlementBatches = ClientJson.immutableList(settlementBatches);
        pastDueBlocks = ClientJson.immutableList(pastDueBlocks);
        extra = ClientJson.immutableMap(extra);
    }
}
