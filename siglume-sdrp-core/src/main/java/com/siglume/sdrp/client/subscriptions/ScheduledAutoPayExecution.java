package com.siglume.sdrp.client.subscriptions;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Redaction;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of one scheduled autopay run.
 */
public final class ScheduledAutoPayExecution extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ScheduledAutoPayExecution(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the run status} */
    public String status() {
        return fields.status();
    }

    /** {@return the charge status} */
    public String chargeStatus() {
        return fields.chargeStatus();
    }

    /**
     * {@return the authorization after the run (unmodifiable map; secret-looking values are not removed, so do
     * not log it whole)}
     */
    public Map<String, Object> authorization() {
        return fields.authorization();
    }

    /** {@return the slot (unmodifiable; empty when absent)} */
    public Map<String, Object> slot() {
        return fields.slot();
    }

    /** {@return the code of why the run did not charge, or {@code null}} */
    public @Nullable String reasonCode() {
        return fields.reasonCode();
    }

    /** {@return a readable reason, or {@code null}} */
    public @Nullable String reason() {
        return fields.reason();
    }

    /** {@return whether the run may be retried, or {@code null}} */
    public @Nullable Boolean retryable() {
        return fields.retryable();
    }

    /** {@return whether a person has to reconcile, or {@code null}} */
    public @Nullable Boolean manualReconciliationRequired() {
        return fields.manualReconciliationRequired();
    }

    /** {@return the payment requirement created, or {@code null}} */
    public @Nullable String directPaymentRequirementId() {
        return fields.directPaymentRequirementId();
    }

    /** {@return the payment requirement (unmodifiable; empty when absent)} */
    public Map<String, Object> directPaymentRequirement() {
        return fields.directPaymentRequirement();
    }

    /** {@return the execution (unmodifiable; empty when absent)} */
    public Map<String, Object> directPaymentExecution() {
        return fields.directPaymentExecution();
    }

    /** {@return the capability's result (unmodifiable; empty when absent)} */
    public Map<String, Object> capabilityResult() {
        return fields.capabilityResult();
    }

    /**
     * Describes the run with secret-looking values redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayExecution[status=" + status() + ", chargeStatus=" + chargeStatus() + ", authorization="
                + Redaction.redact(authorization()) + ", slot=" + slot() + ", reasonCode=" + reasonCode() + ", reason="
                + reason() + ", retryable=" + retryable() + ", manualReconciliationRequired="
                + manualReconciliationRequired() + ", directPaymentRequirementId=" + directPaymentRequirementId()
                + ", extra=" + Redaction.redact(extra()) + "]";
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("status") String status,
            @JsonProperty("charge_status") String chargeStatus,
            @JsonProperty("authorization") Map<String, Object> authorization,
            @JsonProperty("slot") Map<String, Object> slot,
            @JsonProperty("reason_code") @Nullable String reasonCode,
            @JsonProperty("reason") @Nullable String reason,
            @JsonProperty("retryable") @Nullable Boolean retryable,
            @JsonProperty("manual_reconciliation_required") @Nullable Boolean manualReconciliationRequired,
            @JsonProperty("direct_payment_requirement_id") @Nullable String directPaymentRequirementId,
            @JsonProperty("direct_payment_requirement") Map<String, Object> directPaymentRequirement,
            @JsonProperty("direct_payment_execution") Map<String, Object> directPaymentExecution,
            @JsonProperty("capability_result") Map<String, Object> capabilityResult,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            authorization = ClientJson.immutableMap(authorization);
            slot = ClientJson.immutableMap(slot);
            directPaymentRequirement = ClientJson.immutableMap(directPaymentRequirement);
            directPaymentExecution = ClientJson.immutableMap(directPaymentExecution);
            capabilityResult = ClientJson.immutableMap(capabilityResult);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
