package com.siglume.sdrp.client.checkout;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Hosted Checkout session just created: redirect the shopper to {@link #checkoutUrl()} and
 * keep {@link #sessionId()} and {@link #challengeHash()} with the order.
 *
 * @param checkoutUrl where to send the shopper
 * @param sessionId the session id
 * @param challengeHash the challenge hash the confirmation webhook will carry
 * @param statusWireName the session status as sent, normally {@code open}, or {@code null} when absent
 * @param expiresAt when the session expires (ISO-8601 text), or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record CreatedCheckoutSession(
        @JsonProperty("checkout_url") String checkoutUrl,
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("challenge_hash") String challengeHash,
        @JsonProperty("status") @Nullable String statusWireName,
        @JsonProperty("expires_at") @Nullable String expiresAt,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the map unmodifiable. */
    public CreatedCheckoutSession {
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the session status, normally {@link CheckoutSessionStatus#OPEN}.
     *
     * @return the status; {@link CheckoutSessionStatus#UNKNOWN} for a value this SDK does not know,
     *         {@code null} when absent
     */
    public @Nullable CheckoutSessionStatus status() {
        return CheckoutSessionStatus.fromWireName(statusWireName);
    }
}
