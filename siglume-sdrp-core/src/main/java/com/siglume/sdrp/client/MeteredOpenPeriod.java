package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A Micro/Nano period still open. Amounts are exact decimals.
 *
 * @param planType {@code micro} or {@code nano}, or {@code null}
 * @param settlementCadence {@code weekly} or {@code monthly}, or {@code null}
 * @param currency the currency, or {@code null}
 * @param tokenSymbol the token, or {@code null}
 * @param periodStart the period start, or {@code null}
 * @param periodEnd the period end, or {@code null}
 * @param closeAt when the period closes, or {@code null}
 * @param settlementTrigger the settlement trigger, or {@code null}
 * @param settlementThresholdMinor the early-close threshold in minor units, as an exact decimal, or {@code null}
 * @param thresholdReachedAt when the threshold was reached, or {@code null}
 * @param providerGrossAmountMinor the provider gross amount in minor units, as an exact decimal, or {@code null}
 * @param providerUsageAmountMinor the provider usage amount in minor units, as an exact decimal, or {@code null}
 * @param protocolFeeMinor the protocol fee in minor units, as an exact decimal, or {@code null}
 * @param providerReceivableMinor the provider receivable in minor units, as an exact decimal, or {@code null}
 * @param buyerDebitMinor the buyer debit in minor units, as an exact decimal, or {@code null}
 * @param totalUnsettledExposureMinor the unsettled exposure in minor units, as an exact decimal, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record MeteredOpenPeriod(
        @JsonProperty("plan_type") String planType,
        @JsonProperty("settlement_cadence") String settlementCadence,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd,
        @JsonProperty("close_at") String closeAt,
        @JsonProperty("settlement_trigger") String settlementTrigger,
        @JsonProperty("settlement_threshold_minor") BigDecimal settlementThresholdMinor,
        @JsonProperty("threshold_reached_at") String thresholdReachedAt,
        @JsonProperty("provider_gross_amount_minor") BigDecimal providerGrossAmountMinor,
        @JsonProperty("provider_usage_amount_minor") BigDecimal providerUsageAmountMinor,
        @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
        @JsonProperty("provider_receivable_minor") BigDecimal providerReceivableMinor,
        @JsonProperty("buyer_debit_minor") BigDecimal buyerDebitMinor,
        @JsonProperty("total_unsettled_exposure_minor") BigDecimal totalUnsettledExposureMinor,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public MeteredOpenPeriod {
        extra = ClientJson.immutableMap(extra);
    }
}
