package com.siglume.sdrp.client.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.siglume.sdrp.client.CapabilityAnswer;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Redaction;
import com.siglume.sdrp.client.shared.CapabilityFields;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled autopay authorization. {@link #scheduleToken()} is returned when the
 * authorization is created: it is the bearer token of
 * {@link SiglumePaymentClient#executeScheduledAutoPay}; store it as a secret.
 * {@link #toString()} never shows it.
 */
public final class ScheduledAutoPayAuthorization extends CapabilityAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ScheduledAutoPayAuthorization(Fields fields) {
        super(fields, fields.capability());
        this.fields = fields;
    }

    /** {@return the authorization id} */
    public String authorizationId() {
        return fields.authorizationId();
    }

    /** {@return the authorization id (short name)} */
    public String id() {
        return fields.id();
    }

    /** {@return the operation key, or {@code null}} */
    public @Nullable String operationKey() {
        return fields.operationKey();
    }

    /** {@return the expected amount in minor units, or {@code null}} */
    public @Nullable Long expectedAmountMinor() {
        return fields.expectedAmountMinor();
    }

    /** {@return the largest amount in minor units, or {@code null}} */
    public @Nullable Long maxAmountMinor() {
        return fields.maxAmountMinor();
    }

    /** {@return the currency} */
    public String currency() {
        return fields.currency();
    }

    /** {@return the token} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the largest number of runs, or {@code null}} */
    public @Nullable Long maxRuns() {
        return fields.maxRuns();
    }

    /** {@return the status, for example {@code active} or {@code revoked}} */
    public String status() {
        return fields.status();
    }

    /** {@return the last characters of the schedule token, or {@code null}} */
    public @Nullable String tokenHint() {
        return fields.tokenHint();
    }

    /** {@return the schedule token, only when just created, else {@code null}} */
    public @Nullable String scheduleToken() {
        return fields.scheduleToken();
    }

    /** {@return the cadence, as a name or an object, or {@code null} when absent} */
    public @Nullable ScheduledAutoPayCadence cadence() {
        return fields.cadence();
    }

    /** {@return the metadata (unmodifiable)} */
    public Map<String, Object> metadataJsonb() {
        return fields.metadataJsonb();
    }

    /** {@return the expiry time, or {@code null}} */
    public @Nullable String expiresAt() {
        return fields.expiresAt();
    }

    /** {@return the revocation time, or {@code null}} */
    public @Nullable String revokedAt() {
        return fields.revokedAt();
    }

    /** {@return the creation time, or {@code null}} */
    public @Nullable String createdAt() {
        return fields.createdAt();
    }

    /** {@return the last update time, or {@code null}} */
    public @Nullable String updatedAt() {
        return fields.updatedAt();
    }

    /** {@return whether the user still has to sign, or {@code null}} */
    public @Nullable Boolean requiresUserSignature() {
        return fields.requiresUserSignature();
    }

    /** {@return the mandate (unmodifiable; empty when absent)} */
    public Map<String, Object> mandate() {
        return fields.mandate();
    }

    /**
     * Returns the schedule token when this answer carries one.
     *
     * @return the token, or empty
     */
    public Optional<String> scheduleTokenIfReturned() {
        return Optional.ofNullable(scheduleToken());
    }

    /**
     * Describes the authorization with the schedule token redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayAuthorization[authorizationId=" + authorizationId() + ", id=" + id()
                + ", buyerUserId=" + buyerUserId() + ", listingId=" + listingId() + ", capabilityKey="
                + capabilityKey() + ", operationKey=" + operationKey() + ", expectedAmountMinor="
                + expectedAmountMinor() + ", maxAmountMinor=" + maxAmountMinor() + ", currency=" + currency()
                + ", tokenSymbol=" + tokenSymbol() + ", maxRuns=" + maxRuns() + ", status=" + status()
                + ", tokenHint=" + tokenHint() + ", scheduleToken=" + (scheduleToken() == null ? "null" : "<redacted>")
                + ", cadence=" + cadence() + ", expiresAt=" + expiresAt() + ", revokedAt=" + revokedAt()
                + ", requiresUserSignature=" + requiresUserSignature() + ", extra=" + Redaction.redact(extra()) + "]";
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("authorization_id") String authorizationId,
            @JsonProperty("id") String id,
            @JsonUnwrapped CapabilityFields capability,
            @JsonProperty("operation_key") @Nullable String operationKey,
            @JsonProperty("expected_amount_minor") @Nullable Long expectedAmountMinor,
            @JsonProperty("max_amount_minor") @Nullable Long maxAmountMinor,
            @JsonProperty("currency") String currency,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("max_runs") @Nullable Long maxRuns,
            @JsonProperty("status") String status,
            @JsonProperty("token_hint") @Nullable String tokenHint,
            @JsonProperty("schedule_token") @Nullable String scheduleToken,
            @JsonProperty("cadence") @Nullable ScheduledAutoPayCadence cadence,
            @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
            @JsonProperty("expires_at") @Nullable String expiresAt,
            @JsonProperty("revoked_at") @Nullable String revokedAt,
            @JsonProperty("created_at") @Nullable String createdAt,
            @JsonProperty("updated_at") @Nullable String updatedAt,
            @JsonProperty("requires_user_signature") @Nullable Boolean requiresUserSignature,
            @JsonProperty("mandate") Map<String, Object> mandate) {

        Fields {
            scheduleToken = com.siglume.sdrp.SdrpInputs.optional(scheduleToken);
            metadataJsonb = ClientJson.immutableMap(metadataJsonb);
            mandate = ClientJson.immutableMap(mandate);
        }
    }
}
