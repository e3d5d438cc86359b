package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The answer of one scheduled autopay run.
 *
 * @param status the run status
 * @param chargeStatus the charge status
 * @param authorization the authorization after the run (unmodifiable map; secret-looking
 *        values are not removed, so do not log it whole)
 * @param slot the slot (unmodifiable; empty when absent)
 * @param reasonCode why the run did not charge, or {@code null}
 * @param reason a readable reason, or {@code null}
 * @param retryable whether the run may be retried, or {@code null}
 * @param manualReconciliationRequired whether a person has to reconcile, or {@code null}
 * @param directPaymentRequirementId the payment requirement created, or {@code null}
 * @param directPaymentRequirement the payment requirement (unmodifiable; empty when absent)
 * @param directPaymentExecution the execution (unmodifiable; empty when absent)
 * @param capabilityResult the capability's result (unmodifiable; empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record ScheduledAutoPayExecution(
        @JsonProperty("status") String status,
        @JsonProperty("charge_status") String chargeStatus,
        @JsonProperty("authorization") Map<String, Object> authorization,
        @JsonProperty("slot") Map<String, Object> slot,
        @JsonProperty("reason_code") String reasonCode,
        @JsonProperty("reason") String reason,
        @JsonProperty("retryable") Boolean retryable,
        @JsonProperty("manual_reconciliation_required") Boolean manualReconciliationRequired,
        @JsonProperty("direct_payment_requirement_id") String directPaymentRequirementId,
        @JsonProperty("direct_payment_requirement") Map<String, Object> directPaymentRequirement,
        @JsonProperty("direct_payment_execution") Map<String, Object> directPaymentExecution,
        @JsonProperty("capability_result") Map<String, Object> capabilityResult,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public ScheduledAutoPayExecution {
        authorization = ClientJson.immutableMap(authorization);
        slot = ClientJson.immutableMap(slot);
        directPaymentRequirement = ClientJson.immutableMap(directPaymentRequirement);
        directPaymentExecution = ClientJson.immutableMap(directPaymentExecution);
        capabilityResult = ClientJson.immutableMap(capabilityResult);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Describes the run with secret-looking values redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayExecution[status=" + status + ", chargeStatus=" + chargeStatus + ", authorization="
                + Redaction.redact(authorization) + ", slot=" + slot + ", reasonCode=" + reasonCode + ", reason="
                + reason + ", retryable=" + retryable + ", manualReconciliationRequired="
                + manualReconciliationRequired + ", directPaymentRequirementId=" + directPaymentRequirementId
                + ", extra=" + Redaction.redact(extra) + "]";
    }
}
