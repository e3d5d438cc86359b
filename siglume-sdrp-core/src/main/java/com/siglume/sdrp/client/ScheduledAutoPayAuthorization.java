package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled autopay authorization. {@link #scheduleToken()} is returned when the
 * authorization is created: it is the bearer token of
 * {@link SiglumePaymentClient#executeScheduledAutoPay}; store it as a secret.
 * {@link #toString()} never shows it.
 *
 * @param authorizationId the authorization id
 * @param id the authorization id (short name)
 * @param buyerUserId the buyer
 * @param agentId the agent, or {@code null}
 * @param productListingId the product listing
 * @param listingId the listing
 * @param accessGrantId the access grant, or {@code null}
 * @param capabilityKey the capability key
 * @param operationKey the operation key, or {@code null}
 * @param expectedAmountMinor the expected amount in minor units, or {@code null}
 * @param maxAmountMinor the largest amount in minor units, or {@code null}
 * @param currency the currency
 * @param tokenSymbol the token
 * @param maxRuns the largest number of runs, or {@code null}
 * @param status the status, for example {@code active} or {@code revoked}
 * @param tokenHint the last characters of the schedule token, or {@code null}
 * @param scheduleToken the schedule token, only when just created, else {@code null}
 * @param cadence the cadence (unmodifiable; empty when absent)
 * @param metadataJsonb the metadata (unmodifiable)
 * @param expiresAt expiry time, or {@code null}
 * @param revokedAt revocation time, or {@code null}
 * @param createdAt creation time, or {@code null}
 * @param updatedAt last update time, or {@code null}
 * @param requiresUserSignature whether the user still has to sign, or {@code null}
 * @param mandate the mandate (unmodifiable; empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record ScheduledAutoPayAuthorization(
        @JsonProperty("authorization_id") String authorizationId,
        @JsonProperty("id") String id,
        @JsonProperty("buyer_user_id") String buyerUserId,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("product_listing_id") String productListingId,
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("access_grant_id") String accessGrantId,
        @JsonProperty("capability_key") String capabilityKey,
        @JsonProperty("operation_key") String operationKey,
        @JsonProperty("expected_amount_minor") Long expectedAmountMinor,
        @JsonProperty("max_amount_minor") Long maxAmountMinor,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("max_runs") Long maxRuns,
        @JsonProperty("status") String status,
        @JsonProperty("token_hint") String tokenHint,
        @JsonProperty("schedule_token") String scheduleToken,
        @JsonProperty("cadence") Map<String, Object> cadence,
        @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("revoked_at") String revokedAt,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("requires_user_signature") Boolean requiresUserSignature,
        @JsonProperty("mandate") Map<String, Object> mandate,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable and a blank token absent. */
    public ScheduledAutoPayAuthorization {
        scheduleToken = com.siglume.sdrp.SdrpInputs.optional(scheduleToken);
        cadence = ClientJson.immutableMap(cadence);
        metadataJsonb = ClientJson.immutableMap(metadataJsonb);
        mandate = ClientJson.immutableMap(mandate);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the schedule token when this answer carries one.
     *
     * @return the token, or empty
     */
    public Optional<String> scheduleTokenIfReturned() {
        return Optional.ofNullable(scheduleToken);
    }

    /**
     * Describes the authorization with the schedule token redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayAuthorization[authorizationId=" + authorizationId + ", id=" + id + ", buyerUserId="
                + buyerUserId + ", listingId=" + listingId + ", capabilityKey=" + capabilityKey + ", operationKey="
                + operationKey + ", expectedAmountMinor=" + expectedAmountMinor + ", maxAmountMinor=" + maxAmountMinor
                + ", currency=" + currency + ", tokenSymbol=" + tokenSymbol + ", maxRuns=" + maxRuns + ", status="
                + status + ", tokenHint=" + tokenHint + ", scheduleToken="
                + (scheduleToken == null ? "null" : "<redacted>") + ", cadence=" + cadence + ", expiresAt=" + expiresAt
                + ", revokedAt=" + revokedAt + ", requiresUserSignature=" + requiresUserSignature + ", extra="
                + Redaction.redact(extra) + "]";
    }
}
