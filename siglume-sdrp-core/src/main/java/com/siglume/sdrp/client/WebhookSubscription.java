package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.SdrpInputs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook subscription. {@link #signingSecret()} is returned once, when the subscription is
 * created: store it as your webhook secret at once. {@link #toString()} never shows it.
 *
 * @param webhookSubscriptionId the subscription id, when the API names it so
 * @param subscriptionId the subscription id, when the API names it so
 * @param id the subscription id, when the API names it so
 * @param callbackUrl the callback URL
 * @param signingSecret the signing secret ({@code whsec_...}), only right after creation, else {@code null}
 * @param signingSecretHint the last characters of the secret, or {@code null}
 * @param status the subscription status, for example {@code active}
 * @param eventTypes the subscribed event types (empty when absent)
 * @param description the description, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record WebhookSubscription(
        @JsonProperty("webhook_subscription_id") String webhookSubscriptionId,
        @JsonProperty("subscription_id") String subscriptionId,
        @JsonProperty("id") String id,
        @JsonProperty("callback_url") String callbackUrl,
        @JsonProperty("signing_secret") String signingSecret,
        @JsonProperty("signing_secret_hint") String signingSecretHint,
        @JsonProperty("status") String status,
        @JsonProperty("event_types") List<String> eventTypes,
        @JsonProperty("description") String description,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable and a blank secret absent. */
    public WebhookSubscription {
        signingSecret = SdrpInputs.optional(signingSecret);
        eventTypes = ClientJson.immutableList(eventTypes);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the subscription's id, whichever name the API used.
     *
     * @return {@code webhook_subscription_id}, else {@code subscription_id}, else {@code id}, or empty
     */
    public Optional<String> anyId() {
        return Optional.ofNullable(webhookSubscriptionId != null ? webhookSubscriptionId
                : subscriptionId != null ? subscriptionId : id);
    }

    /**
     * Returns the signing secret when this answer carries one.
     *
     * @return the secret, or empty
     */
    public Optional<String> signingSecretIfReturned() {
        return Optional.ofNullable(signingSecret);
    }

    /**
     * Describes the subscription with the signing secret redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "WebhookSubscription[id=" + anyId().orElse(null) + ", callbackUrl=" + callbackUrl
                + ", signingSecret=" + (signingSecret == null ? "null" : "<redacted>")
                + ", signingSecretHint=" + signingSecretHint + ", status=" + status + ", eventTypes=" + eventTypes
                + ", description=" + description + ", extra=" + Redaction.redact(extra) + "]";
    }
}
