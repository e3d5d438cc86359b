package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Micro/Nano period still open. Amounts are exact decimals.
 */
public final class MeteredOpenPeriod extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private MeteredOpenPeriod(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the plan type, {@code micro} or {@code nano}, or {@code null}} */
    public @Nullable String planType() {
        return fields.planType();
    }

    /** {@return the settlement cadence, {@code weekly} or {@code monthly}, or {@code null}} */
    public @Nullable String settlementCadence() {
        return fields.settlementCadence();
    }

    /** {@return the currency, or {@code null}} */
    public @Nullable String currency() {
        return fields.currency();
    }

    /** {@return the token, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the period start, or {@code null}} */
    public @Nullable String periodStart() {
        return fields.periodStart();
    }

    /** {@return the period end, or {@code null}} */
    public @Nullable String periodEnd() {
        return fields.periodEnd();
    }

    /** {@return when the period closes, or {@code null}} */
    public @Nullable String closeAt() {
        return fields.closeAt();
    }

    /** {@return the settlement trigger, or {@code null}} */
    public @Nullable String settlementTrigger() {
        return fields.settlementTrigger();
    }

    /** {@return the early-close threshold in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal settlementThresholdMinor() {
        return fields.settlementThresholdMinor();
    }

    /** {@return when the threshold was reached, or {@code null}} */
    public @Nullable String thresholdReachedAt() {
        return fields.thresholdReachedAt();
    }

    /** {@return the provider gross amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerGrossAmountMinor() {
        return fields.providerGrossAmountMinor();
    }

    /** {@return the provider usage amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerUsageAmountMinor() {
        return fields.providerUsageAmountMinor();
    }

    /** {@return the protocol fee in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal protocolFeeMinor() {
        return fields.protocolFeeMinor();
    }

    /** {@return the provider receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerReceivableMinor() {
        return fields.providerReceivableMinor();
    }

    /** {@return the buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal buyerDebitMinor() {
        return fields.buyerDebitMinor();
    }

    /** {@return the unsettled exposure in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal totalUnsettledExposureMinor() {
        return fields.totalUnsettledExposureMinor();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("plan_type") @Nullable String planType,
            @JsonProperty("settlement_cadence") @Nullable String settlementCadence,
            @JsonProperty("currency") @Nullable String currency,
            @JsonProperty("token_symbol") @Nullable String tokenSymbol,
            @JsonProperty("period_start") @Nullable String periodStart,
            @JsonProperty("period_end") @Nullable String periodEnd,
            @JsonProperty("close_at") @Nullable String closeAt,
            @JsonProperty("settlement_trigger") @Nullable String settlementTrigger,
            @JsonProperty("settlement_threshold_minor") @Nullable BigDecimal settlementThresholdMinor,
            @JsonProperty("threshold_reached_at") @Nullable String thresholdReachedAt,
            @JsonProperty("provider_gross_amount_minor") @Nullable BigDecimal providerGrossAmountMinor,
            @JsonProperty("provider_usage_amount_minor") @Nullable BigDecimal providerUsageAmountMinor,
            @JsonProperty("protocol_fee_minor") @Nullable BigDecimal protocolFeeMinor,
            @JsonProperty("provider_receivable_minor") @Nullable BigDecimal providerReceivableMinor,
            @JsonProperty("buyer_debit_minor") @Nullable BigDecimal buyerDebitMinor,
            @JsonProperty("total_unsettled_exposure_minor") @Nullable BigDecimal totalUnsettledExposureMinor,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
