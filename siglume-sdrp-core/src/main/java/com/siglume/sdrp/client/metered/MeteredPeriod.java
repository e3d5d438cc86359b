package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an open period and a settlement batch both report about a Micro/Nano period: its
 * dates, its early-close threshold and its amounts, as exact decimals.
 */
abstract sealed class MeteredPeriod extends ApiAnswer permits MeteredOpenPeriod, SettlementBatch {

    final Period period;

    MeteredPeriod(Record fields, Period period, Map<String, Object> extra) {
        super(fields, extra);
        this.period = period;
    }

    /** {@return the period start, or {@code null}} */
    public @Nullable String periodStart() {
        return period.periodStart();
    }

    /** {@return the period end, or {@code null}} */
    public @Nullable String periodEnd() {
        return period.periodEnd();
    }

    /** {@return when the period closes, or {@code null}} */
    public @Nullable String closeAt() {
        return period.closeAt();
    }

    /** {@return the settlement trigger, {@code amount_threshold} or {@code scheduled_close}, or {@code null}} */
    public @Nullable String settlementTrigger() {
        return period.settlementTrigger();
    }

    /** {@return the early-close threshold in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal settlementThresholdMinor() {
        return period.settlementThresholdMinor();
    }

    /** {@return when the threshold was reached, or {@code null}} */
    public @Nullable String thresholdReachedAt() {
        return period.thresholdReachedAt();
    }

    /** {@return the unsettled exposure in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal totalUnsettledExposureMinor() {
        return period.totalUnsettledExposureMinor();
    }

    /** {@return the provider gross amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerGrossAmountMinor() {
        return period.providerGrossAmountMinor();
    }

    /** {@return the provider usage amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerUsageAmountMinor() {
        return period.providerUsageAmountMinor();
    }

    /** {@return the protocol fee in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal protocolFeeMinor() {
        return period.protocolFeeMinor();
    }

    /** {@return the provider receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerReceivableMinor() {
        return period.providerReceivableMinor();
    }

    /** {@return the buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal buyerDebitMinor() {
        return period.buyerDebitMinor();
    }

    /**
     * The period's fields as Jackson binds them, unwrapped from the answer; every field neither
     * the answer nor the period names is in {@code extra}.
     */
    record Period(
            @JsonProperty("period_start") @Nullable String periodStart,
            @JsonProperty("period_end") @Nullable String periodEnd,
            @JsonProperty("close_at") @Nullable String closeAt,
            @JsonProperty("settlement_trigger") @Nullable String settlementTrigger,
            @JsonProperty("settlement_threshold_minor") @Nullable BigDecimal settlementThresholdMinor,
            @JsonProperty("threshold_reached_at") @Nullable String thresholdReachedAt,
            @JsonProperty("total_unsettled_exposure_minor") @Nullable BigDecimal totalUnsettledExposureMinor,
            @JsonProperty("provider_gross_amount_minor") @Nullable BigDecimal providerGrossAmountMinor,
            @JsonProperty("provider_usage_amount_minor") @Nullable BigDecimal providerUsageAmountMinor,
            @JsonProperty("protocol_fee_minor") @Nullable BigDecimal protocolFeeMinor,
            @JsonProperty("provider_receivable_minor") @Nullable BigDecimal providerReceivableMinor,
            @JsonProperty("buyer_debit_minor") @Nullable BigDecimal buyerDebitMinor,
            @JsonAnySetter Map<String, Object> extra) {

        Period {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
