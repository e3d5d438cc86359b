package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields a usage event has on the buyer's and on the provider's side, read once for both
 * views. Amounts are decimal strings on the wire and exact {@link BigDecimal} values here.
 */
abstract sealed class UsageEvent extends ApiAnswer permits BuyerUsageEvent, ProviderUsageEvent {

    final Fields fields;

    UsageEvent(Record answer, Fields fields) {
        super(answer, fields.extra());
        this.fields = fields;
    }

    /** {@return the usage event id} */
    public String meteredUsageId() {
        return fields.meteredUsageId();
    }

    /** {@return when it was recorded (ISO-8601), or {@code null}} */
    public @Nullable String createdAt() {
        return fields.createdAt();
    }

    /** {@return the plan type, {@code micro} or {@code nano}} */
    public String planType() {
        return fields.planType();
    }

    /** {@return the settlement cadence, {@code weekly} or {@code monthly}} */
    public String settlementCadence() {
        return fields.settlementCadence();
    }

    /** {@return the product listing, or {@code null}} */
    public @Nullable String productListingId() {
        return fields.productListingId();
    }

    /** {@return the listing, or {@code null}} */
    public @Nullable String listingId() {
        return fields.listingId();
    }

    /** {@return the capability key, or {@code null}} */
    public @Nullable String capabilityKey() {
        return fields.capabilityKey();
    }

    /** {@return the operation key, or {@code null}} */
    public @Nullable String operationKey() {
        return fields.operationKey();
    }

    /** {@return the currency, {@code JPY} or {@code USD}} */
    public String currency() {
        return fields.currency();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the provider gross amount in minor units, as an exact decimal} */
    public BigDecimal providerGrossAmountMinor() {
        return fields.providerGrossAmountMinor();
    }

    /** {@return the provider usage amount in minor units, as an exact decimal} */
    public BigDecimal providerUsageAmountMinor() {
        return fields.providerUsageAmountMinor();
    }

    /** {@return the protocol fee in minor units, as an exact decimal} */
    public BigDecimal protocolFeeMinor() {
        return fields.protocolFeeMinor();
    }

    /** {@return the gross buyer debit in minor units, as an exact decimal} */
    public BigDecimal grossBuyerDebitMinor() {
        return fields.grossBuyerDebitMinor();
    }

    /** {@return the buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal buyerDebitMinor() {
        return fields.buyerDebitMinor();
    }

    /** {@return the rounding delta in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal roundingDeltaMinor() {
        return fields.roundingDeltaMinor();
    }

    /** {@return the usage status, for example {@code pending_settlement}} */
    public String status() {
        return fields.status();
    }

    /** {@return the period start, or {@code null}} */
    public @Nullable String periodStart() {
        return fields.periodStart();
    }

    /** {@return the period end, or {@code null}} */
    public @Nullable String periodEnd() {
        return fields.periodEnd();
    }

    /** {@return the settlement batch, or {@code null}} */
    public @Nullable String settlementBatchId() {
        return fields.settlementBatchId();
    }

    /** {@return when the debit is expected, or {@code null}} */
    public @Nullable String expectedScheduledDebitAt() {
        return fields.expectedScheduledDebitAt();
    }

    /**
     * A usage event as Jackson binds it, the same on both sides; the views only expose it. It
     * collects every field neither it nor the view names.
     */
    record Fields(
            @JsonProperty("metered_usage_id") String meteredUsageId,
            @JsonProperty("created_at") @Nullable String createdAt,
            @JsonProperty("plan_type") String planType,
            @JsonProperty("settlement_cadence") String settlementCadence,
            @JsonProperty("product_listing_id") @Nullable String productListingId,
            @JsonProperty("listing_id") @Nullable String listingId,
            @JsonProperty("capability_key") @Nullable String capabilityKey,
            @JsonProperty("operation_key") @Nullable String operationKey,
            @JsonProperty("currency") String currency,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("provider_gross_amount_minor") BigDecimal providerGrossAmountMinor,
            @JsonProperty("provider_usage_amount_minor") BigDecimal providerUsageAmountMinor,
            @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
            @JsonProperty("gross_buyer_debit_minor") BigDecimal grossBuyerDebitMinor,
            @JsonProperty("buyer_debit_minor") @Nullable BigDecimal buyerDebitMinor,
            @JsonProperty("rounding_delta_minor") @Nullable BigDecimal roundingDeltaMinor,
            @JsonProperty("status") String status,
            @JsonProperty("period_start") @Nullable String periodStart,
            @JsonProperty("period_end") @Nullable String periodEnd,
            @JsonProperty("settlement_batch_id") @Nullable String settlementBatchId,
            @JsonProperty("expected_scheduled_debit_at") @Nullable String expectedScheduledDebitAt,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
