package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;

/**
 * Configures a {@link SiglumeSandbox}. Setters check their value at once; {@link #build()} takes a
 * snapshot, so one builder can build several sandboxes.
 */
public final class SiglumeSandboxBuilder {

    // Read by the sandbox's constructor.
    int port = SiglumeSandbox.DEFAULT_PORT;
    String merchant = SiglumeSandbox.DEFAULT_MERCHANT;
    String merchantAuthToken = SiglumeSandbox.DEFAULT_MERCHANT_AUTH_TOKEN;
    String buyerAuthToken = SiglumeSandbox.DEFAULT_BUYER_AUTH_TOKEN;
    String challengeSecret = SiglumeSandbox.DEFAULT_CHALLENGE_SECRET;
    String webhookSecret = SiglumeSandbox.DEFAULT_WEBHOOK_SECRET;
    String origin = SiglumeSandbox.DEFAULT_ORIGIN;
    String webhookUrl;
    boolean requireAuth = true;
    WebhookRetryPolicy retryPolicy = WebhookRetryPolicy.DEFAULT;
    Duration webhookTimeout = Duration.ofSeconds(10);
    Clock clock = Clock.systemUTC();

    SiglumeSandboxBuilder() {
    }

    /**
     * Sets the port.
     *
     * @param port 0 for any free port, else 1 to 65535; default {@value SiglumeSandbox#DEFAULT_PORT}
     * @return this builder
     * @throws SdrpValidationException when out of range
     */
    public SiglumeSandboxBuilder port(int port) {
        if (port < 0 || port > 65_535) {
            throw new SdrpValidationException("port", "port must be from 0 to 65535");
        }
        this.port = port;
        return this;
    }

    /**
     * Sets the merchant key.
     *
     * @param merchant a self-service merchant key, normalised (lower-cased)
     * @return this builder
     * @throws SdrpValidationException when not a valid key
     */
    public SiglumeSandboxBuilder merchant(String merchant) {
        this.merchant = SdrpInputs.selfServiceMerchant(merchant);
        return this;
    }

    /**
     * Sets the merchant bearer token the merchant routes accept.
     *
     * @param token a non-blank token; not a {@code cli_} key
     * @return this builder
     * @throws SdrpValidationException when blank or a {@code cli_} key
     */
    public SiglumeSandboxBuilder merchantAuthToken(String token) {
        this.merchantAuthToken = bearerToken("merchant_auth_token", token);
        return this;
    }

    /**
     * Sets the buyer (agent) bearer token the buyer API routes accept.
     *
     * @param token a non-blank token; not a {@code cli_} key; not the merchant token
     * @return this builder
     * @throws SdrpValidationException when blank or a {@code cli_} key
     */
    public SiglumeSandboxBuilder buyerAuthToken(String token) {
        this.buyerAuthToken = bearerToken("buyer_auth_token", token);
        return this;
    }

    /**
     * Sets the merchant's challenge secret, used exactly as given: payment requirements are
     * refused unless their challenge is signed with it.
     *
     * @param secret a non-blank secret
     * @return this builder
     * @throws SdrpValidationException when blank
     */
    public SiglumeSandboxBuilder challengeSecret(String secret) {
        SdrpInputs.required("challenge_secret", secret);
        this.challengeSecret = secret;
        return this;
    }

    /**
     * Sets the webhook signing secret, used exactly as given.
     *
     * @param secret a non-blank secret, for example {@code whsec_...}
     * @return this builder
     * @throws SdrpValidationException when blank
     */
    public SiglumeSandboxBuilder webhookSecret(String secret) {
        SdrpInputs.required("webhook_secret", secret);
        this.webhookSecret = secret;
        return this;
    }

    /**
     * Sets the shop origin listed as the merchant's allowed checkout origin.
     *
     * @param origin an https origin, or http on a loopback host; reduced to its origin
     * @return this builder
     * @throws SdrpValidationException when not such an origin
     */
    public SiglumeSandboxBuilder origin(String origin) {
        this.origin = SdrpInputs.checkoutOrigins(Collections.singletonList(origin)).get(0);
        return this;
    }

    /**
     * Sets the webhook URL now; it can also be set after start with
     * {@link SiglumeSandbox#setWebhookUrl(String)}.
     *
     * @param webhookUrl an https URL, or http on a loopback host; {@code null} for none
     * @return this builder
     * @throws SdrpValidationException when not such a URL
     */
    public SiglumeSandboxBuilder webhookUrl(String webhookUrl) {
        this.webhookUrl = checkedWebhookUrl(webhookUrl);
        return this;
    }

    /**
     * Sets whether the API routes require {@code Authorization: Bearer}. The reference
     * sandbox does not check; this one does by default so a missing or wrong token shows
     * up locally.
     *
     * @param requireAuth {@code false} to accept calls without a token
     * @return this builder
     */
    public SiglumeSandboxBuilder requireAuth(boolean requireAuth) {
        this.requireAuth = requireAuth;
        return this;
    }

    /**
     * Sets how failed webhook deliveries are retried.
     *
     * @param policy the policy, default {@link WebhookRetryPolicy#DEFAULT}
     * @return this builder
     * @throws SdrpValidationException when {@code null}
     */
    public SiglumeSandboxBuilder webhookRetryPolicy(WebhookRetryPolicy policy) {
        this.retryPolicy = requireRetryPolicy(policy);
        return this;
    }

    /**
     * Sets how long one webhook attempt may take (connect and answer).
     *
     * @param timeout a positive duration, default 10 seconds
     * @return this builder
     * @throws SdrpValidationException when not positive
     */
    public SiglumeSandboxBuilder webhookTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new SdrpValidationException("webhook_timeout", "webhook timeout must be positive");
        }
        this.webhookTimeout = timeout;
        return this;
    }

    /**
     * Sets the clock for timestamps, session expiry and webhook signatures.
     *
     * @param clock the clock, default the system UTC clock
     * @return this builder
     * @throws SdrpValidationException when {@code null}
     */
    public SiglumeSandboxBuilder clock(Clock clock) {
        this.clock = required(clock, "clock", "clock is required");
        return this;
    }

    /**
     * Builds a sandbox; call {@link SiglumeSandbox#start()} on it to serve.
     *
     * @return a new, not yet started sandbox
     * @throws SdrpValidationException when the buyer token is the merchant token
     */
    public SiglumeSandbox build() {
        // One token per role: the sandbox tells the merchant and the buyer apart by it.
        if (merchantAuthToken.equals(buyerAuthToken)) {
            throw new SdrpValidationException("buyer_auth_token",
                    "buyer_auth_token must differ from merchant_auth_token");
        }
        return new SiglumeSandbox(this);
    }

    private static String bearerToken(String field, String token) {
        String value = SdrpInputs.required(field, token);
        if (SdrpInputs.isDeveloperPortalKey(value)) {
            throw new SdrpValidationException(field, field + " must not be a Developer Portal key (cli_...)");
        }
        return value;
    }

    static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new SdrpValidationException(field, message);
        }
        return value;
    }

    static String checkedWebhookUrl(String webhookUrl) {
        return webhookUrl == null ? null : SdrpInputs.returnUrl("webhook_url", webhookUrl);
    }

    static WebhookRetryPolicy requireRetryPolicy(WebhookRetryPolicy policy) {
        return required(policy, "webhook_retry", "webhook retry policy is required");
    }
}
