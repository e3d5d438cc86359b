package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Client of the Siglume merchant API, authenticated with a <em>merchant</em> bearer token:
 * merchant setup and readiness, Hosted Checkout sessions and webhook subscriptions.
 *
 * <p>Immutable and thread-safe; build one per merchant token and share it. Every method checks
 * and normalises its inputs first (PROTOCOL §3) and throws {@link SdrpValidationException}
 * before anything is sent. API errors are {@link SiglumeApiException}; failures to get any
 * answer are {@link SiglumeTransportException}. {@link #toString()} shows the base URL only.
 */
public final class SiglumeMerchantClient {

    /** Value of {@code sdk} in the metadata of subscriptions created by {@link #setupCheckout}. */
    public static final String SDK_NAME = "siglume-sdrp-java";

    private static final String MERCHANTS = "/sdrp/direct-payments/merchants";
    private static final String CHECKOUT_SESSIONS = "/sdrp/direct-payments/checkout-sessions";
    private static final String SUBSCRIPTIONS = "/market/webhooks/subscriptions";

    private final ApiHttp http;

    private SiglumeMerchantClient(ClientSettings settings) {
        this.http = new ApiHttp(settings);
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
    public static SiglumeMerchantClient fromEnvironment(Function<String, String> environment) {
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
     * Reads a merchant account.
     *
     * <pre>{@code MerchantResponse merchant = client.getMerchant("acme-shop");}</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account; {@code challengeSecret} is absent here
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse getMerchant(String merchant) {
        ApiPath path = ApiPath.of(MERCHANTS).segment("merchant", SdrpInputs.selfServiceMerchant(merchant));
        return http.json(ApiHttp.Call.get("getMerchant", path), MerchantResponse.class);
    }

    /**
     * Reads whether the merchant can take Standard Hosted Checkout payments.
     *
     * <p>The result is the answer's {@code standard_hosted_checkout_readiness} object when
     * present, else the answer itself.
     *
     * <pre>{@code
     * HostedCheckoutReadiness readiness = client.getMerchantReadiness("acme-shop");
     * if (!readiness.ready()) { log.warn("checkout blocked: {}", readiness.blockers()); }
     * }</pre>
     *
     * @param merchant the self-service merchant key
     * @return the readiness
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public HostedCheckoutReadiness getMerchantReadiness(String merchant) {
        ApiPath path = ApiPath.of(MERCHANTS).segment("merchant", SdrpInputs.selfServiceMerchant(merchant))
                .literal("/readiness");
        JsonNode answer = http.json(ApiHttp.Call.get("getMerchantReadiness", path));
        JsonNode nested = answer.get("standard_hosted_checkout_readiness");
        return ApiHttp.convert(nested != null && nested.isObject() ? nested : answer, HostedCheckoutReadiness.class);
    }

    /**
     * Creates or updates the merchant account.
     *
     * <pre>{@code
     * MerchantResponse merchant = client.setupMerchant(MerchantSetupRequest.builder("acme-shop")
     *         .displayName("Acme Shop")
     *         .webhookCallbackUrl("https://shop.example.com/siglume/webhook")
     *         .checkoutAllowedOrigins(List.of("https://shop.example.com"))
     *         .build());
     * merchant.challengeSecretIfReturned().ifPresent(secretStore::saveChallengeSecret);
     * }</pre>
     *
     * @param request the setup
     * @return the account; the challenge secret only when just created
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse setupMerchant(MerchantSetupRequest request) {
        Inputs.requireInput("merchant_setup", request);
        JsonNode answer = http.json(ApiHttp.Call.post("setupMerchant", ApiPath.of(MERCHANTS), request.toJson()));
        return ApiHttp.convert(answer, MerchantResponse.class);
    }

    /**
     * Rotates the merchant's challenge secret. The old secret stops working; store the new one
     * before signing further challenges. Not retried after an ambiguous failure (a second
     * rotation would replace the secret you never saw).
     *
     * <pre>{@code String secret = client.rotateChallengeSecret("acme-shop").challengeSecret();}</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account with the new {@code challengeSecret}
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse rotateChallengeSecret(String merchant) {
        ApiPath path = ApiPath.of(MERCHANTS).segment("merchant", SdrpInputs.selfServiceMerchant(merchant))
                .literal("/challenge-secret/rotate");
        ApiHttp.Call call = new ApiHttp.Call("rotateChallengeSecret", "POST", path.build(), null,
                ApiHttp.Repeat.NOT_IDEMPOTENT, null);
        return http.json(call, MerchantResponse.class);
    }

    /**
     * Prepares the merchant's billing mandate with the account's settings.
     *
     * <pre>{@code client.createBillingMandate("acme-shop");}</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account with its mandate
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse createBillingMandate(String merchant) {
        return createBillingMandate(merchant, BillingMandateRequest.DEFAULTS);
    }

    /**
     * Prepares the merchant's billing mandate.
     *
     * <pre>{@code
     * client.createBillingMandate("acme-shop",
     *         BillingMandateRequest.builder().billingCurrency("JPY").maxAmountMinor(50_000L).build());
     * }</pre>
     *
     * @param merchant the self-service merchant key
     * @param request currency, billing currency and cap; all optional
     * @return the account with its mandate
     * @throws SdrpValidationException when an input is malformed or {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse createBillingMandate(String merchant, BillingMandateRequest request) {
        ApiPath path = ApiPath.of(MERCHANTS).segment("merchant", SdrpInputs.selfServiceMerchant(merchant))
                .literal("/billing-mandate");
        Inputs.requireInput("billing_mandate", request);
        return http.json(ApiHttp.Call.post("createBillingMandate", path, request.toJson()), MerchantResponse.class);
    }

    /**
     * Creates a Hosted Checkout session; redirect the shopper to its {@code checkoutUrl}.
     *
     * <pre>{@code
     * CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
     *         .merchant("acme-shop").amountMinor(1200).currency("JPY").nonce(order.id())
     *         .successUrl("https://shop.example.com/orders/" + order.id())
     *         .cancelUrl("https://shop.example.com/cart")
     *         .build());
     * }</pre>
     *
     * @param request the session
     * @return the session's URL, id and challenge hash
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     * @throws SiglumeApiException when the API refuses the call (409: same nonce, different order)
     * @throws SiglumeTransportException when no answer was obtained
     */
    public CreatedCheckoutSession createCheckoutSession(CheckoutSessionRequest request) {
        Inputs.requireInput("checkout_session", request);
        ApiHttp.Call call = ApiHttp.Call.post("createCheckoutSession", ApiPath.of(CHECKOUT_SESSIONS), request.toJson());
        return ApiHttp.convert(hostedCheckout(call), CreatedCheckoutSession.class);
    }

    /**
     * Reads a Hosted Checkout session. Its status is informational: fulfil from the webhook.
     *
     * <pre>{@code CheckoutSession session = client.getCheckoutSession("chk_123");}</pre>
     *
     * @param sessionId the session id
     * @return the session
     * @throws SdrpValidationException when the id is blank
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public CheckoutSession getCheckoutSession(String sessionId) {
        ApiPath path = ApiPath.of(CHECKOUT_SESSIONS).segment("session_id", SdrpInputs.required("session_id", sessionId));
        return ApiHttp.convert(hostedCheckout(ApiHttp.Call.get("getCheckoutSession", path)),
                CheckoutSession.class);
    }

    /**
     * Creates a webhook subscription. The answer carries the signing secret once: store it as
     * your webhook secret. Not retried after an ambiguous failure (a duplicate subscription
     * would sign with a secret you never saw): on {@link SiglumeTransportException}, call
     * {@link #listWebhookSubscriptions()} before trying again.
     *
     * <pre>{@code
     * WebhookSubscription subscription = client.createWebhookSubscription(
     *         WebhookSubscriptionRequest.of("https://shop.example.com/siglume/webhook"));
     * }</pre>
     *
     * @param request callback URL, event types, description and metadata
     * @return the subscription with its signing secret
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public WebhookSubscription createWebhookSubscription(WebhookSubscriptionRequest request) {
        Inputs.requireInput("webhook_subscription", request);
        ApiHttp.Call call = ApiHttp.Call.post("createWebhookSubscription", ApiPath.of(SUBSCRIPTIONS), request.toJson())
                .repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, WebhookSubscription.class);
    }

    /**
     * Lists the webhook subscriptions; secrets appear only as {@code signingSecretHint}.
     *
     * <pre>{@code List<WebhookSubscription> subscriptions = client.listWebhookSubscriptions();}</pre>
     *
     * @return the subscriptions (unmodifiable)
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookSubscription> listWebhookSubscriptions() {
        return ApiHttp.convertList(http.json(ApiHttp.Call.get("listWebhookSubscriptions", ApiPath.of(SUBSCRIPTIONS))),
                WebhookSubscription.class);
    }

    /**
     * Queues a test delivery to your webhook endpoint. Not retried after an ambiguous failure.
     *
     * <pre>{@code client.queueTestDelivery(WebhookTestDeliveryRequest.of("direct_payment.confirmed"));}</pre>
     *
     * @param request the event type, optional data and subscriptions
     * @return what was queued
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public WebhookTestDelivery queueTestDelivery(WebhookTestDeliveryRequest request) {
        Inputs.requireInput("test_delivery", request);
        ApiHttp.Call call = ApiHttp.Call.post("queueTestDelivery", ApiPath.of("/market/webhooks/test-deliveries"),
                request.toJson()).repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, WebhookTestDelivery.class);
    }

    /**
     * Lists recent webhook deliveries.
     *
     * <pre>{@code List<WebhookDelivery> deliveries = client.listWebhookDeliveries();}</pre>
     *
     * @return the deliveries (unmodifiable)
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookDelivery> listWebhookDeliveries() {
        return listWebhookDeliveries(WebhookDeliveryQuery.ALL);
    }

    /**
     * Lists webhook deliveries matching filters.
     *
     * <pre>{@code
     * List<WebhookDelivery> failed = client.listWebhookDeliveries(WebhookDeliveryQuery.builder()
     *         .eventType("direct_payment.confirmed").status("failed").limit(20).build());
     * }</pre>
     *
     * @param query the filters
     * @return the deliveries (unmodifiable)
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookDelivery> listWebhookDeliveries(WebhookDeliveryQuery query) {
        Inputs.requireInput("query", query);
        ApiPath path = query.appendTo(ApiPath.of("/market/webhooks/deliveries"));
        return ApiHttp.convertList(http.json(ApiHttp.Call.get("listWebhookDeliveries", path)), WebhookDelivery.class);
    }

    /**
     * Sets a merchant up for checkout in one call: merchant setup; then, unless skipped, the
     * billing mandate (currency: the account's billing currency, else the setup's; cap: the
     * setup's {@code maxAmountMinor}, else its {@code billingMandateCapMinor}); then, when a
     * callback URL is set and not skipped, a webhook subscription described
     * {@code "<merchant> Direct Request Payment"} with metadata {@code {merchant, sdk}}.
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
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses a step; earlier steps stay done
     * @throws SiglumeTransportException when no answer was obtained for a step
     */
    public CheckoutSetupResult setupCheckout(CheckoutSetupRequest request) {
        Inputs.requireInput("checkout_setup", request);
        MerchantSetupRequest setup = request.merchantSetup();
        MerchantResponse merchant = setupMerchant(setup);
        MerchantAccount account = merchant.merchantAccount();
        String merchantKey = account != null && SdrpInputs.optional(account.merchant()) != null
                ? SdrpInputs.optional(account.merchant()) : setup.merchant();
        MerchantResponse mandate = null;
        if (request.prepareBillingMandate()) {
            String accountCurrency = account == null ? null : SdrpInputs.optional(account.billingCurrency());
            String billingCurrency = isSupportedCurrency(accountCurrency) ? accountCurrency : setup.billingCurrency();
            Long cap = setup.maxAmountMinor() != null ? setup.maxAmountMinor() : setup.billingMandateCapMinor();
            mandate = createBillingMandate(merchantKey,
                    BillingMandateRequest.builder().billingCurrency(billingCurrency).maxAmountMinor(cap).build());
        }
        WebhookSubscription subscription = null;
        if (request.createsWebhookSubscription()) {
            String description = request.webhookDescription() != null ? request.webhookDescription()
                    : merchantKey + " Direct Request Payment";
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("merchant", merchantKey);
            metadata.put("sdk", SDK_NAME);
            subscription = createWebhookSubscription(WebhookSubscriptionRequest.builder()
                    .callbackUrl(setup.webhookCallbackUrl()).description(description)
                    .eventTypes(request.webhookEventTypes()).metadata(metadata).build());
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SiglumeEnv.DIRECT_PAYMENT_MERCHANT, merchantKey);
        if (merchant.challengeSecret() != null) {
            env.put(SiglumeEnv.DIRECT_PAYMENT_CHALLENGE_SECRET, merchant.challengeSecret());
        }
        if (subscription != null && subscription.signingSecret() != null) {
            env.put(SiglumeEnv.WEBHOOK_SECRET, subscription.signingSecret());
        }
        return new CheckoutSetupResult(merchant, mandate, subscription, env);
    }

    private static boolean isSupportedCurrency(String currency) {
        if (currency == null) {
            return false;
        }
        try {
            SdrpInputs.currency(currency);
            return true;
        } catch (SdrpValidationException e) {
            return false;
        }
    }

    private JsonNode hostedCheckout(ApiHttp.Call call) {
        try {
            return http.json(call);
        } catch (SiglumeApiException e) {
            if (isHostedCheckoutUnavailable(e)) {
                HostedCheckoutNotAvailableException unavailable = new HostedCheckoutNotAvailableException(e.status(),
                        e.code(), e.body(), e.requestId(), e.traceId(), e.supportReference());
                unavailable.initCause(e);
                throw unavailable;
            }
            throw e;
        }
    }

    private static boolean isHostedCheckoutUnavailable(SiglumeApiException e) {
        String code = e.code().toUpperCase(Locale.ROOT);
        if (e.status() == 409) {
            return code.equals("HOSTED_CHECKOUT_NOT_ENABLED") || code.equals("FEATURE_DISABLED");
        }
        return e.status() == 404 && (code.equals("HTTP_404") || code.equals("NOT_FOUND")
                || code.equals("ROUTE_NOT_FOUND") || code.equals("FEATURE_DISABLED"));
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
        public Builder token(String token) {
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
