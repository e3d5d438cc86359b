package com.siglume.sdrp.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Siglume SDRP starter, bound from {@code siglume.*}.
 *
 * <p>Each text property left unset falls back to the matching reference environment variable
 * ({@code SIGLUME_MERCHANT_AUTH_TOKEN}, {@code SIGLUME_AUTH_TOKEN}, {@code SIGLUME_API_BASE},
 * {@code SIGLUME_ENV}, {@code SIGLUME_DIRECT_PAYMENT_MERCHANT},
 * {@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET}, {@code SIGLUME_WEBHOOK_SECRET}); see
 * {@link SiglumeEnvironmentPostProcessor}. {@link #toString()} never shows a token or secret.
 */
@ConfigurationProperties("siglume")
public class SiglumeProperties {

    /**
     * Which Siglume environment to talk to when no API base URL is set: 'live' (the production
     * API) or 'sandbox' (SIGLUME_SANDBOX_API_BASE, else the local sandbox at
     * http://127.0.0.1:8787/v1). Falls back to SIGLUME_ENV.
     */
    private Env env = Env.LIVE;

    /**
     * Base URL of the Siglume API, for example https://siglume.com/v1. Wins over 'env'. Falls
     * back to SIGLUME_API_BASE.
     */
    private String apiBase;

    /**
     * Merchant key of this shop, as registered with Siglume. Used for challenges, Hosted
     * Checkout and the readiness health check. Falls back to SIGLUME_DIRECT_PAYMENT_MERCHANT.
     */
    private String merchant;

    /**
     * Bearer token of the merchant account; when set, a SiglumeMerchantClient bean is created.
     * Falls back to SIGLUME_MERCHANT_AUTH_TOKEN, then SIGLUME_AUTH_TOKEN. Never a Developer
     * Portal key (cli_...).
     */
    private String merchantAuthToken;

    /**
     * Bearer token of a buyer or provider user; when set, a SiglumePaymentClient bean is
     * created. Falls back to SIGLUME_AUTH_TOKEN. Never a Developer Portal key (cli_...).
     */
    private String authToken;

    /**
     * Secret this merchant signs payment challenges with; when set, a SiglumeChallengeSigner
     * bean is created. Falls back to SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET.
     */
    private String challengeSecret;

    /**
     * Whether the application runs the integration checks of 'verify' once it is ready, the
     * signed test delivery to its own webhook endpoint included: 'off', 'warn' (log each failed
     * check) or 'fail' (stop startup with a failure report naming the failed checks).
     */
    private VerifyOnStartup verifyOnStartup = VerifyOnStartup.OFF;

    private final Client client = new Client();

    private final Webhook webhook = new Webhook();

    private final Health health = new Health();

    /**
     * Returns the Siglume environment.
     *
     * @return {@code live} or {@code sandbox}
     */
    public Env getEnv() {
        return env;
    }

    /**
     * Sets the Siglume environment.
     *
     * @param env {@code live} or {@code sandbox}
     */
    public void setEnv(Env env) {
        this.env = env;
    }

    /**
     * Returns the configured API base URL.
     *
     * @return the URL, or {@code null} when unset
     */
    public String getApiBase() {
        return apiBase;
    }

    /**
     * Sets the API base URL.
     *
     * @param apiBase the URL
     */
    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    /**
     * Returns the merchant key.
     *
     * @return the key, or {@code null} when unset
     */
    public String getMerchant() {
        return merchant;
    }

    /**
     * Sets the merchant key.
     *
     * @param merchant the key
     */
    public void setMerchant(String merchant) {
        this.merchant = merchant;
    }

    /**
     * Returns the merchant bearer token.
     *
     * @return the token, or {@code null} when unset
     */
    public String getMerchantAuthToken() {
        return merchantAuthToken;
    }

    /**
     * Sets the merchant bearer token.
     *
     * @param merchantAuthToken the token
     */
    public void setMerchantAuthToken(String merchantAuthToken) {
        this.merchantAuthToken = merchantAuthToken;
    }

    /**
     * Returns the buyer or provider bearer token.
     *
     * @return the token, or {@code null} when unset
     */
    public String getAuthToken() {
        return authToken;
    }

    /**
     * Sets the buyer or provider bearer token.
     *
     * @param authToken the token
     */
    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    /**
     * Returns the challenge secret.
     *
     * @return the secret, or {@code null} when unset
     */
    public String getChallengeSecret() {
        return challengeSecret;
    }

    /**
     * Sets the challenge secret.
     *
     * @param challengeSecret the secret
     */
    public void setChallengeSecret(String challengeSecret) {
        this.challengeSecret = challengeSecret;
    }

    /**
     * Returns whether the integration checks run at startup.
     *
     * @return {@code off}, {@code warn} or {@code fail}
     */
    public VerifyOnStartup getVerifyOnStartup() {
        return verifyOnStartup;
    }

    /**
     * Sets whether the integration checks run at startup.
     *
     * @param verifyOnStartup {@code off}, {@code warn} or {@code fail}
     */
    public void setVerifyOnStartup(VerifyOnStartup verifyOnStartup) {
        this.verifyOnStartup = verifyOnStartup;
    }

    /**
     * Returns the HTTP client settings.
     *
     * @return the settings
     */
    public Client getClient() {
        return client;
    }

    /**
     * Returns the webhook endpoint settings.
     *
     * @return the settings
     */
    public Webhook getWebhook() {
        return webhook;
    }

    /**
     * Returns the health check settings.
     *
     * @return the settings
     */
    public Health getHealth() {
        return health;
    }

    /**
     * Describes the settings without any token or secret.
     *
     * @return a description that is safe to log
     */
    @Override
    public String toString() {
        return "SiglumeProperties[env=" + env + ", apiBase=" + apiBase + ", merchant=" + merchant
                + ", merchantAuthToken=" + mask(merchantAuthToken) + ", authToken=" + mask(authToken)
                + ", challengeSecret=" + mask(challengeSecret) + ", client=" + client + ", webhook=" + webhook
                + ", health=" + health + "]";
    }

    static String mask(String secret) {
        return secret == null ? "unset" : "<set>";
    }

    /** The Siglume environments. */
    public enum Env {
        /** The production API. */
        LIVE,
        /** The sandbox API: SIGLUME_SANDBOX_API_BASE, else the local sandbox. */
        SANDBOX
    }

    /** What the application does with the integration checks once it is ready. */
    public enum VerifyOnStartup {
        /** The checks do not run at startup. */
        OFF,
        /** The checks run; each failed check is logged as a warning and the application starts. */
        WARN,
        /** The checks run; a failed check stops startup with a failure report. */
        FAIL
    }

    /** Where processed webhook events are recorded for de-duplication. */
    public enum Store {
        /** JDBC when the application has a single DataSource, memory otherwise. */
        AUTO,
        /** A table in the application's DataSource; durable. Fails startup without a DataSource. */
        JDBC,
        /** A set in this JVM's memory; not durable, for development and tests only. */
        MEMORY
    }

    /** HTTP client settings. */
    public static class Client {

        /**
         * How long one attempt of a call to the Siglume API may take, from sending the request to
         * the end of reading the response body (the settlement batch CSV included); a slower
         * attempt fails as a timeout and is retried like one. Each retry gets the full timeout.
         */
        private Duration timeout = Duration.ofSeconds(15);

        /**
         * How many times a call is retried after a timeout, a 5xx answer or a 429 answer.
         */
        private int maxRetries = 2;

        /**
         * Returns the per-attempt timeout.
         *
         * @return the timeout
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the per-attempt timeout.
         *
         * @param timeout the timeout
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * Returns the retry count.
         *
         * @return retries after the first attempt
         */
        public int getMaxRetries() {
            return maxRetries;
        }

        /**
         * Sets the retry count.
         *
         * @param maxRetries retries after the first attempt
         */
        public void setMaxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
        }

        @Override
        public String toString() {
            return "[timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
        }
    }

    /** Webhook endpoint settings. */
    public static class Webhook {

        /**
         * Whether to serve the webhook endpoint. Defaults to on when a webhook secret is set;
         * 'true' without a secret stops startup.
         */
        private Boolean enabled;

        /**
         * Path of the webhook endpoint (exact match, below the servlet context path).
         */
        private String path = "/siglume/webhook";

        /**
         * Webhook signing secret (whsec_...) the deliveries are verified with. Falls back to
         * SIGLUME_WEBHOOK_SECRET.
         */
        private String secret;

        /**
         * Further signing secrets also accepted, for rotating the secret without downtime.
         */
        private List<String> additionalSecrets = new ArrayList<>();

        /**
         * How far the signed timestamp of a delivery may be from this server's clock, in
         * either direction.
         */
        private Duration tolerance = Duration.ofMinutes(5);

        /**
         * Largest webhook body accepted; larger deliveries are refused with 413 without being
         * read.
         */
        private DataSize maxBodySize = DataSize.ofMegabytes(1);

        /**
         * How long the whole webhook body may take to arrive once the request headers are in;
         * a slower delivery is answered 408 and its connection closed. The body is read
         * without holding a request thread, so slow senders cannot starve real deliveries.
         */
        private Duration readTimeout = Duration.ofSeconds(10);

        /**
         * Where processed events are recorded for de-duplication: 'auto' or 'jdbc' (the
         * application's DataSource: the only one, the one marked @SiglumeDataSource or the
         * @Primary one; without one startup stops), or 'memory' (this JVM only; events are
         * processed again after a restart).
         */
        private Store store = Store.AUTO;

        private final Jdbc jdbc = new Jdbc();

        /**
         * Returns whether the endpoint is enabled.
         *
         * @return {@code true}, {@code false}, or {@code null} for the default
         */
        public Boolean getEnabled() {
            return enabled;
        }

        /**
         * Sets whether the endpoint is enabled.
         *
         * @param enabled {@code true}, {@code false}, or {@code null} for the default
         */
        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the endpoint path.
         *
         * @return the path
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets the endpoint path.
         *
         * @param path the path
         */
        public void setPath(String path) {
            this.path = path;
        }

        /**
         * Returns the signing secret.
         *
         * @return the secret, or {@code null} when unset
         */
        public String getSecret() {
            return secret;
        }

        /**
         * Sets the signing secret.
         *
         * @param secret the secret
         */
        public void setSecret(String secret) {
            this.secret = secret;
        }

        /**
         * Returns the further accepted secrets.
         *
         * @return the secrets, possibly empty
         */
        public List<String> getAdditionalSecrets() {
            return additionalSecrets;
        }

        /**
         * Sets the further accepted secrets.
         *
         * @param additionalSecrets the secrets
         */
        public void setAdditionalSecrets(List<String> additionalSecrets) {
            this.additionalSecrets = additionalSecrets;
        }

        /**
         * Returns the timestamp tolerance.
         *
         * @return the tolerance
         */
        public Duration getTolerance() {
            return tolerance;
        }

        /**
         * Sets the timestamp tolerance.
         *
         * @param tolerance the tolerance
         */
        public void setTolerance(Duration tolerance) {
            this.tolerance = tolerance;
        }

        /**
         * Returns the largest accepted body.
         *
         * @return the size
         */
        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        /**
         * Sets the largest accepted body.
         *
         * @param maxBodySize the size
         */
        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        /**
         * Returns the body read deadline.
         *
         * @return the timeout
         */
        public Duration getReadTimeout() {
            return readTimeout;
        }

        /**
         * Sets the body read deadline.
         *
         * @param readTimeout the timeout, at least 1 ms
         */
        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /**
         * Returns the event store choice.
         *
         * @return the store
         */
        public Store getStore() {
            return store;
        }

        /**
         * Sets the event store choice.
         *
         * @param store the store
         */
        public void setStore(Store store) {
            this.store = store;
        }

        /**
         * Returns the JDBC store settings.
         *
         * @return the settings
         */
        public Jdbc getJdbc() {
            return jdbc;
        }

        @Override
        public String toString() {
            return "[enabled=" + enabled + ", path=" + path + ", secret=" + mask(secret) + ", additionalSecrets="
                    + (additionalSecrets == null ? 0 : additionalSecrets.size()) + ", tolerance=" + tolerance
                    + ", maxBodySize=" + maxBodySize + ", store=" + store + ", jdbc=" + jdbc + "]";
        }

        /** JDBC event store settings. */
        public static class Jdbc {

            /**
             * When to create the siglume_webhook_events table: 'embedded' (only for an embedded
             * database), 'always' or 'never'.
             */
            private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

            /**
             * How long the stored payload (the event body, which may carry customer data) of a
             * recorded event is kept. Older payloads are cleared every hour (or every retention
             * period, when shorter); the event id row stays, so redeliveries are still
             * recognised. Unset keeps payloads forever.
             */
            private Duration payloadRetention;

            /**
             * Returns when the table is created.
             *
             * @return the mode
             */
            public InitializeSchema getInitializeSchema() {
                return initializeSchema;
            }

            /**
             * Sets when the table is created.
             *
             * @param initializeSchema the mode
             */
            public void setInitializeSchema(InitializeSchema initializeSchema) {
                this.initializeSchema = initializeSchema;
            }

            /**
             * Returns how long stored payloads are kept.
             *
             * @return the retention, or {@code null} to keep them forever
             */
            public Duration getPayloadRetention() {
                return payloadRetention;
            }

            /**
             * Sets how long stored payloads are kept.
             *
             * @param payloadRetention the retention, or {@code null} to keep them forever
             */
            public void setPayloadRetention(Duration payloadRetention) {
                this.payloadRetention = payloadRetention;
            }

            @Override
            public String toString() {
                return "[initializeSchema=" + initializeSchema + ", payloadRetention=" + payloadRetention + "]";
            }
        }
    }

    /**
     * When the JDBC event store creates its table; the values of Spring Boot's database
     * initialization mode, kept here so the properties bind without spring-boot-sql.
     */
    public enum InitializeSchema {
        /** Always create it (if it does not exist). */
        ALWAYS,
        /** Create it only for an embedded database (H2, HSQLDB, Derby). */
        EMBEDDED,
        /** Never create it; the application's migrations do. */
        NEVER
    }

    /** Health check settings. */
    public static class Health {

        private final HostedCheckout hostedCheckout = new HostedCheckout();

        /**
         * Returns the Hosted Checkout readiness check settings.
         *
         * @return the settings
         */
        public HostedCheckout getHostedCheckout() {
            return hostedCheckout;
        }

        @Override
        public String toString() {
            return "[hostedCheckout=" + hostedCheckout + "]";
        }

        /** Hosted Checkout readiness check settings. */
        public static class HostedCheckout {

            /**
             * Whether to contribute the 'siglume' health component (Hosted Checkout
             * readiness). Takes effect when a merchant client exists.
             */
            private boolean enabled = true;

            /**
             * How long a readiness answer from Siglume is reused before asking again.
             */
            private Duration cacheTtl = Duration.ofSeconds(30);

            /**
             * Returns whether the health component is contributed.
             *
             * @return {@code true} by default
             */
            public boolean isEnabled() {
                return enabled;
            }

            /**
             * Sets whether the health component is contributed.
             *
             * @param enabled whether to contribute it
             */
            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }

            /**
             * Returns how long an answer is reused.
             *
             * @return the time to live
             */
            public Duration getCacheTtl() {
                return cacheTtl;
            }

            /**
             * Sets how long an answer is reused.
             *
             * @param cacheTtl the time to live
             */
            public void setCacheTtl(Duration cacheTtl) {
                this.cacheTtl = cacheTtl;
            }

            @Override
            public String toString() {
                return "[enabled=" + enabled + ", cacheTtl=" + cacheTtl + "]";
            }
        }
    }
}
