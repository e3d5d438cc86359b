package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for the Siglume API, for local runs and tests: Hosted Checkout sessions,
 * a checkout page a person can click, signed {@code direct_payment.confirmed} webhooks, delivery
 * logs, Micro/Nano statements, and knobs that make it misbehave on purpose.
 *
 * <pre>{@code
 * try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start()) {
 *     sandbox.setWebhookUrl("http://localhost:" + appPort + "/siglume/webhook");
 *     // point the merchant client at sandbox.apiBase() with sandbox.merchantAuthToken()
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 only. Thread-safe: every method may be called from any thread
 * while requests are being served. {@link #close()} stops the server and every background
 * thread. {@link #toString()} never shows the token or the secret.
 */
public final class SiglumeSandbox implements AutoCloseable {

    /** Port of a standalone sandbox, as in the reference: {@code http://127.0.0.1:8787/v1}. */
    public static final int DEFAULT_PORT = 8787;
    /** Default merchant key. */
    public static final String DEFAULT_MERCHANT = "sandbox_merchant";
    /** Default merchant bearer token. */
    public static final String DEFAULT_MERCHANT_AUTH_TOKEN = "sandbox_merchant_token";
    /** Default buyer (agent) bearer token, for the buyer API. */
    public static final String DEFAULT_BUYER_AUTH_TOKEN = "sandbox_buyer_token";
    /** Default challenge secret: the merchant signs its payment challenges with it. */
    public static final String DEFAULT_CHALLENGE_SECRET = "sandbox_challenge_secret";
    /** Default webhook signing secret. */
    public static final String DEFAULT_WEBHOOK_SECRET = "whsec_sandbox_local";
    /** Default shop origin, listed as the merchant's allowed checkout origin. */
    public static final String DEFAULT_ORIGIN = "http://localhost:3000";
    /** Error code answered by the Hosted Checkout routes while it is disabled. */
    public static final String HOSTED_CHECKOUT_NOT_ENABLED = "HOSTED_CHECKOUT_NOT_ENABLED";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private enum Phase { NEW, RUNNING, CLOSED }

    private final Object lifecycle = new Object();
    private final int requestedPort;
    private final String merchant;
    private final String merchantAuthToken;
    private final String buyerAuthToken;
    private final String challengeSecret;
    private final String webhookSecret;
    private final String origin;
    private final boolean requireAuth;
    private final String threadPrefix;
    private final WebhookSender sender;
    private final SandboxState state;

    // Guarded by lifecycle.
    private Phase phase = Phase.NEW;
    private SandboxServer server;
    private volatile int port = -1;

    SiglumeSandbox(SiglumeSandboxBuilder builder) {
        this.requestedPort = builder.port;
        this.merchant = builder.merchant;
        this.merchantAuthToken = builder.merchantAuthToken;
        this.buyerAuthToken = builder.buyerAuthToken;
        this.challengeSecret = builder.challengeSecret;
        this.webhookSecret = builder.webhookSecret;
        this.origin = builder.origin;
        this.requireAuth = builder.requireAuth;
        this.threadPrefix = "siglume-sandbox-" + INSTANCES.incrementAndGet();
        this.sender = new WebhookSender(webhookSecret, builder.webhookUrl, builder.retryPolicy,
                builder.webhookTimeout, builder.clock, threadPrefix);
        this.state = new SandboxState(merchant, webhookSecret, challengeSecret, builder.clock, sender);
    }

    /** {@return a new builder with the reference defaults} */
    public static SiglumeSandboxBuilder builder() {
        return new SiglumeSandboxBuilder();
    }

    /**
     * Binds 127.0.0.1 on the configured port and starts serving.
     *
     * @return this sandbox, for chaining
     * @throws SandboxException when it was started before, is closed, or the port cannot be bound
     */
    public SiglumeSandbox start() {
        synchronized (lifecycle) {
            if (phase != Phase.NEW) {
                throw new SandboxException(409, "SANDBOX_ALREADY_STARTED", "the sandbox was already started");
            }
            server = SandboxServer.start(requestedPort, this, state, threadPrefix);
            port = server.port();
            state.sandboxOrigin(baseUrl());
            phase = Phase.RUNNING;
            return this;
        }
    }

    /**
     * Stops the server, drops scheduled webhook retries and ends every background thread.
     * Calling it again does nothing.
     */
    @Override
    public void close() {
        SandboxServer stopping;
        synchronized (lifecycle) {
            if (phase == Phase.CLOSED) {
                return;
            }
            phase = Phase.CLOSED;
            stopping = server;
        }
        sender.close();
        if (stopping != null) {
            stopping.stop();
        }
    }

    /** {@return whether the sandbox is serving: between {@link #start()} and {@link #close()}} */
    public boolean isRunning() {
        synchronized (lifecycle) {
            return phase == Phase.RUNNING;
        }
    }

    /**
     * {@return the port it listens on, the chosen one when built with port 0}
     *
     * @throws SandboxException before {@link #start()}
     */
    public int port() {
        int bound = port;
        if (bound < 0) {
            throw new SandboxException(409, "SANDBOX_NOT_STARTED", "the sandbox has not been started");
        }
        return bound;
    }

    /**
     * {@return the sandbox's origin {@code http://127.0.0.1:<port>}, where the checkout pages are served}
     *
     * @throws SandboxException before {@link #start()}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * {@return the API base URL {@code http://127.0.0.1:<port>/v1} to give a client
     * ({@code SIGLUME_API_BASE}, {@code siglume.api-base})}
     *
     * @throws SandboxException before {@link #start()}
     */
    public String apiBase() {
        return baseUrl() + "/v1";
    }

    /** {@return the merchant key, {@value #DEFAULT_MERCHANT} unless configured} */
    public String merchant() {
        return merchant;
    }

    /**
     * {@return the merchant bearer token the merchant routes accept,
     * {@value #DEFAULT_MERCHANT_AUTH_TOKEN} unless configured}
     */
    public String merchantAuthToken() {
        return merchantAuthToken;
    }

    /**
     * {@return the buyer (agent) bearer token the buyer API routes accept,
     * {@value #DEFAULT_BUYER_AUTH_TOKEN} unless configured}
     */
    public String buyerAuthToken() {
        return buyerAuthToken;
    }

    /**
     * {@return the merchant's challenge secret, which payment requirements' challenges must be
     * signed with, {@value #DEFAULT_CHALLENGE_SECRET} unless configured}
     */
    public String challengeSecret() {
        return challengeSecret;
    }

    /** {@return the webhook signing secret, {@value #DEFAULT_WEBHOOK_SECRET} unless configured} */
    public String webhookSecret() {
        return webhookSecret;
    }

    /**
     * {@return the shop origin listed as the merchant's allowed checkout origin,
     * {@value #DEFAULT_ORIGIN} unless configured}
     */
    public String origin() {
        return origin;
    }

    /** {@return whether the API routes require a bearer token: unless built with {@code requireAuth(false)}} */
    public boolean requiresAuth() {
        return requireAuth;
    }

    /** {@return the URL webhooks are sent to, empty while none is set} */
    public Optional<String> webhookUrl() {
        return Optional.ofNullable(sender.webhookUrl());
    }

    /**
     * Sets (or clears) the URL webhooks are sent to; usable at any time, for an application
     * whose port is known only after it starts. Retries already scheduled go to the new URL.
     *
     * @param webhookUrl an https URL, or http on localhost, 127.0.0.1 or [::1]; {@code null} to clear
     * @throws SdrpValidationException when the URL is not such a URL
     */
    public void setWebhookUrl(String webhookUrl) {
        sender.webhookUrl(SiglumeSandboxBuilder.checkedWebhookUrl(webhookUrl));
    }

    /**
     * Returns the environment variables an application needs to use this sandbox, in the order
     * the command line prints them.
     *
     * @return {@code SIGLUME_ENV}, {@code SIGLUME_API_BASE}, {@code SIGLUME_DIRECT_PAYMENT_MERCHANT},
     *         {@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET}, {@code SIGLUME_MERCHANT_AUTH_TOKEN},
     *         {@code SIGLUME_AUTH_TOKEN} (the buyer token, for an agent's payment client),
     *         {@code SIGLUME_WEBHOOK_SECRET}, {@code SHOP_PUBLIC_ORIGIN} and, when set,
     *         {@code SHOP_WEBHOOK_URL}
     * @throws SandboxException before {@link #start()}
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SIGLUME_ENV", "sandbox");
        env.put("SIGLUME_API_BASE", apiBase());
        env.put("SIGLUME_DIRECT_PAYMENT_MERCHANT", merchant);
        env.put("SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", challengeSecret);
        env.put("SIGLUME_MERCHANT_AUTH_TOKEN", merchantAuthToken);
        env.put("SIGLUME_AUTH_TOKEN", buyerAuthToken);
        env.put("SIGLUME_WEBHOOK_SECRET", webhookSecret);
        env.put("SHOP_PUBLIC_ORIGIN", origin);
        webhookUrl().ifPresent(url -> env.put("SHOP_WEBHOOK_URL", url));
        return Collections.unmodifiableMap(env);
    }

    /**
     * Sets what the readiness route answers. While not ready, creating a checkout session
     * answers 409 {@code HOSTED_CHECKOUT_READINESS_REQUIRED}.
     *
     * @param readiness {@link SandboxReadiness#READY} or a not-ready answer
     * @throws SdrpValidationException when {@code null}
     */
    public void setReadiness(SandboxReadiness readiness) {
        state.readiness(SiglumeSandboxBuilder.required(readiness, "readiness", "readiness is required"));
    }

    /** {@return what the readiness route answers} */
    public SandboxReadiness readiness() {
        return state.readiness();
    }

    /** Makes the create- and get-session routes answer 409 {@value #HOSTED_CHECKOUT_NOT_ENABLED}. */
    public void disableHostedCheckout() {
        disableHostedCheckout(409, HOSTED_CHECKOUT_NOT_ENABLED);
    }

    /**
     * Makes the create- and get-session routes answer an error of your choice, for example 404
     * {@code ROUTE_NOT_FOUND} or 409 {@code FEATURE_DISABLED}.
     *
     * @param status an HTTP status from 400 to 599
     * @param code the error code
     * @throws SdrpValidationException when the status is out of range or the code blank
     */
    public void disableHostedCheckout(int status, String code) {
        state.hostedCheckoutOutage(new ApiFault.Status(status, code,
                "Hosted Checkout is not enabled for this merchant account", null));
    }

    /** Turns Hosted Checkout back on. */
    public void enableHostedCheckout() {
        state.hostedCheckoutOutage(null);
    }

    /** {@return whether Hosted Checkout is on: not after {@link #disableHostedCheckout()}} */
    public boolean hostedCheckoutEnabled() {
        return state.hostedCheckoutOutage().isEmpty();
    }

    /**
     * Makes the next {@code count} calls of the {@code /v1} API routes meet a fault, in order,
     * after any faults already queued.
     *
     * @param fault what happens to each call
     * @param count how many calls, from 1 to 1000
     * @throws SdrpValidationException when the fault is {@code null} or the count out of range
     */
    public void injectApiFaults(ApiFault fault, int count) {
        state.apiFaults().add(fault, count);
    }

    /**
     * Makes the next {@code count} webhook delivery attempts meet a fault, in order, after any
     * faults already queued. Retries are attempts too.
     *
     * @param fault what happens to each attempt
     * @param count how many attempts, from 1 to 1000
     * @throws SdrpValidationException when the fault is {@code null} or the count out of range
     */
    public void injectWebhookFaults(WebhookFault fault, int count) {
        sender.faults().add(fault, count);
    }

    /** {@return the API faults still queued, next first} */
    public List<ApiFault> pendingApiFaults() {
        return state.apiFaults().pending();
    }

    /** {@return the webhook faults still queued, next first} */
    public List<WebhookFault> pendingWebhookFaults() {
        return sender.faults().pending();
    }

    /** Drops every queued API and webhook fault. */
    public void clearFaults() {
        state.apiFaults().clear();
        sender.faults().clear();
    }

    /**
     * Sets how failed webhook deliveries are retried from now on.
     *
     * @param policy the policy; {@link WebhookRetryPolicy#NONE} for a single attempt
     * @throws SdrpValidationException when {@code null}
     */
    public void setWebhookRetryPolicy(WebhookRetryPolicy policy) {
        sender.retryPolicy(SiglumeSandboxBuilder.requireRetryPolicy(policy));
    }

    /** {@return how failed webhook deliveries are retried} */
    public WebhookRetryPolicy webhookRetryPolicy() {
        return sender.retryPolicy();
    }

    /**
     * Forgets every session, requirement, payment, delivery and usage event, drops queued faults and scheduled
     * retries, and restores readiness, Hosted Checkout and the retry policy to how they were
     * built. The configuration (merchant, token, secret, origin, webhook URL) is kept.
     */
    public void reset() {
        state.reset();
    }

    /**
     * Returns a checkout session.
     *
     * @param sessionId the session id
     * @return the session as it is now, or empty when there is none with that id
     */
    public Optional<SandboxCheckoutSession> session(String sessionId) {
        return sessionId == null ? Optional.empty() : state.session(sessionId);
    }

    /**
     * Returns every checkout session created since the sandbox started or was last reset.
     *
     * @return the sessions as they are now, oldest first
     */
    public List<SandboxCheckoutSession> sessions() {
        return state.sessions();
    }

    /**
     * Confirms a checkout session as the checkout page's button does: marks it paid, builds the
     * signed {@code direct_payment.confirmed} event and makes the first delivery attempt before
     * returning. Confirming a paid session returns its first outcome again and sends nothing.
     *
     * @param sessionId the session id
     * @return the outcome, with the event id and the redirect URL
     * @throws SandboxException when there is no such session (404) or it is cancelled or
     *         expired (409)
     */
    public CheckoutOutcome confirm(String sessionId) {
        return state.confirm(SdrpInputs.required("session_id", sessionId));
    }

    /**
     * Cancels an open checkout session as the checkout page's Cancel button does.
     *
     * @param sessionId the session id
     * @return the outcome, with the redirect URL to the cancel URL
     * @throws SandboxException when there is no such session (404) or it is paid or expired (409)
     */
    public CheckoutOutcome cancel(String sessionId) {
        return state.cancel(SdrpInputs.required("session_id", sessionId));
    }

    /**
     * Sends a paid session's event again, the same bytes with a fresh signature.
     *
     * @param sessionId the session id
     * @return the new delivery after its first attempt
     * @throws SandboxException when there is no such session (404) or it is not paid (409)
     */
    public WebhookDelivery redeliver(String sessionId) {
        return state.redeliver(SdrpInputs.required("session_id", sessionId));
    }

    /**
     * Signs a payment challenge as the merchant's server does, with the sandbox's challenge
     * secret: what a shop hands an agent to pay for an order.
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param nonce the payment attempt's nonce; {@code null} for a random one
     * @return the challenge, with its string and hash
     * @throws SdrpValidationException when a value breaks its rule
     */
    public DirectPaymentChallenge challenge(long amountMinor, String currency, String nonce) {
        return DirectPaymentChallenges.create(challengeSecret, merchant, amountMinor, currency, nonce);
    }

    /**
     * Returns a payment requirement a buyer created.
     *
     * @param requirementId the requirement id
     * @return the requirement as it is now, or empty when there is none with that id
     */
    public Optional<SandboxRequirement> requirement(String requirementId) {
        return requirementId == null ? Optional.empty() : state.directPayments().lookup(requirementId);
    }

    /** {@return every payment in the books, Hosted Checkout and buyer API alike, newest first} */
    public List<SandboxPayment> payments() {
        return state.payments();
    }

    /** {@return where the money went, one balance per token, in the order tokens were first paid in} */
    public List<SandboxBalance> balances() {
        return state.balances();
    }

    /** {@return every webhook delivery with its attempts, newest first} */
    public List<WebhookDelivery> deliveries() {
        return sender.deliveries();
    }

    /**
     * Waits until no webhook attempt is running or scheduled: every delivery has succeeded or
     * used up its attempts.
     *
     * @param timeout the longest wait
     * @return {@code true} when idle in time, {@code false} when the wait ran out
     * @throws SdrpValidationException when the timeout is {@code null} or negative
     * @throws SandboxException when interrupted
     */
    public boolean awaitDeliveries(Duration timeout) {
        return sender.awaitIdle(timeout);
    }

    /** {@return the name prefix of this sandbox's threads, {@code siglume-sandbox-<n>}} */
    public String threadNamePrefix() {
        return threadPrefix;
    }

    @Override
    public String toString() {
        int bound = port;
        return "SiglumeSandbox[" + (bound < 0 ? "not started" : "http://127.0.0.1:" + bound)
                + ", merchant=" + merchant + ", webhookUrl=" + sender.webhookUrl() + "]";
    }
}
