package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessions;
import com.siglume.sdrp.client.checkout.CheckoutSetup;
import com.siglume.sdrp.client.checkout.CheckoutSetupRequest;
import com.siglume.sdrp.client.checkout.CheckoutSetupResult;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ClientSettings;
import com.siglume.sdrp.client.merchant.BillingMandateRequest;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.client.merchant.MerchantAccounts;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.client.webhooks.WebhookDeliveries;
import com.siglume.sdrp.client.webhooks.WebhookDelivery;
import com.siglume.sdrp.client.webhooks.WebhookDeliveryQuery;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptions;
import com.siglume.sdrp.client.webhooks.WebhookTestDelivery;
import com.siglume.sdrp.client.webhooks.WebhookTestDeliveryRequest;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Client of the Siglume merchant API, authenticated with a <em>merchant</em> bearer token:
 * merchant setup and readiness, Hosted Checkout sessions and webhook subscriptions.
 *
 * <p>The operations are grouped by resource ({@link #merchantAccounts()},
 * {@link #checkoutSessions()}, {@link #webhookSubscriptions()}, {@link #webhookDeliveries()});
 * the flat methods ({@link #createCheckoutSession}, {@link #setupCheckout}, ...) call the same
 * operations. {@link #request(String, String, String)} reaches a route this SDK has no method for.
 *
 * <p>Immutable and thread-safe; build one per merchant token and share it. Every method checks
 * and normalises its inputs first (PROTOCOL §3) and throws {@link SdrpValidationException}
 * before anything is sent. API errors are {@link SiglumeApiException}; failures to get any
 * answer are {@link SiglumeTransportException}. {@link #toString()} shows the base URL only.
 */
public final class SiglumeMerchantClient {

    /** Value of {@code sdk} in the metadata of subscriptions created by {@link #setupCheckout}. */
    public static final String SDK_NAME = "siglume-sdrp-java";

    private final ApiHttp http;
    private final MerchantAccounts merchantAccounts;
    private final CheckoutSessions checkoutSessions;
    private final WebhookSubscriptions webhookSubscriptions;
    private final WebhookDeliveries webhookDeliveries;
    private final CheckoutSetup checkoutSetup;

    private SiglumeMerchantClient(ClientSettings settings) {
        this.http = new ApiHttp(settings);
        this.merchantAccounts = new MerchantAccounts(http);
        this.checkoutSessions = new CheckoutSessions(http);
        this.webhookSubscriptions = new WebhookSubscriptions(http);
        this.webhookDeliveries = new WebhookDeliveries(http);
        this.checkoutSetup = new CheckoutSetup(merchantAccounts, webhookSubscriptions);
    }

    /**
     * Starts a builder. Values not set fall back to the environment: the token to
     * {@code SIGLUME_MERCHANT_AUTH_TOKEN} then {@code SIGLUME_AUTH_TOKEN}; the base URL to
     * {@code SIGLUME_API_BASE}, then (when {@code SIGLUME_ENV=sandbox}) {@code SIGLUME_SANDBOX_API_BASE}
     * or the sandbox default, else the production default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from the process environment alone.
     *
     * @return the client
     * @throws SdrpValidationException when no usable merchant token or base URL is configured
     */
    public static SiglumeMerchantClient fromEnvironment() {
        return builder().build();
    }

    /**
     * Builds a client from an environment lookup, for example a map's {@code get}.
     *
     * @param environment returns the value of an environment variable, or {@code null}
     * @return the client
     * @throws SdrpValidationException when no usable merchant token or base URL is configured
     */
    public static SiglumeMerchantClient fromEnvironment(Function<String, @Nullable String> environment) {
        return builder().environment(environment).build();
    }

    /**
     * Returns the API base URL this client calls, without trailing slashes.
     *
     * @return for example {@code https://siglume.com/v1}
     */
    public String baseUrl() {
        return http.baseUrl();
    }

    /**
     * Returns the merchant accounts: setup, readiness, the challenge secret, the billing mandate.
     *
     * @return the resource (one per client)
     */
    public MerchantAccounts merchantAccounts() {
        return merchantAccounts;
    }

    /**
     * Returns the Hosted Checkout sessions.
     *
     * @return the resource (one per client)
     */
    public CheckoutSessions checkoutSessions() {
        return checkoutSessions;
    }

    /**
     * Returns the webhook subscriptions.
     *
     * @return the resource (one per client)
     */
    public WebhookSubscriptions webhookSubscriptions() {
        return webhookSubscriptions;
    }

    /**
     * Returns the webhook deliveries and test deliveries.
     *
     * @return the resource (one per client)
     */
    public WebhookDeliveries webhookDeliveries() {
        return webhookDeliveries;
    }

    /**
     * Reads a merchant account: {@link MerchantAccounts#get(String)}.
     *
     * @param merchant the self-service merchant key
     * @return the account; {@code challengeSecret} is absent here
     */
    public MerchantResponse getMerchant(String merchant) {
        return merchantAccounts.get(merchant);
    }

    /**
     * Reads whether the merchant can take Standard Hosted Checkout payments:
     * {@link MerchantAccounts#readiness(String)}.
     *
     * @param merchant the self-service merchant key
     * @return the readiness
     */
    public HostedCheckoutReadiness getMerchantReadiness(String merchant) {
        return merchantAccounts.readiness(merchant);
    }

    /**
     * Creates or updates the merchant account: {@link MerchantAccounts#setup(MerchantSetupRequest)}.
     *
     * @param request the setup
     * @return the account; the challenge secret only when just created
     */
    public MerchantResponse setupMerchant(MerchantSetupRequest request) {
        return merchantAccounts.setup(request);
    }

    /**
     * Rotates the merchant's challenge secret: {@link MerchantAccounts#rotateChallengeSecret(String)}.
     *
     * @param merchant the self-service merchant key
     * @return the account with the new {@code challengeSecret}
     */
    public MerchantResponse rotateChallengeSecret(String merchant) {
        return merchantAccounts.rotateChallengeSecret(merchant);
    }

    /**
     * Prepares the billing mandate with the account's settings:
     * {@link MerchantAccounts#createBillingMandate(String)}.
     *
     * @param merchant the self-service merchant key
     * @return the account with its mandate
     */
    public MerchantResponse createBillingMandate(String merchant) {
        return merchantAccounts.createBillingMandate(merchant);
    }

    /**
     * Prepares the billing mandate:
     * {@link MerchantAccounts#createBillingMandate(String, BillingMandateRequest)}.
     *
     * @param merchant the self-service merchant key
     * @param request currency, billing currency and cap; all optional
     * @return the account with its mandate
     */
    public MerchantResponse createBillingMandate(String merchant, BillingMandateRequest request) {
        return merchantAccounts.createBillingMandate(merchant, request);
    }

    /**
     * Creates a Hosted Checkout session: {@link CheckoutSessions#create(CheckoutSessionRequest)}.
     *
     * @param request the session
     * @return the session's URL, id and challenge hash
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     */
    public CreatedCheckoutSession createCheckoutSession(CheckoutSessionRequest request) {
        return checkoutSessions.create(request);
    }

    /**
     * Reads a Hosted Checkout session: {@link CheckoutSessions#get(String)}.
     *
     * @param sessionId the session id
     * @return the session
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     */
    public CheckoutSession getCheckoutSession(String sessionId) {
        return checkoutSessions.get(sessionId);
    }

    /**
     * Creates a webhook subscription: {@link WebhookSubscriptions#create(WebhookSubscriptionRequest)}.
     *
     * @param request callback URL, event types, description and metadata
     * @return the subscription with its signing secret
     */
    public WebhookSubscription createWebhookSubscription(WebhookSubscriptionRequest request) {
        return webhookSubscriptions.create(request);
    }

    /**
     * Lists the webhook subscriptions: {@link WebhookSubscriptions#list()}.
     *
     * @return the subscriptions (unmodifiable)
     */
    public List<WebhookSubscription> listWebhookSubscriptions() {
        return webhookSubscriptions.list();
    }

    /**
     * Queues a test delivery: {@link WebhookDeliveries#queueTest(WebhookTestDeliveryRequest)}.
     *
     * @param request the event type, optional data and subscriptions
     * @return what was queued
     */
    public WebhookTestDelivery queueTestDelivery(WebhookTestDeliveryRequest request) {
        return webhookDeliveries.queueTest(request);
    }

    /**
     * Lists recent webhook deliveries: {@link WebhookDeliveries#list()}.
     *
     * @return the deliveries (unmodifiable)
     */
    public List<WebhookDelivery> listWebhookDeliveries() {
        return webhookDeliveries.list();
    }

    /**
     * Lists webhook deliveries matching filters: {@link WebhookDeliveries#list(WebhookDeliveryQuery)}.
     *
     * @param query the filters
     * @return the deliveries (unmodifiable)
     */
    public List<WebhookDelivery> listWebhookDeliveries(WebhookDeliveryQuery query) {
        return webhookDeliveries.list(query);
    }

    /**
     * Sets a merchant up for checkout in one call: {@link CheckoutSetup#run(CheckoutSetupRequest)}.
     *
     * <pre>{@code
     * CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(
     *         MerchantSetupRequest.builder("acme-shop")
     *                 .webhookCallbackUrl("https://shop.example.com/siglume/webhook").build()));
     * result.env().forEach(secretStore::put);
     * }</pre>
     *
     * @param request the setup and options
     * @return the three answers and the environment values
     */
    public CheckoutSetupResult setupCheckout(CheckoutSetupRequest request) {
        return checkoutSetup.run(request);
    }

    /**
     * Calls a route this SDK has no method for: an escape hatch, like the reference SDK's
     * {@code request(method, path, body)}. The call goes through everything every other call
     * goes through: this client's merchant token, base URL and headers, the retry policy (GET, PUT
     * and DELETE as idempotent calls; POST and PATCH only after 429 or when no connection was
     * made), the operation listener (operation {@code request}) and the error mapping: any status
     * outside 2xx throws the same {@link SiglumeApiException} types.
     *
     * <pre>{@code
     * RawResponse answer = client.request("GET", "/sdrp/beta/features?merchant=acme-shop", null);
     * String json = answer.body();
     * }</pre>
     *
     * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} (any case)
     * @param path the path and query under the base URL, starting with {@code /} and already
     *        percent-encoded, for example {@code /sdrp/beta/features?merchant=acme-shop}
     * @param jsonBody the JSON body (sent compact, with {@code Content-Type: application/json}),
     *        or {@code null} for none
     * @return the successful answer: status, body as sent, request id
     * @throws SdrpValidationException when the method is not one of those, the path leaves the
     *         base URL or is not encoded, or the body is not one JSON value (a repeated key
     *         included); nothing is sent
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public RawResponse request(String method, String path, @Nullable String jsonBody) {
        return http.raw(method, path, jsonBody);
    }

    /**
     * Describes the client without its token.
     *
     * @return the class name and base URL
     */
    @Override
    public String toString() {
        return "SiglumeMerchantClient[baseUrl=" + http.baseUrl() + "]";
    }

    /**
     * Builder of {@link SiglumeMerchantClient}. Not thread-safe; each setter checks its value.
     */
    public static final class Builder extends SiglumeClientBuilder<Builder, SiglumeMerchantClient> {

        private Builder() {
            super(ClientSettings.TokenKind.MERCHANT);
        }

        /**
         * Sets the merchant bearer token. Developer Portal keys ({@code cli_...}) are refused at
         * {@link #build()}.
         *
         * @param token the token; {@code null} falls back to the environment
         * @return this builder
         */
        public Builder token(@Nullable String token) {
            settings.token(token);
            return this;
        }

        @Override
        public SiglumeMerchantClient build() {
            return new SiglumeMerchantClient(settings.build());
        }

        /**
         * Describes the builder without the token.
         *
         * @return a fixed description
         */
        @Override
        public String toString() {
            return "SiglumeMerchantClient.Builder";
        }
    }
}
