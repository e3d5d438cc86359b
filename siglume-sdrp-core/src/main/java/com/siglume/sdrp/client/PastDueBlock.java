package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A past-due settlement that pauses Micro/Nano usage ({@code METERED_SETTLEMENT_PAST_DUE}).
 *
 * @param settlementBatchId the batch, or {@code null}
 * @param planType {@code micro} or {@code nano}, or {@code null}
 * @param currency the currency, or {@code null}
 * @param tokenSymbol the token, or {@code null}
 * @param totalUnsettledExposureMinor the unsettled exposure in minor units, as an exact decimal, or {@code null}
 * @param pastDueProviderReceivableMinor the past-due receivable in minor units, as an exact decimal, or {@code null}
 * @param failureReasonCode the failure code, or {@code null}
 * @param supportReference the support reference, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record PastDueBlock(
        @JsonProperty("settlement_batch_id") String settlementBatchId,
        @JsonProperty("plan_type") String planType,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("total_unsettled_exposure_minor") BigDecimal totalUnsettledExposureMinor,
        @JsonProperty("past_due_provider_receivable_minor") BigDecimal pastDueProviderReceivableMinor,
        @JsonProperty("failure_reason_code") String failureReasonCode,
        @JsonProperty("support_reference") String supportReference,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public PastDueBlock {
        extra = ClientJson.immutableMap(extra);
    }
}
