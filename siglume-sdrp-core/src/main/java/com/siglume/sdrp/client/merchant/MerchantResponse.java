package com.siglume.sdrp.client.merchant;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Redaction;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the merchant setup, get, rotate and billing-mandate calls.
 *
 * <p>{@link #challengeSecret()} is present only when the secret was just created or rotated;
 * store it in your secret store at once. {@link #toString()} never shows it.
 */
public final class MerchantResponse extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private MerchantResponse(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the merchant account} */
    public MerchantAccount merchantAccount() {
        return fields.merchantAccount();
    }

    /** {@return the challenge secret when just created or rotated, else {@code null}} */
    public @Nullable String challengeSecret() {
        return fields.challengeSecret();
    }

    /** {@return whether a challenge secret exists or was created, or {@code null}} */
    public @Nullable Boolean challengeSecretCreated() {
        return fields.challengeSecretCreated();
    }

    /** {@return whether this call created the account, or {@code null}} */
    public @Nullable Boolean created() {
        return fields.created();
    }

    /** {@return the merchant's listing id, or {@code null}} */
    public @Nullable String listingId() {
        return fields.listingId();
    }

    /** {@return the billing mandate (unmodifiable; empty when absent)} */
    public Map<String, Object> mandate() {
        return fields.mandate();
    }

    /** {@return readiness when the API included it, else {@code null}} */
    public @Nullable HostedCheckoutReadiness standardHostedCheckoutReadiness() {
        return fields.standardHostedCheckoutReadiness();
    }

    /** {@return what to do next (unmodifiable; empty when absent)} */
    public Map<String, Object> nextSteps() {
        return fields.nextSteps();
    }

    /**
     * Returns the challenge secret when this answer carries one.
     *
     * @return the secret, or empty
     */
    public Optional<String> challengeSecretIfReturned() {
        return Optional.ofNullable(challengeSecret());
    }

    /**
     * Describes the answer with the challenge secret redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "MerchantResponse[merchantAccount=" + merchantAccount()
                + ", challengeSecret=" + (challengeSecret() == null ? "null" : "<redacted>")
                + ", challengeSecretCreated=" + challengeSecretCreated() + ", created=" + created()
                + ", listingId=" + listingId() + ", mandate=" + mandate()
                + ", standardHostedCheckoutReadiness=" + standardHostedCheckoutReadiness()
                + ", nextSteps=" + nextSteps() + ", extra=" + Redaction.redact(extra()) + "]";
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("merchant_account") MerchantAccount merchantAccount,
            @JsonProperty("challenge_secret") @Nullable String challengeSecret,
            @JsonProperty("challenge_secret_created") @Nullable Boolean challengeSecretCreated,
            @JsonProperty("created") @Nullable Boolean created,
            @JsonProperty("listing_id") @Nullable String listingId,
            @JsonProperty("mandate") Map<String, Object> mandate,
            @JsonProperty("standard_hosted_checkout_readiness") @Nullable HostedCheckoutReadiness standardHostedCheckoutReadiness,
            @JsonProperty("next_steps") Map<String, Object> nextSteps,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            challengeSecret = com.siglume.sdrp.SdrpInputs.optional(challengeSecret);
            mandate = ClientJson.immutableMap(mandate);
            nextSteps = ClientJson.immutableMap(nextSteps);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
