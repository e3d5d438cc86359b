package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.internal.ValueObjects;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A Micro/Nano period still open. Amounts are exact decimals.
 */
public final class MeteredOpenPeriod {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private MeteredOpenPeriod(Fields fields) {
        this.fields = fields;
    }

    /** {@return the plan type, {@code micro} or {@code nano}, or {@code null}} */
    public String planType() {
        return fields.planType();
    }

    /** {@return the settlement cadence, {@code weekly} or {@code monthly}, or {@code null}} */
    public String settlementCadence() {
        return fields.settlementCadence();
    }

    /** {@return the currency, or {@code null}} */
    public String currency() {
        return fields.currency();
    }

    /** {@return the token, or {@code null}} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the period start, or {@code null}} */
    public String periodStart() {
        return fields.periodStart();
    }

    /** {@return the period end, or {@code null}} */
    public String periodEnd() {
        return fields.periodEnd();
    }

    /** {@return when the period closes, or {@code null}} */
    public String closeAt() {
        return fields.closeAt();
    }

    /** {@return the settlement trigger, or {@code null}} */
    public String settlementTrigger() {
        return fields.settlementTrigger();
    }

    /** {@return the early-close threshold in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal settlementThresholdMinor() {
        return fields.settlementThresholdMinor();
    }

    /** {@return when the threshold was reached, or {@code null}} */
    public String thresholdReachedAt() {
        return fields.thresholdReachedAt();
    }

    /** {@return the provider gross amount in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal providerGrossAmountMinor() {
        return fields.providerGrossAmountMinor();
    }

    /** {@return the provider usage amount in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal providerUsageAmountMinor() {
        return fields.providerUsageAmountMinor();
    }

    /** {@return the protocol fee in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal protocolFeeMinor() {
        return fields.protocolFeeMinor();
    }

    /** {@return the provider receivable in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal providerReceivableMinor() {
        return fields.providerReceivableMinor();
    }

    /** {@return the buyer debit in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal buyerDebitMinor() {
        return fields.buyerDebitMinor();
    }

    /** {@return the unsettled exposure in minor units, as an exact decimal, or {@code null}} */
    public BigDecimal totalUnsettledExposureMinor() {
        return fields.totalUnsettledExposureMinor();
    }

    /** {@return every other field of the answer (unmodifiable)} */
    public Map<String, Object> extra() {
        return fields.extra();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeteredOpenPeriod that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /**
     * Describes the answer, each field by its accessor name.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return ValueObjects.describe("MeteredOpenPeriod", fields);
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
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

        Fields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
