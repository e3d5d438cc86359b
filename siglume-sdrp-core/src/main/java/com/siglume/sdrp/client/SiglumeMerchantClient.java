package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Clock;
import java.time.Duration;
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

    private static final String MERCHANTS = "/sdrp/direct-payments/merchants";

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
        return ApiHttp.convert(http.json(ApiHttp.Call.get(path)), MerchantResponse.class);
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
        JsonNode answer = http.json(ApiHttp.Call.get(path));
        JsonNode nested = answer.get("standard_hosted_checkout_readiness");
        return ApiHttp.convert(nested != null && nested.isObject() ? nested : answer, HostedCheckoutReadiness.class);
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
    public static final class Builder {

        private final ClientSettings.Builder settings = new ClientSettings.Builder(ClientSettings.TokenKind.MERCHANT);

        private Builder() {
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

        /**
         * Sets the API base URL: https, or http on localhost, 127.0.0.1 or [::1].
         *
         * @param baseUrl for example {@code https://siglume.com/v1}; {@code null} falls back to the environment
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            settings.baseUrl(baseUrl);
            return this;
        }

        /**
         * Sets how long one attempt waits for the response head (default 15 s, at most 10 min).
         *
         * @param timeout the timeout
         * @return this builder
         * @throws SdrpValidationException when not positive or too long
         */
        public Builder timeout(Duration timeout) {
            settings.timeout(timeout);
            return this;
        }

        /**
         * Sets how many times a failed call is retried (0 to 10), overriding the retry policy's count.
         *
         * @param maxRetries retries after the first attempt
         * @return this builder
         * @throws SdrpValidationException when out of range
         */
        public Builder maxRetries(int maxRetries) {
            settings.maxRetries(maxRetries);
            return this;
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#DEFAULT}).
         *
         * @param retryPolicy the policy
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            settings.retryPolicy(retryPolicy);
            return this;
        }

        /**
         * Sets the HTTP transport (default a {@link JdkHttpTransport}).
         *
         * @param transport the transport
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder transport(SiglumeHttpTransport transport) {
            settings.transport(transport);
            return this;
        }

        /**
         * Sets the {@code User-Agent} header (default {@link com.siglume.sdrp.Sdrp#userAgent()}).
         *
         * @param userAgent the value
         * @return this builder
         * @throws SdrpValidationException when blank or holding control characters
         */
        public Builder userAgent(String userAgent) {
            settings.userAgent(userAgent);
            return this;
        }

        /**
         * Sets where unset values are looked up (default {@link System#getenv(String)}).
         *
         * @param environment returns an environment variable's value, or {@code null}
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder environment(Function<String, String> environment) {
            settings.environment(environment);
            return this;
        }

        /**
         * Sets how the client waits between retries (default {@link Sleeper#SYSTEM}).
         *
         * @param sleeper the sleeper
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder sleeper(Sleeper sleeper) {
            settings.sleeper(sleeper);
            return this;
        }

        /**
         * Sets the clock for the retry time budget and {@code Retry-After} dates (default UTC system clock).
         *
         * @param clock the clock
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder clock(Clock clock) {
            settings.clock(clock);
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws SdrpValidationException when the token is missing, is a {@code cli_} key or
         *         malformed, or the base URL is not allowed; the message never contains the token
         */
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
