package com.siglume.sdrp.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

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
    private @Nullable String apiBase;

    /**
     * Merchant key of this shop, as registered with Siglume. Used for challenges, Hosted
     * Checkout and the readiness health check. Falls back to SIGLUME_DIRECT_PAYMENT_MERCHANT.
     */
    private @Nullable String merchant;

    /**
     * Bearer token of the merchant account; when set, a SiglumeMerchantClient bean is created.
     * Falls back to SIGLUME_MERCHANT_AUTH_TOKEN, then SIGLUME_AUTH_TOKEN. Never a Developer
     * Portal key (cli_...).
     */
    private @Nullable String merchantAuthToken;

    /**
     * Bearer token of a buyer or provider user; when set, a SiglumePaymentClient bean is
     * created. Falls back to SIGLUME_AUTH_TOKEN. Never a Developer Portal key (cli_...).
     */
    private @Nullable String authToken;

    /**
     * Secret this merchant signs payment challenges with; when set, a SiglumeChallengeSigner
     * bean is created. Falls back to SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET.
     */
    private @Nullable String challengeSecret;

    /**
     * Whether the application runs the integration checks of 'verify' once it is ready, the
     * signed test delivery to its own webhook endpoint included: 'off', 'warn' (log each failed
     * check) or 'fail' (stop startup with a failure report naming the failed checks).
     */
    private VerifyOnStartup verifyOnStartup = VerifyOnStartup.OFF;

    @NestedConfigurationProperty
    private final SiglumeClientProperties client = new SiglumeClientProperties();

    @NestedConfigurationProperty
    private final SiglumeWebhookProperties webhook = new SiglumeWebhookProperties();

    @NestedConfigurationProperty
    private final SiglumeHealthProperties health = new SiglumeHealthProperties();

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
    public @Nullable String getApiBase() {
        return apiBase;
    }

    /**
     * Sets the API base URL.
     *
     * @param apiBase the URL
     */
    public void setApiBase(@Nullable String apiBase) {
        this.apiBase = apiBase;
    }

    /**
     * Returns the merchant key.
     *
     * @return the key, or {@code null} when unset
     */
    public @Nullable String getMerchant() {
        return merchant;
    }

    /**
     * Sets the merchant key.
     *
     * @param merchant the key
     */
    public void setMerchant(@Nullable String merchant) {
        this.merchant = merchant;
    }

    /**
     * Returns the merchant bearer token.
     *
     * @return the token, or {@code null} when unset
     */
    public @Nullable String getMerchantAuthToken() {
        return merchantAuthToken;
    }

    /**
     * Sets the merchant bearer token.
     *
     * @param merchantAuthToken the token
     */
    public void setMerchantAuthToken(@Nullable String merchantAuthToken) {
        this.merchantAuthToken = merchantAuthToken;
    }

    /**
     * Returns the buyer or provider bearer token.
     *
     * @return the token, or {@code null} when unset
     */
    public @Nullable String getAuthToken() {
        return authToken;
    }

    /**
     * Sets the buyer or provider bearer token.
     *
     * @param authToken the token
     */
    public void setAuthToken(@Nullable String authToken) {
        this.authToken = authToken;
    }

    /**
     * Returns the challenge secret.
     *
     * @return the secret, or {@code null} when unset
     */
    public @Nullable String getChallengeSecret() {
        return challengeSecret;
    }

    /**
     * Sets the challenge secret.
     *
     * @param challengeSecret the secret
     */
    public void setChallengeSecret(@Nullable String challengeSecret) {
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
    public SiglumeClientProperties getClient() {
        return client;
    }

    /**
     * Returns the webhook endpoint settings.
     *
     * @return the settings
     */
    public SiglumeWebhookProperties getWebhook() {
        return webhook;
    }

    /**
     * Returns the health check settings.
     *
     * @return the settings
     */
    public SiglumeHealthProperties getHealth() {
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

    static String mask(@Nullable String secret) {
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
        /** The application's DataSource, as for JDBC; never memory on its own. */
        AUTO,
        /** A table in the application's DataSource; durable. Fails startup without a DataSource. */
        JDBC,
        /** A set in this JVM's memory; not durable, for development and tests only. */
        MEMORY
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
}
