package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One Micro/Nano settlement batch (a statement period). Amounts are exact decimals.
 *
 * @param settlementBatchId the batch id
 * @param planType {@code micro} or {@code nano}
 * @param settlementCadence {@code weekly} or {@code monthly}
 * @param status the batch status, for example {@code pending_settlement}, {@code settled}, {@code past_due}
 * @param settlementTrigger {@code amount_threshold} or {@code scheduled_close}, or {@code null}
 * @param settlementThresholdMinor the early-close threshold in minor units, as an exact decimal, or {@code null}
 * @param thresholdReachedAt when the threshold was reached, or {@code null}
 * @param totalUnsettledExposureMinor the unsettled exposure in minor units, as an exact decimal, or {@code null}
 * @param noticeStatus the pre-debit notice status, or {@code null}
 * @param periodStart the period start, or {@code null}
 * @param periodEnd the period end, or {@code null}
 * @param closeAt when the period closes, or {@code null}
 * @param expectedScheduledDebitAt when the debit is expected, or {@code null}
 * @param scheduledDebitAt when the debit is scheduled, or {@code null}
 * @param notBeforeAttemptAt the earliest debit attempt, or {@code null}
 * @param executionStatus the debit execution status, or {@code null}
 * @param latestExecutionAttemptStatus the latest attempt status, or {@code null}
 * @param attemptCount the number of debit attempts, or {@code null}
 * @param nextAttemptAt the next attempt, or {@code null}
 * @param chainReceiptId the on-chain receipt, or {@code null}
 * @param usageEventDigest the digest of the batch usage events, or {@code null}
 * @param protocolFeeMinor the protocol fee in minor units, as an exact decimal, or {@code null}
 * @param grossBuyerDebitMinor the gross buyer debit in minor units, as an exact decimal, or {@code null}
 * @param roundingDeltaMinor the rounding delta in minor units, as an exact decimal, or {@code null}
 * @param buyerDebitMinor the buyer debit in minor units, as an exact decimal, or {@code null}
 * @param providerGrossAmountMinor the provider gross amount in minor units, as an exact decimal, or {@code null}
 * @param providerUsageAmountMinor the provider usage amount in minor units, as an exact decimal, or {@code null}
 * @param providerReceivableMinor the provider receivable in minor units, as an exact decimal, or {@code null}
 * @param settledProviderReceivableMinor the settled receivable in minor units, as an exact decimal, or {@code null}
 * @param unsettledProviderReceivableMinor the unsettled receivable in minor units, as an exact decimal, or {@code null}
 * @param pastDueProviderReceivableMinor the past-due receivable in minor units, as an exact decimal, or {@code null}
 * @param terminalProviderReceivableMinor the terminal receivable in minor units, as an exact decimal, or {@code null}
 * @param uncollectibleProviderReceivableMinor the uncollectible receivable in minor units, as an exact decimal, or {@code null}
 * @param writtenOffProviderReceivableMinor the written-off receivable in minor units, as an exact decimal, or {@code null}
 * @param terminalStatus {@code uncollectible} or {@code written_off}, or {@code null}
 * @param terminalMarkedAt when the terminal status was set, or {@code null}
 * @param terminalReasonCode why, or {@code null}
 * @param buyerPeriodRef the buyer reference within the period, or {@code null}
 * @param failureReasonCode the failure code, or {@code null}
 * @param failureReasonLabel the failure label, or {@code null}
 * @param failureReasonHelp what to do about the failure, or {@code null}
 * @param supportReference the support reference, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record SettlementBatch(
        @JsonProperty("settlement_batch_id") String settlementBatchId,
        @JsonProperty("plan_type") String planType,
        @JsonProperty("settlement_cadence") String settlementCadence,
        @JsonProperty("status") String status,
        @JsonProperty("settlement_trigger") String settlementTrigger,
        @JsonProperty("settlement_threshold_minor") BigDecimal settlementThresholdMinor,
        @JsonProperty("threshold_reached_at") String thresholdReachedAt,
        @JsonProperty("total_unsettled_exposure_minor") BigDecimal totalUnsettledExposureMinor,
        @JsonProperty("notice_status") String noticeStatus,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd,
        @JsonProperty("close_at") String closeAt,
        @JsonProperty("expected_scheduled_debit_at") String expectedScheduledDebitAt,
        @JsonProperty("scheduled_debit_at") String scheduledDebitAt,
        @JsonProperty("not_before_attempt_at") String notBeforeAttemptAt,
        @JsonProperty("execution_status") String executionStatus,
        @JsonProperty("latest_execution_attempt_status") String latestExecutionAttemptStatus,
        @JsonProperty("attempt_count") Long attemptCount,
        @JsonProperty("next_attempt_at") String nextAttemptAt,
        @JsonProperty("chain_receipt_id") String chainReceiptId,
        @JsonProperty("usage_event_digest") String usageEventDigest,
        @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
        @JsonProperty("gross_buyer_debit_minor") BigDecimal grossBuyerDebitMinor,
        @JsonProperty("rounding_delta_minor") BigDecimal roundingDeltaMinor,
        @JsonProperty("buyer_debit_minor") BigDecimal buyerDebitMinor,
        @JsonProperty("provider_gross_amount_minor") BigDecimal providerGrossAmountMinor,
        @JsonProperty("provider_usage_amount_minor") BigDecimal providerUsageAmountMinor,
        @JsonProperty("provider_receivable_minor") BigDecimal providerReceivableMinor,
        @JsonProperty("settled_provider_receivable_minor") BigDecimal settledProviderReceivableMinor,
        @JsonProperty("unsettled_provider_receivable_minor") BigDecimal unsettledProviderReceivableMinor,
        @JsonProperty("past_due_provider_receivable_minor") BigDecimal pastDueProviderReceivableMinor,
        @JsonProperty("terminal_provider_receivable_minor") BigDecimal terminalProviderReceivableMinor,
        @JsonProperty("uncollectible_provider_receivable_minor") BigDecimal uncollectibleProviderReceivableMinor,
        @JsonProperty("written_off_provider_receivable_minor") BigDecimal writtenOffProviderReceivableMinor,
        @JsonProperty("terminal_status") String terminalStatus,
        @JsonProperty("terminal_marked_at") String terminalMarkedAt,
        @JsonProperty("terminal_reason_code") String terminalReasonCode,
        @JsonProperty("buyer_period_ref") String buyerPeriodRef,
        @JsonProperty("failure_reason_code") String failureReasonCode,
        @JsonProperty("failure_reason_label") String failureReasonLabel,
        @JsonProperty("failure_reason_help") String failureReasonHelp,
        @JsonProperty("support_reference") String supportReference,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public SettlementBatch {
        extra = ClientJson.immutableMap(extra);
    }
}
