package com.siglume.sdrp.client.webhooks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription. {@link #signingSecret()} is returned once, when the subscription is
 * created: store it as your webhook secret at once. {@link #toString()} never shows it.
 */
public final class WebhookSubscription extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private WebhookSubscription(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the subscription id, when the API names it so} */
    public String webhookSubscriptionId() {
        return fields.webhookSubscriptionId();
    }

    /** {@return the subscription id, when the API names it so} */
    public String subscriptionId() {
        return fields.subscriptionId();
    }

    /** {@return the subscription id, when the API names it so} */
    public String id() {
        return fields.id();
    }

    /** {@return the callback URL} */
    public String callbackUrl() {
        return fields.callbackUrl();
    }

    /** {@return the signing secret ({@code whsec_...}), only right after creation, else {@code null}} */
    public @Nullable String signingSecret() {
        return fields.signingSecret();
    }

    /** {@return the last characters of the secret, or {@code null}} */
    public @Nullable String signingSecretHint() {
        return fields.signingSecretHint();
    }

    /** {@return the subscription status, for example {@code active}} */
    public String status() {
        return fields.status();
    }

    /** {@return the subscribed event types (empty when absent)} */
    public List<String> eventTypes() {
        return fields.eventTypes();
    }

    /** {@return the description, or {@code null}} */
    public @Nullable String description() {
        return fields.description();
    }

    /**
     * Returns the subscription's id(), whichever name the API used.
     *
     * @return {@code webhook_subscription_id}, else {@code subscription_id}, else {@code id()}, or empty
     */
    public Optional<String> anyId() {
        return Optional.ofNullable(webhookSubscriptionId() != null ? webhookSubscriptionId()
                : subscriptionId() != null ? subscriptionId() : id());
    }

    /**
     * Returns the signing secret when this answer carries one.
     *
     * @return the secret, or empty
     */
    public Optional<String> signingSecretIfReturned() {
        return Optional.ofNullable(signingSecret());
    }

    /**
     * Describes the subscription with the signing secret redacted.
     *
     * @return the description()
     */
    @Override
    public String toString() {
        return "WebhookSubscription[id=" + anyId().orElse(null) + ", callbackUrl=" + callbackUrl()
                + ", signingSecret=" + (signingSecret() == null ? "null" : "<redacted>")
                + ", signingSecretHint=" + signingSecretHint() + ", status=" + status() + ", eventTypes=" + eventTypes()
                + ", description=" + description() + ", extra=" + Redaction.redact(extra()) + "]";
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("webhook_subscription_id") String webhookSubscriptionId,
            @JsonProperty("subscription_id") String subscriptionId,
            @JsonProperty("id") String id,
            @JsonProperty("callback_url") String callbackUrl,
            @JsonProperty("signing_secret") @Nullable String signingSecret,
            @JsonProperty("signing_secret_hint") @Nullable String signingSecretHint,
            @JsonProperty("status") String status,
            @JsonProperty("event_types") List<String> eventTypes,
            @JsonProperty("description") @Nullable String description,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            signingSecret = SdrpInputs.optional(signingSecret);
            eventTypes = ClientJson.immutableList(eventTypes);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
