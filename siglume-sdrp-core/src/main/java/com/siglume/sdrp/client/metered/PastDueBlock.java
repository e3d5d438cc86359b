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
 * A past-due settlement that pauses Micro/Nano usage ({@code METERED_SETTLEMENT_PAST_DUE}).
 */
public final class PastDueBlock extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private PastDueBlock(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the batch, or {@code null}} */
    public @Nullable String settlementBatchId() {
        return fields.settlementBatchId();
    }

    /** {@return the plan type, {@code micro} or {@code nano}, or {@code null}} */
    public @Nullable String planType() {
        return fields.planType();
    }

    /** {@return the currency, or {@code null}} */
    public @Nullable String currency() {
        return fields.currency();
    }

    /** {@return the token, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the unsettled exposure in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal totalUnsettledExposureMinor() {
        return fields.totalUnsettledExposureMinor();
    }

    /** {@return the past-due receivable in minor units, as an exact decimal, or {@code null}} */
    public @Nullable BigDecimal pastDueProviderReceivableMinor() {
        return fields.pastDueProviderReceivableMinor();
    }

    /** {@return the failure code, or {@code null}} */
    public @Nullable String failureReasonCode() {
        return fields.failureReasonCode();
    }

    /** {@return the support reference, or {@code null}} */
    public @Nullable String supportReference() {
        return fields.supportReference();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("settlement_batch_id") @Nullable String settlementBatchId,
            @JsonProperty("plan_type") @Nullable String planType,
            @JsonProperty("currency") @Nullable String currency,
            @JsonProperty("token_symbol") @Nullable String tokenSymbol,
            @JsonProperty("total_unsettled_exposure_minor") @Nullable BigDecimal totalUnsettledExposureMinor,
            @JsonProperty("past_due_provider_receivable_minor") @Nullable BigDecimal pastDueProviderReceivableMinor,
            @JsonProperty("failure_reason_code") @Nullable String failureReasonCode,
            @JsonProperty("support_reference") @Nullable String supportReference,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
