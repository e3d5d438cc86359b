package com.siglume.sdrp.check;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeEnv;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the checks check: the shop's Siglume settings as the command line or the application
 * sees them. Built from environment variables (the reference names) with explicit values
 * winning; {@link #toString()} and {@link #summary()} never show the token or the secret.
 *
 * <p>In sandbox mode against a sandbox on this machine (an API base on a loopback host),
 * settings left unset take the local sandbox's well-known values (merchant
 * {@value #SANDBOX_MERCHANT}, token {@value #SANDBOX_MERCHANT_AUTH_TOKEN}, secret
 * {@value #SANDBOX_WEBHOOK_SECRET}) and those of a Spring Boot shop on its default port with the
 * starter's default webhook path (origin {@value #SANDBOX_SHOP_ORIGIN}, webhook URL
 * {@value #SANDBOX_WEBHOOK_URL}). Each such value is named in {@link #sandboxDefaults()} and
 * marked in the checks' details. Against a sandbox elsewhere, and in live mode, nothing is
 * assumed: those values would be another sandbox's guesses. */
public final class CheckSettings {

    /** Environment variable of the shop's public origin. */
    public static final String SHOP_PUBLIC_ORIGIN = "SHOP_PUBLIC_ORIGIN";
    /** Environment variable of the shop's public webhook URL. */
    public static final String SHOP_WEBHOOK_URL = "SHOP_WEBHOOK_URL";
    /** Environment variable of the probe currency. */
    public static final String TEST_CURRENCY = "SIGLUME_DIRECT_PAYMENT_TEST_CURRENCY";
    /** Environment variable of the probe amount in minor units. */
    public static final String TEST_AMOUNT_MINOR = "SIGLUME_DIRECT_PAYMENT_TEST_AMOUNT_MINOR";

    /** The local sandbox's merchant key. */
    public static final String SANDBOX_MERCHANT = "sandbox_merchant";
    /** The local sandbox's merchant bearer token (a public test value). */
    public static final String SANDBOX_MERCHANT_AUTH_TOKEN = "sandbox_merchant_token";
    /** The local sandbox's webhook signing secret (a public test value). */
    public static final String SANDBOX_WEBHOOK_SECRET = "whsec_sandbox_local";
    /** Origin of a Spring Boot shop on its default port. */
    public static final String SANDBOX_SHOP_ORIGIN = "http://localhost:8080";
    /** Webhook URL of a Spring Boot shop on its default port with the starter's default path. */
    public static final String SANDBOX_WEBHOOK_URL = "http://127.0.0.1:8080" + Sdrp.DEFAULT_WEBHOOK_PATH;

    /** Names used in {@link #sandboxDefaults()} and {@link #summary()}. */
    static final String MERCHANT = "merchant";
    static final String TOKEN = "merchant_auth_token";
    static final String SECRET = "webhook_secret";
    static final String ORIGIN = "shop_origin";
    static final String WEBHOOK_URL = "webhook_url";

    private final Values values;

    private CheckSettings(Values values) {
        this.values = values;
    }

    /** {@return whether the target is the sandbox} */
    public boolean sandbox() {
        return values.sandbox();
    }

    /** {@return the API base URL as configured (checked by the checks)} */
    public String apiBase() {
        return values.apiBase();
    }

    /** {@return the merchant key, or {@code null}} */
    public @Nullable String merchant() {
        return values.merchant();
    }

    /** {@return the merchant bearer token, or {@code null}} */
    public @Nullable String merchantAuthToken() {
        return values.merchantAuthToken();
    }

    /** {@return the webhook signing secret, or {@code null}} */
    public @Nullable String webhookSecret() {
        return values.webhookSecret();
    }

    /** {@return the shop's public origin, or {@code null}} */
    public @Nullable String shopOrigin() {
        return values.shopOrigin();
    }

    /** {@return the shop's public webhook URL, or {@code null}} */
    public @Nullable String webhookUrl() {
        return values.webhookUrl();
    }

    /** {@return the probe currency, {@code JPY} or {@code USD}} */
    public String currency() {
        return values.currency();
    }

    /**
     * {@return the probe amount as configured (checked by the checks), or {@code null} for the currency's
     * smallest Standard amount}
     */
    public @Nullable String amountMinor() {
        return values.amountMinor();
    }

    /** {@return {@code false} to check the local configuration only} */
    public boolean callApi() {
        return values.callApi();
    }

    /** {@return {@code false} to skip the Hosted Checkout and webhook delivery probes} */
    public boolean probe() {
        return values.probe();
    }

    /** {@return how long each API call may take} */
    public Duration timeout() {
        return values.timeout();
    }

    /** {@return how long the webhook delivery probe (and the probe witness) may take} */
    public Duration deliveryTimeout() {
        return values.deliveryTimeout();
    }

    /** {@return the pause between two looks at the delivery log} */
    public Duration pollInterval() {
        return values.pollInterval();
    }

    /** {@return names of the settings that took a sandbox default} */
    public Set<String> sandboxDefaults() {
        return values.sandboxDefaults();
    }

    /**
     * Starts a builder that reads the process environment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Describes the settings for people: the secret and token as set or not and their last
     * characters at most.
     *
     * @return an ordered map of setting names to safe values
     */
    public Map<String, String> summary() {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("environment", values.sandbox() ? "sandbox" : "live");
        summary.put("api_base", values.apiBase());
        summary.put(MERCHANT, marked(MERCHANT, values.merchant() == null ? "unset" : values.merchant()));
        summary.put(TOKEN, marked(TOKEN, hint(values.merchantAuthToken())));
        summary.put(SECRET, marked(SECRET, hint(values.webhookSecret())));
        summary.put(ORIGIN, marked(ORIGIN, values.shopOrigin() == null ? "unset" : values.shopOrigin()));
        summary.put(WEBHOOK_URL, marked(WEBHOOK_URL, values.webhookUrl() == null ? "unset" : values.webhookUrl()));
        summary.put("probe_currency", values.currency());
        summary.put("probe_amount_minor", values.amountMinor() == null ? "default" : values.amountMinor());
        return summary;
    }

    /**
     * Describes a secret value without showing it: whether it is set and, for a long enough
     * value, its last four characters.
     *
     * @param secret the value, or {@code null}
     * @return for example {@code set, ends with "ocal"}
     */
    public static String hint(@Nullable String secret) {
        if (secret == null) {
            return "unset";
        }
        return secret.length() >= 12 ? "set, ends with \"" + secret.substring(secret.length() - 4) + "\"" : "set";
    }

    /** Adds " (sandbox default)" to a value that took one. */
    String marked(String name, String value) {
        return values.sandboxDefaults().contains(name) ? value + " (sandbox default)" : value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CheckSettings that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "CheckSettings" + summary();
    }

    private static Duration positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new SdrpValidationException(field, field + " must be positive");
        }
        return value;
    }

    /** Fifteen values, more than a public constructor should take: the class above exposes them. */
    private record Values(boolean sandbox, String apiBase, @Nullable String merchant,
            @Nullable String merchantAuthToken, @Nullable String webhookSecret, @Nullable String shopOrigin,
            @Nullable String webhookUrl, String currency, @Nullable String amountMinor,
            boolean callApi, boolean probe, Duration timeout, Duration deliveryTimeout, Duration pollInterval,
            Set<String> sandboxDefaults) {

        /** Makes the set unmodifiable and checks the durations. */
        Values {
            sandboxDefaults = sandboxDefaults == null ? Set.of()
                    : Collections.unmodifiableSet(new LinkedHashSet<>(sandboxDefaults));
            timeout = positive("timeout", timeout);
            deliveryTimeout = positive("delivery_timeout", deliveryTimeout);
            pollInterval = positive("poll_interval", pollInterval);
            currency = SdrpInputs.currency(currency);
        }
    }

    /** Builds {@link CheckSettings}; a value set here wins over the environment. */
    public static final class Builder {

        private Function<String, @Nullable String> environment = System::getenv;
        private @Nullable Boolean sandbox;
        private @Nullable String apiBase;
        private @Nullable String merchant;
        private @Nullable String merchantAuthToken;
        private @Nullable String webhookSecret;
        private @Nullable String shopOrigin;
        private @Nullable String webhookUrl;
        private @Nullable String currency;
        private @Nullable String amountMinor;
        private boolean callApi = true;
        private boolean probe = true;
        private boolean sandboxDefaults = true;
        private Duration timeout = Duration.ofSeconds(15);
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        private Duration pollInterval = Duration.ofSeconds(1);

        private Builder() {
        }

        /**
         * Sets where unset values are read from.
         *
         * @param environment returns an environment variable's value, or {@code null}
         * @return this builder
         */
        public Builder environment(Function<String, @Nullable String> environment) {
            if (environment == null) {
                throw new SdrpValidationException("environment", "environment lookup is required");
            }
            this.environment = environment;
            return this;
        }

        /**
         * Targets the sandbox; unset, {@code SIGLUME_ENV=sandbox} decides.
         *
         * @param sandbox {@code true} for the sandbox
         * @return this builder
         */
        public Builder sandbox(boolean sandbox) {
            this.sandbox = sandbox;
            return this;
        }

        /**
         * Sets whether settings left unset take the local sandbox's values in sandbox mode.
         *
         * @param sandboxDefaults {@code false} to check exactly what is configured, as an
         *        application checking its own settings does
         * @return this builder
         */
        public Builder sandboxDefaults(boolean sandboxDefaults) {
            this.sandboxDefaults = sandboxDefaults;
            return this;
        }

        /**
         * Sets the API base URL; unset, {@code SIGLUME_API_BASE}, then the sandbox or production
         * default.
         *
         * @param apiBase the URL, or {@code null}
         * @return this builder
         */
        public Builder apiBase(@Nullable String apiBase) {
            this.apiBase = apiBase;
            return this;
        }

        /**
         * Sets the merchant key; unset, {@code SIGLUME_DIRECT_PAYMENT_MERCHANT}.
         *
         * @param merchant the key, or {@code null}
         * @return this builder
         */
        public Builder merchant(@Nullable String merchant) {
            this.merchant = merchant;
            return this;
        }

        /**
         * Sets the merchant token; unset, {@code SIGLUME_MERCHANT_AUTH_TOKEN}, then
         * {@code SIGLUME_AUTH_TOKEN}.
         *
         * @param token the token, or {@code null}
         * @return this builder
         */
        public Builder merchantAuthToken(@Nullable String token) {
            this.merchantAuthToken = token;
            return this;
        }

        /**
         * Sets the webhook secret; unset, {@code SIGLUME_WEBHOOK_SECRET}.
         *
         * @param secret the secret, or {@code null}
         * @return this builder
         */
        public Builder webhookSecret(@Nullable String secret) {
            this.webhookSecret = secret;
            return this;
        }

        /**
         * Sets the shop origin; unset, {@code SHOP_PUBLIC_ORIGIN}.
         *
         * @param origin the origin, or {@code null}
         * @return this builder
         */
        public Builder shopOrigin(@Nullable String origin) {
            this.shopOrigin = origin;
            return this;
        }

        /**
         * Sets the webhook URL; unset, {@code SHOP_WEBHOOK_URL}.
         *
         * @param url the URL, or {@code null}
         * @return this builder
         */
        public Builder webhookUrl(@Nullable String url) {
            this.webhookUrl = url;
            return this;
        }

        /**
         * Sets the probe currency; unset, {@code SIGLUME_DIRECT_PAYMENT_TEST_CURRENCY}, then
         * {@code JPY}.
         *
         * @param currency {@code JPY} or {@code USD}, or {@code null}
         * @return this builder
         */
        public Builder currency(@Nullable String currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Sets the probe amount; unset, {@code SIGLUME_DIRECT_PAYMENT_TEST_AMOUNT_MINOR}, then the
         * currency's smallest Standard amount.
         *
         * @param amountMinor the amount in minor units as text, or {@code null}
         * @return this builder
         */
        public Builder amountMinor(@Nullable String amountMinor) {
            this.amountMinor = amountMinor;
            return this;
        }

        /**
         * Sets whether the Siglume API is called at all.
         *
         * @param callApi {@code false} for the local configuration checks only
         * @return this builder
         */
        public Builder callApi(boolean callApi) {
            this.callApi = callApi;
            return this;
        }

        /**
         * Sets whether the Hosted Checkout and webhook delivery probes run.
         *
         * @param probe {@code false} to skip them
         * @return this builder
         */
        public Builder probe(boolean probe) {
            this.probe = probe;
            return this;
        }

        /**
         * Sets how long each API call may take.
         *
         * @param timeout a positive duration, default 15 seconds
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets how long the webhook delivery probe may take, and how often the delivery log is
         * read meanwhile.
         *
         * @param deliveryTimeout a positive duration, default 10 seconds
         * @param pollInterval a positive duration, default 1 second
         * @return this builder
         */
        public Builder deliveryWait(Duration deliveryTimeout, Duration pollInterval) {
            this.deliveryTimeout = deliveryTimeout;
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws SdrpValidationException when the currency is not {@code JPY} or {@code USD}, or
         *         a duration is not positive
         */
        public CheckSettings build() {
            boolean sandboxMode = sandbox != null ? sandbox : SiglumeEnv.isSandbox(environment.apply(SiglumeEnv.ENV));
            String base = SiglumeEnv.apiBase(first(apiBase, environment.apply(SiglumeEnv.API_BASE)), sandboxMode,
                    environment.apply(SiglumeEnv.SANDBOX_API_BASE));
            boolean fillIn = sandboxMode && sandboxDefaults && isOnThisMachine(base);
            Set<String> defaults = new LinkedHashSet<>();
            String token = first(merchantAuthToken,
                    SiglumeEnv.firstSet(SiglumeEnv.MERCHANT_TOKEN_VARIABLES, environment).orElse(null));
            String resolvedCurrency = first(currency, environment.apply(TEST_CURRENCY));
            return new CheckSettings(new Values(sandboxMode, base,
                    orSandboxDefault(fillIn, defaults, MERCHANT, first(merchant,
                            environment.apply(SiglumeEnv.DIRECT_PAYMENT_MERCHANT)), SANDBOX_MERCHANT),
                    orSandboxDefault(fillIn, defaults, TOKEN, token, SANDBOX_MERCHANT_AUTH_TOKEN),
                    orSandboxDefault(fillIn, defaults, SECRET, first(webhookSecret,
                            environment.apply(SiglumeEnv.WEBHOOK_SECRET)), SANDBOX_WEBHOOK_SECRET),
                    orSandboxDefault(fillIn, defaults, ORIGIN, first(shopOrigin,
                            environment.apply(SHOP_PUBLIC_ORIGIN)), SANDBOX_SHOP_ORIGIN),
                    orSandboxDefault(fillIn, defaults, WEBHOOK_URL, first(webhookUrl,
                            environment.apply(SHOP_WEBHOOK_URL)), SANDBOX_WEBHOOK_URL),
                    resolvedCurrency == null ? "JPY" : resolvedCurrency.toUpperCase(Locale.ROOT),
                    first(amountMinor, environment.apply(TEST_AMOUNT_MINOR)),
                    callApi, probe, timeout, deliveryTimeout, pollInterval, defaults));
        }

        private static @Nullable String orSandboxDefault(boolean fillIn, Set<String> defaults, String name,
                @Nullable String value,
                String sandboxValue) {
            if (value != null || !fillIn) {
                return value;
            }
            defaults.add(name);
            return sandboxValue;
        }

        /** Whether an API base names a loopback host, where the local sandbox's defaults apply. */
        private static boolean isOnThisMachine(String base) {
            try {
                String host = java.net.URI.create(base).getHost();
                return host != null && ("localhost".equalsIgnoreCase(host) || "[::1]".equals(host)
                        || host.startsWith("127."));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** The first present value, as given (secrets are compared exactly). */
        private static @Nullable String first(@Nullable String... values) {
            for (String value : values) {
                if (SdrpInputs.optional(value) != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
