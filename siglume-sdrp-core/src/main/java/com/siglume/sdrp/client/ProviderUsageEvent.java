package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One Micro/Nano usage event as the provider sees it. Amounts are exact decimals; buyers are
 * identified only by {@code buyer_period_ref}.
 *
 * @param meteredUsageId the usage event id
 * @param createdAt when it was recorded (ISO-8601), or {@code null}
 * @param planType {@code micro} or {@code nano}
 * @param settlementCadence {@code weekly} or {@code monthly}
 * @param productListingId the product listing, or {@code null}
 * @param listingId the listing, or {@code null}
 * @param capabilityKey the capability key, or {@code null}
 * @param operationKey the operation key, or {@code null}
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param providerGrossAmountMinor the provider gross amount in minor units, as an exact decimal
 * @param providerUsageAmountMinor the provider usage amount in minor units, as an exact decimal
 * @param providerReceivableMinor the provider receivable in minor units, as an exact decimal
 * @param protocolFeeMinor the protocol fee in minor units, as an exact decimal
 * @param grossBuyerDebitMinor the gross buyer debit in minor units, as an exact decimal
 * @param buyerDebitMinor the buyer debit in minor units, as an exact decimal, or {@code null}
 * @param roundingDeltaMinor the rounding delta in minor units, as an exact decimal, or {@code null}
 * @param status the usage status
 * @param periodStart the period start, or {@code null}
 * @param periodEnd the period end, or {@code null}
 * @param expectedScheduledDebitAt when the debit is expected, or {@code null}
 * @param settlementBatchId the settlement batch, or {@code null}
 * @param buyerPeriodRef the buyer reference within the period, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record ProviderUsageEvent(
        @JsonProperty("metered_usage_id") String meteredUsageId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("plan_type") String planType,
        @JsonProperty("settlement_cadence") String settlementCadence,
        @JsonProperty("product_listing_id") String productListingId,
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("capability_key") String capabilityKey,
        @JsonProperty("operation_key") String operationKey,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("provider_gross_amount_minor") BigDecimal providerGrossAmountMinor,
        @JsonProperty("provider_usage_amount_minor") BigDecimal providerUsageAmountMinor,
        @JsonProperty("provider_receivable_minor") BigDecimal providerReceivableMinor,
        @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
        @JsonProperty("gross_buyer_debit_minor") BigDecimal grossBuyerDebitMinor,
        @JsonProperty("buyer_debit_minor") BigDecimal buyerDebitMinor,
        @JsonProperty("rounding_delta_minor") BigDecimal roundingDeltaMinor,
        @JsonProperty("status") String status,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd,
        @JsonProperty("expected_scheduled_debit_at") String expectedScheduledDebitAt,
        @JsonProperty("settlement_batch_id") String settlementBatchId,
        @JsonProperty("buyer_period_ref") String buyerPeriodRef,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public ProviderUsageEvent {
        extra = ClientJson.immutableMap(extra);
    }
}
