package com.siglume.sdrp.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Siglume API is and the credentials to use there: what the starter's clients, webhook
 * verifier and checkout connect with.
 *
 * <p>By default the starter creates one from the {@code siglume.*} properties (and their
 * {@code SIGLUME_*} environment variable fallbacks). Declare a bean of this type to replace
 * them, as a test or a development run against a local sandbox does
 * ({@code siglume-sdrp-sandbox-spring-boot}). With such a bean the merchant client, the webhook
 * endpoint (unless {@code siglume.webhook.enabled=false}) and, with a DataSource, the checkout
 * are created from it, and the health component, the actuator checks and the masking of secrets
 * read it; a value they need that the bean does not give stops startup with a report naming the
 * accessor. The buyer client and the challenge signer are still created only when
 * {@code siglume.auth-token} / {@code siglume.challenge-secret} are set; their values then come
 * from this bean. Timeouts, retries, tolerance and additional webhook secrets stay properties.
 */
public interface SiglumeConnectionDetails extends ConnectionDetails {

    /**
     * The API base URL.
     *
     * @return for example {@code https://api.siglume.com/v1}, or {@code http://127.0.0.1:8787/v1}
     *         for a local sandbox
     */
    String apiBase();

    /**
     * The merchant key.
     *
     * @return the key, or {@code null} when there is none
     */
    @Nullable String merchant();

    /**
     * The merchant bearer token.
     *
     * @return the token, or {@code null} when there is none
     */
    @Nullable String merchantAuthToken();

    /**
     * The buyer or provider bearer token, for the payment client.
     *
     * @return the token, or {@code null} when there is none
     */
    default @Nullable String buyerAuthToken() {
        return null;
    }

    /**
     * The secret the merchant signs its payment challenges with.
     *
     * @return the secret, or {@code null} when there is none
     */
    default @Nullable String challengeSecret() {
        return null;
    }

    /**
     * The webhook signing secret ({@code whsec_...}).
     *
     * @return the secret, or {@code null} when there is none
     */
    @Nullable String webhookSecret();
}
