package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One Micro/Nano settlement batch (a statement period). Amounts are exact decimals.
 */
public final class SettlementBatch extends MeteredPeriod {

    private final Fields fields;
    private final ProviderMeteredTotals receivables;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private SettlementBatch(Fields fields) {
        // The receivable totals are the provider's totals, read from the period's other fields.
        this(fields, ClientJson.MAPPER.convertValue(fields.period().extra(), ProviderMeteredTotals.class));
    }

    private SettlementBatch(Fields fields, ProviderMeteredTotals receivables) {
        super(fields, fields.period(), receivables.extra());
        this.fields = fields;
        this.receivables = receivables;
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

    /** {@return the pre-debit notice status, or {@code null}} */
    public @Nullable String noticeStatus() {
        return fields.noticeStatus();
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

    /** {@return the gross buyer debit in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal grossBuyerDebitMinor() {
        return fields.grossBuyerDebitMinor();
    }

    /** {@return the rounding delta in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal roundingDeltaMinor() {
        return fields.roundingDeltaMinor();
    }

    /** {@return the settled receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal settledProviderReceivableMinor() {
        return receivables.settledProviderReceivableMinor();
    }

    /** {@return the unsettled receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal unsettledProviderReceivableMinor() {
        return receivables.unsettledProviderReceivableMinor();
    }

    /** {@return the past-due receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal pastDueProviderReceivableMinor() {
        return receivables.pastDueProviderReceivableMinor();
    }

    /** {@return the terminal receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal terminalProviderReceivableMinor() {
        return receivables.terminalProviderReceivableMinor();
    }

    /** {@return the uncollectible receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal uncollectibleProviderReceivableMinor() {
        return receivables.uncollectibleProviderReceivableMinor();
    }

    /** {@return the written-off receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal writtenOffProviderReceivableMinor() {
        return receivables.writtenOffProviderReceivableMinor();
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
            @JsonProperty("notice_status") @Nullable String noticeStatus,
            @JsonProperty("expected_scheduled_debit_at") @Nullable String expectedScheduledDebitAt,
            @JsonProperty("scheduled_debit_at") @Nullable String scheduledDebitAt,
            @JsonProperty("not_before_attempt_at") @Nullable String notBeforeAttemptAt,
            @JsonProperty("execution_status") @Nullable String executionStatus,
            @JsonProperty("latest_execution_attempt_status") @Nullable String latestExecutionAttemptStatus,
            @JsonProperty("attempt_count") @Nullable Long attemptCount,
            @JsonProperty("next_attempt_at") @Nullable String nextAttemptAt,
            @JsonProperty("chain_receipt_id") @Nullable String chainReceiptId,
            @JsonProperty("usage_event_digest") @Nullable String usageEventDigest,
            @JsonProperty("gross_buyer_debit_minor") @Nullable BigDecimal grossBuyerDebitMinor,
            @JsonProperty("rounding_delta_minor") @Nullable BigDecimal roundingDeltaMinor,
            @JsonProperty("terminal_status") @Nullable String terminalStatus,
            @JsonProperty("terminal_marked_at") @Nullable String terminalMarkedAt,
            @JsonProperty("terminal_reason_code") @Nullable String terminalReasonCode,
            @JsonProperty("buyer_period_ref") @Nullable String buyerPeriodRef,
            @JsonProperty("failure_reason_code") @Nullable String failureReasonCode,
            @JsonProperty("failure_reason_label") @Nullable String failureReasonLabel,
            @JsonProperty("failure_reason_help") @Nullable String failureReasonHelp,
            @JsonProperty("support_reference") @Nullable String supportReference,
            @JsonUnwrapped Period period) {
    }
}
