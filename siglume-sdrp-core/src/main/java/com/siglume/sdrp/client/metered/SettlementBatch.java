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
 * One Micro/Nano settlement batch (a statement period). Amounts are exact decimals.
 */
public final class SettlementBatch extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private SettlementBatch(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the batch id} */
    public String settlementBatchId() {
        return fields.settlementBatchId();
    }

    /** {@return the plan type, {@code micro} or {@code nano}} */
    public String planType() {
        return fields.planType();
    }

    /** {@return the settlement cadence, {@code weekly} or {@code monthly}} */
    public String settlementCadence() {
        return fields.settlementCadence();
    }

    /**
     * {@return the batch status; {@link SettlementBatchStatus#UNKNOWN} for a value this SDK does not know,
     * {@code null} when absent}
     */
    public @Nullable SettlementBatchStatus status() {
        return SettlementBatchStatus.fromWireName(fields.status());
    }

    /**
     * {@return the status as sent: the batch status, for example {@code pending_settlement}, {@code settled},
     * {@code past_due}, or {@code null} when absent}
     */
    public @Nullable String statusWireName() {
        return fields.status();
    }

    /** {@return the settlement trigger, {@code amount_threshold} or {@code scheduled_close}, or {@code null}} */
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

    /** {@return the unsettled exposure in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal totalUnsettledExposureMinor() {
        return fields.totalUnsettledExposureMinor();
    }

    /** {@return the pre-debit notice status, or {@code null}} */
    public @Nullable String noticeStatus() {
        return fields.noticeStatus();
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

    /** {@return when the debit is expected, or {@code null}} */
    public @Nullable String expectedScheduledDebitAt() {
        return fields.expectedScheduledDebitAt();
    }

    /** {@return when the debit is scheduled, or {@code null}} */
    public @Nullable String scheduledDebitAt() {
        return fields.scheduledDebitAt();
    }

    /** {@return the earliest debit attempt, or {@code null}} */
    public @Nullable String notBeforeAttemptAt() {
        return fields.notBeforeAttemptAt();
    }

    /** {@return the debit execution status, or {@code null}} */
    public @Nullable String executionStatus() {
        return fields.executionStatus();
    }

    /** {@return the latest attempt status, or {@code null}} */
    public @Nullable String latestExecutionAttemptStatus() {
        return fields.latestExecutionAttemptStatus();
    }

    /** {@return the number of debit attempts, or {@code null}} */
    public @Nullable Long attemptCount() {
        return fields.attemptCount();
    }

    /** {@return the next attempt, or {@code null}} */
    public @Nullable String nextAttemptAt() {
        return fields.nextAttemptAt();
    }

    /** {@return the on-chain receipt, or {@code null}} */
    public @Nullable String chainReceiptId() {
        return fields.chainReceiptId();
    }

    /** {@return the digest of the batch usage events, or {@code null}} */
    public @Nullable String usageEventDigest() {
        return fields.usageEventDigest();
    }

    /** {@return the protocol fee in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal protocolFeeMinor() {
        return fields.protocolFeeMinor();
    }

    /** {@return the gross buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal grossBuyerDebitMinor() {
        return fields.grossBuyerDebitMinor();
    }

    /** {@return the rounding delta in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal roundingDeltaMinor() {
        return fields.roundingDeltaMinor();
    }

    /** {@return the buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal buyerDebitMinor() {
        return fields.buyerDebitMinor();
    }

    /** {@return the provider gross amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerGrossAmountMinor() {
        return fields.providerGrossAmountMinor();
    }

    /** {@return the provider usage amount in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerUsageAmountMinor() {
        return fields.providerUsageAmountMinor();
    }

    /** {@return the provider receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal providerReceivableMinor() {
        return fields.providerReceivableMinor();
    }

    /** {@return the settled receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal settledProviderReceivableMinor() {
        return fields.settledProviderReceivableMinor();
    }

    /** {@return the unsettled receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal unsettledProviderReceivableMinor() {
        return fields.unsettledProviderReceivableMinor();
    }

    /** {@return the past-due receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal pastDueProviderReceivableMinor() {
        return fields.pastDueProviderReceivableMinor();
    }

    /** {@return the terminal receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal terminalProviderReceivableMinor() {
        return fields.terminalProviderReceivableMinor();
    }

    /** {@return the uncollectible receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal uncollectibleProviderReceivableMinor() {
        return fields.uncollectibleProviderReceivableMinor();
    }

    /** {@return the written-off receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal writtenOffProviderReceivableMinor() {
        return fields.writtenOffProviderReceivableMinor();
    }

    /** {@return the terminal status, {@code uncollectible} or {@code written_off}, or {@code null}} */
    public @Nullable String terminalStatus() {
        return fields.terminalStatus();
    }

    /** {@return when the terminal status was set, or {@code null}} */
    public @Nullable String terminalMarkedAt() {
        return fields.terminalMarkedAt();
    }

    /** {@return why the batch became terminal, or {@code null}} */
    public @Nullable String terminalReasonCode() {
        return fields.terminalReasonCode();
    }

    /** {@return the buyer reference within the period, or {@code null}} */
    public @Nullable String buyerPeriodRef() {
        return fields.buyerPeriodRef();
    }

    /** {@return the failure code, or {@code null}} */
    public @Nullable String failureReasonCode() {
        return fields.failureReasonCode();
    }

    /** {@return the failure label, or {@code null}} */
    public @Nullable String failureReasonLabel() {
        return fields.failureReasonLabel();
    }

    /** {@return what to do about the failure, or {@code null}} */
    public @Nullable String failureReasonHelp() {
        return fields.failureReasonHelp();
    }

    /** {@return the support reference, or {@code null}} */
    public @Nullable String supportReference() {
        return fields.supportReference();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("settlement_batch_id") String settlementBatchId,
            @JsonProperty("plan_type") String planType,
            @JsonProperty("settlement_cadence") String settlementCadence,
            @JsonProperty("status") @Nullable String status,
            @JsonProperty("settlement_trigger") @Nullable String settlementTrigger,
            @JsonProperty("settlement_threshold_minor") @Nullable BigDecimal settlementThresholdMinor,
            @JsonProperty("threshold_reached_at") @Nullable String thresholdReachedAt,
            @JsonProperty("total_unsettled_exposure_minor") @Nullable BigDecimal totalUnsettledExposureMinor,
            @JsonProperty("notice_status") @Nullable String noticeStatus,
            @JsonProperty("period_start") @Nullable String periodStart,
            @JsonProperty("period_end") @Nullable String periodEnd,
            @JsonProperty("close_at") @Nullable String closeAt,
            @JsonProperty("expected_scheduled_debit_at") @Nullable String expectedScheduledDebitAt,
            @JsonProperty("scheduled_debit_at") @Nullable String scheduledDebitAt,
            @JsonProperty("not_before_attempt_at") @Nullable String notBeforeAttemptAt,
            @JsonProperty("execution_status") @Nullable String executionStatus,
            @JsonProperty("latest_execution_attempt_status") @Nullable String latestExecutionAttemptStatus,
            @JsonProperty("attempt_count") @Nullable Long attemptCount,
            @JsonProperty("next_attempt_at") @Nullable String nextAttemptAt,
            @JsonProperty("chain_receipt_id") @Nullable String chainReceiptId,
            @JsonProperty("usage_event_digest") @Nullable String usageEventDigest,
            @JsonProperty("protocol_fee_minor") @Nullable BigDecimal protocolFeeMinor,
            @JsonProperty("gross_buyer_debit_minor") @Nullable BigDecimal grossBuyerDebitMinor,
            @JsonProperty("rounding_delta_minor") @Nullable BigDecimal roundingDeltaMinor,
            @JsonProperty("buyer_debit_minor") @Nullable BigDecimal buyerDebitMinor,
            @JsonProperty("provider_gross_amount_minor") @Nullable BigDecimal providerGrossAmountMinor,
            @JsonProperty("provider_usage_amount_minor") @Nullable BigDecimal providerUsageAmountMinor,
            @JsonProperty("provider_receivable_minor") @Nullable BigDecimal providerReceivableMinor,
            @JsonProperty("settled_provider_receivable_minor") @Nullable BigDecimal settledProviderReceivableMinor,
            @JsonProperty("unsettled_provider_receivable_minor") @Nullable BigDecimal unsettledProviderReceivableMinor,
            @JsonProperty("past_due_provider_receivable_minor") @Nullable BigDecimal pastDueProviderReceivableMinor,
            @JsonProperty("terminal_provider_receivable_minor") @Nullable BigDecimal terminalProviderReceivableMinor,
            @JsonProperty("uncollectible_provider_receivable_minor") @Nullable BigDecimal uncollectibleProviderReceivableMinor,
            @JsonProperty("written_off_provider_receivable_minor") @Nullable BigDecimal writtenOffProviderReceivableMinor,
            @JsonProperty("terminal_status") @Nullable String terminalStatus,
            @JsonProperty("terminal_marked_at") @Nullable String terminalMarkedAt,
            @JsonProperty("terminal_reason_code") @Nullable String terminalReasonCode,
            @JsonProperty("buyer_period_ref") @Nullable String buyerPeriodRef,
            @JsonProperty("failure_reason_code") @Nullable String failureReasonCode,
            @JsonProperty("failure_reason_label") @Nullable String failureReasonLabel,
            @JsonProperty("failure_reason_help") @Nullable String failureReasonHelp,
            @JsonProperty("support_reference") @Nullable String supportReference,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
