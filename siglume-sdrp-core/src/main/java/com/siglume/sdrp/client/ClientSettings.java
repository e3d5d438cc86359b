package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The resolved configuration of one client; built by the clients' builders.
 */
record ClientSettings(SiglumeHttpTransport transport, String baseUrl, String token, Duration timeout,
        String userAgent, RetryPolicy retryPolicy, boolean retryMoneyMovingCalls, Sleeper sleeper, Clock clock,
        DoubleSupplier random, SiglumeOperationListener operationListener) {

    /** Default timeout of one attempt. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    /** Longest accepted timeout of one attempt. */
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Which token a client needs; names it in errors.
     */
    enum TokenKind {
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
    static final class Builder {
        private final TokenKind kind;
        private String token;
        private String baseUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Integer maxRetries;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private boolean retryMoneyMovingCalls;
        private SiglumeHttpTransport transport;
        private String userAgent;
        private Function<String, String> environment = System::getenv;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random;
        private SiglumeOperationListener operationListener;

        Builder(TokenKind kind) {
            this.kind = kind;
        }

        void token(String value) {
            this.token = value;
        }

        void baseUrl(String value) {
            this.baseUrl = value;
        }

        void timeout(Duration value) {
            if (value == null || value.isZero() || value.isNegative() || value.compareTo(MAX_TIMEOUT) > 0) {
                throw new SdrpValidationException("timeout", "timeout must be positive and at most " + MAX_TIMEOUT);
            }
            this.timeout = value;
        }

        void maxRetries(int value) {
            if (value < 0 || value > RetryPolicy.MAX_RETRIES_LIMIT) {
                throw new SdrpValidationException("max_retries",
                        "max_retries must be between 0 and " + RetryPolicy.MAX_RETRIES_LIMIT);
            }
            this.maxRetries = value;
        }

        void retryPolicy(RetryPolicy value) {
            if (value == null) {
                throw new SdrpValidationException("retry_policy", "retry_policy is required");
            }
            this.retryPolicy = value;
        }

        void retryMoneyMovingCalls(boolean value) {
            this.retryMoneyMovingCalls = value;
        }

        void transport(SiglumeHttpTransport value) {
            if (value == null) {
                throw new SdrpValidationException("transport", "transport is required");
            }
            this.transport = value;
        }

        void userAgent(String value) {
            String trimmed = SdrpInputs.required("user_agent", value);
            if (hasControlCharacter(trimmed)) {
                throw new SdrpValidationException("user_agent", "user_agent must not contain control characters");
            }
            this.userAgent = trimmed;
        }

        void environment(Function<String, String> value) {
            if (value == null) {
                throw new SdrpValidationException("environment", "environment lookup is required");
            }
            this.environment = value;
        }

        void sleeper(Sleeper value) {
            if (value == null) {
                throw new SdrpValidationException("sleeper", "sleeper is required");
            }
            this.sleeper = value;
        }

        void clock(Clock value) {
            if (value == null) {
                throw new SdrpValidationException("clock", "clock is required");
            }
            this.clock = value;
        }

        void random(DoubleSupplier value) {
            this.random = value;
        }

        void operationListener(SiglumeOperationListener value) {
            this.operationListener = value;
        }

        ClientSettings build() {
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
