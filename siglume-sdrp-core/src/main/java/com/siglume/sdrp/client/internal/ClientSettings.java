package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.RetryPolicy;
import com.siglume.sdrp.client.SiglumeEnv;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeOperationListener;
import com.siglume.sdrp.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The resolved configuration of one client; built by the clients' builders.
 *
 * <p>Not part of the public API.
 */
public final class ClientSettings {

    private final SiglumeHttpTransport transport;
    private final String baseUrl;
    private final String token;
    private final Duration timeout;
    private final String userAgent;
    private final RetryPolicy retryPolicy;
    private final boolean retryMoneyMovingCalls;
    private final Sleeper sleeper;
    private final Clock clock;
    private final @Nullable DoubleSupplier random;
    private final @Nullable SiglumeOperationListener operationListener;

    private ClientSettings(SiglumeHttpTransport transport, String baseUrl, String token, Duration timeout,
            String userAgent, RetryPolicy retryPolicy, boolean retryMoneyMovingCalls, Sleeper sleeper, Clock clock,
            @Nullable DoubleSupplier random, @Nullable SiglumeOperationListener operationListener) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.retryPolicy = retryPolicy;
        this.retryMoneyMovingCalls = retryMoneyMovingCalls;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.operationListener = operationListener;
    }

    /** {@return the transport} */
    public SiglumeHttpTransport transport() {
        return transport;
    }

    /** {@return the API base URL, without trailing slashes} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the bearer token} */
    public String token() {
        return token;
    }

    /** {@return the time one attempt may take} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return the {@code User-Agent}} */
    public String userAgent() {
        return userAgent;
    }

    /** {@return the retry policy} */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** {@return whether money-moving calls are retried} */
    public boolean retryMoneyMovingCalls() {
        return retryMoneyMovingCalls;
    }

    /** {@return how retries wait} */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** {@return the clock of the retry budget and {@code Retry-After} dates} */
    public Clock clock() {
        return clock;
    }

    /** {@return the jitter source, or {@code null} for the default} */
    public @Nullable DoubleSupplier random() {
        return random;
    }

    /** {@return the operation listener, or {@code null}} */
    public @Nullable SiglumeOperationListener operationListener() {
        return operationListener;
    }

    /** Default timeout of one attempt. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    /** Longest accepted timeout of one attempt. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Which token a client needs; names it in errors.
     */
    public enum TokenKind {
        MERCHANT("a merchant Siglume bearer token", SiglumeEnv.MERCHANT_TOKEN_VARIABLES),
        USER("a buyer or provider Siglume user bearer token", SiglumeEnv.USER_TOKEN_VARIABLES);

        private final String description;
        private final List<String> environmentNames;

        TokenKind(String description, List<String> environmentNames) {
            this.description = description;
            this.environmentNames = environmentNames;
        }
    }

    /**
     * Mutable holder behind both public builders, so the rules live in one place.
     */
    public static final class Builder {
        private final TokenKind kind;
        private @Nullable String token;
        private @Nullable String baseUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private @Nullable Integer maxRetries;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private boolean retryMoneyMovingCalls;
        private @Nullable SiglumeHttpTransport transport;
        private @Nullable String userAgent;
        private Function<String, @Nullable String> environment = System::getenv;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private @Nullable DoubleSupplier random;
        private @Nullable SiglumeOperationListener operationListener;

        public Builder(TokenKind kind) {
            this.kind = kind;
        }

        public void token(@Nullable String value) {
            this.token = value;
        }

        public void baseUrl(@Nullable String value) {
            this.baseUrl = value;
        }

        public void timeout(Duration value) {
            if (value == null || value.isZero() || value.isNegative() || value.compareTo(MAX_TIMEOUT) > 0) {
                throw new SdrpValidationException("timeout", "timeout must be positive and at most " + MAX_TIMEOUT);
            }
            this.timeout = value;
        }

        public void maxRetries(int value) {
            if (value < 0 || value > RetryPolicy.MAX_RETRIES_LIMIT) {
                throw new SdrpValidationException("max_retries",
                        "max_retries must be between 0 and " + RetryPolicy.MAX_RETRIES_LIMIT);
            }
            this.maxRetries = value;
        }

        public void retryPolicy(RetryPolicy value) {
            if (value == null) {
                throw new SdrpValidationException("retry_policy", "retry_policy is required");
            }
            this.retryPolicy = value;
        }

        public void retryMoneyMovingCalls(boolean value) {
            this.retryMoneyMovingCalls = value;
        }

        public void transport(SiglumeHttpTransport value) {
            if (value == null) {
                throw new SdrpValidationException("transport", "transport is required");
            }
            this.transport = value;
        }

        public void userAgent(String value) {
            String trimmed = SdrpInputs.required("user_agent", value);
            if (hasControlCharacter(trimmed)) {
                throw new SdrpValidationException("user_agent", "user_agent must not contain control characters");
            }
            this.userAgent = trimmed;
        }

        public void environment(Function<String, @Nullable String> value) {
            if (value == null) {
                throw new SdrpValidationException("environment", "environment lookup is required");
            }
            this.environment = value;
        }

        public void sleeper(Sleeper value) {
            if (value == null) {
                throw new SdrpValidationException("sleeper", "sleeper is required");
            }
            this.sleeper = value;
        }

        public void clock(Clock value) {
            if (value == null) {
                throw new SdrpValidationException("clock", "clock is required");
            }
            this.clock = value;
        }

        public void random(@Nullable DoubleSupplier value) {
            this.random = value;
        }

        public void operationListener(@Nullable SiglumeOperationListener value) {
            this.operationListener = value;
        }

        public ClientSettings build() {
            String resolvedToken = resolveToken();
            String resolvedBase = SdrpInputs.apiBaseUrl(baseUrl != null ? baseUrl : environmentBaseUrl());
            RetryPolicy policy = maxRetries == null ? retryPolicy : retryPolicy.withMaxRetries(maxRetries);
            return new ClientSettings(transport != null ? transport : new JdkHttpTransport(), resolvedBase,
                    resolvedToken, timeout, userAgent != null ? userAgent : Sdrp.userAgent(), policy,
                    retryMoneyMovingCalls, sleeper, clock, random, operationListener);
        }

        private String resolveToken() {
            String value = SdrpInputs.optional(token != null ? token
                    : SiglumeEnv.firstSet(kind.environmentNames, environment).orElse(null));
            if (value == null) {
                throw new SdrpValidationException("auth_token", capitalised(kind.description)
                        + " is required (set it on the builder or in " + String.join(" or ", kind.environmentNames)
                        + "); Developer Portal keys (cli_...) cannot be used.");
            }
            if (SdrpInputs.isDeveloperPortalKey(value)) {
                throw new SdrpValidationException("auth_token", "Developer Portal keys (cli_...) cannot call this API; configure "
                        + kind.description + ".");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || c == 0x7F || SdrpInputs.isTrimmable(c)) {
                    throw new SdrpValidationException("auth_token",
                            "the bearer token must not contain white space or control characters");
                }
            }
            return value;
        }

        private String environmentBaseUrl() {
            return SiglumeEnv.apiBase(environment);
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static boolean hasControlCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < ' ' || c == 0x7F) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Describes the settings without the token.
     *
     * @return the base URL, timeout and retry policy
     */
    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", timeout=" + timeout + ", retryPolicy=" + retryPolicy + "]";
    }
}
