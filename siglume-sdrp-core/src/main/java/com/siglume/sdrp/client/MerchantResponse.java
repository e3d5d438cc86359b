package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of the merchant setup, get, rotate and billing-mandate calls.
 *
 * <p>{@link #challengeSecret()} is present only when the secret was just created or rotated;
 * store it in your secret store at once. {@link #toString()} never shows it.
 *
 * @param merchantAccount the merchant account
 * @param challengeSecret the challenge secret when just created or rotated, else {@code null}
 * @param challengeSecretCreated whether a challenge secret exists or was created, or {@code null}
 * @param created whether this call created the account, or {@code null}
 * @param listingId the merchant's listing id, or {@code null}
 * @param mandate the billing mandate (unmodifiable; empty when absent)
 * @param standardHostedCheckoutReadiness readiness when the API included it, else {@code null}
 * @param nextSteps what to do next (unmodifiable; empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record MerchantResponse(
        @JsonProperty("merchant_account") MerchantAccount merchantAccount,
        @JsonProperty("challenge_secret") String challengeSecret,
        @JsonProperty("challenge_secret_created") Boolean challengeSecretCreated,
        @JsonProperty("created") Boolean created,
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("mandate") Map<String, Object> mandate,
        @JsonProperty("standard_hosted_checkout_readiness") HostedCheckoutReadiness standardHostedCheckoutReadiness,
        @JsonProperty("next_steps") Map<String, Object> nextSteps,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable and a blank secret absent. */
    public MerchantResponse {
        challengeSecret = com.siglume.sdrp.SdrpInputs.optional(challengeSecret);
        mandate = ClientJson.immutableMap(mandate);
        nextSteps = ClientJson.immutableMap(nextSteps);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the challenge secret when this answer carries one.
     *
     * @return the secret, or empty
     */
    public Optional<String> challengeSecretIfReturned() {
        return Optional.ofNullable(challengeSecret);
    }

    /**
     * Describes the answer with the challenge secret redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "MerchantResponse[merchantAccount=" + merchantAccount
                + ", challengeSecret=" + (challengeSecret == null ? "null" : "<redacted>")
                + ", challengeSecretCreated=" + challengeSecretCreated + ", created=" + created
                + ", listingId=" + listingId + ", mandate=" + mandate
                + ", standardHostedCheckoutReadiness=" + standardHostedCheckoutReadiness
                + ", nextSteps=" + nextSteps + ", extra=" + Redaction.redact(extra) + "]";
    }
}
