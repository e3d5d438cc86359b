package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.internal.ClientSettings;
import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The settings both Siglume clients share; {@link SiglumeMerchantClient.Builder} and
 * {@link SiglumePaymentClient.Builder} add their token and build their client.
 *
 * <p>Not thread-safe; each setter checks its value at once.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 * @param <C> the client it builds
 */
public abstract class SiglumeClientBuilder<B extends SiglumeClientBuilder<B, C>, C> {

    final ClientSettings.Builder settings;

    SiglumeClientBuilder(ClientSettings.TokenKind tokenKind) {
        this.settings = new ClientSettings.Builder(tokenKind);
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws SdrpValidationException when the token is missing, is a {@code cli_} key or
     *         malformed, or the base URL is not allowed; the message never contains the token
     */
    public abstract C build();

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

        /**
         * Sets the API base URL: https, or http on localhost, 127.0.0.1 or [::1].
         *
         * @param baseUrl for example {@code https://siglume.com/v1}; {@code null} falls back to the environment
         * @return this builder
         */
        public final B baseUrl(@Nullable String baseUrl) {
            settings.baseUrl(baseUrl);
            return self();
        }

        /**
         * Sets how long one attempt may take, from sending the request to the end of reading the
         * response body, the streamed settlement batch CSV included (default 15 s, at most 10 min).
         * Retries get a timeout of their own each.
         *
         * @param timeout the timeout
         * @return this builder
         * @throws SdrpValidationException when not positive or too long
         */
        public final B timeout(Duration timeout) {
            settings.timeout(timeout);
            return self();
        }

        /**
         * Sets how many times a failed call is retried (0 to 10), overriding the retry policy's count.
         *
         * @param maxRetries retries after the first attempt
         * @return this builder
         * @throws SdrpValidationException when out of range
         */
        public final B maxRetries(int maxRetries) {
            settings.maxRetries(maxRetries);
            return self();
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#DEFAULT}).
         *
         * @param retryPolicy the policy
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public final B retryPolicy(RetryPolicy retryPolicy) {
            settings.retryPolicy(retryPolicy);
            return self();
        }

        /**
         * Sets the HTTP transport (default a {@link JdkHttpTransport}).
         *
         * @param transport the transport
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public final B transport(SiglumeHttpTransport transport) {
            settings.transport(transport);
            return self();
        }

        /**
         * Sets the {@code User-Agent} header (default {@link com.siglume.sdrp.Sdrp#userAgent()}).
         *
         * @param userAgent the value
         * @return this builder
         * @throws SdrpValidationException when blank or holding control characters
         */
        public final B userAgent(String userAgent) {
            settings.userAgent(userAgent);
            return self();
        }

        /**
         * Sets where unset values are looked up (default {@link System#getenv(String)}).
         *
         * @param environment returns an environment variable's value, or {@code null}
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public final B environment(Function<String, @Nullable String> environment) {
            settings.environment(environment);
            return self();
        }

        /**
         * Sets how the client waits between retries (default {@link Sleeper#SYSTEM}).
         *
         * @param sleeper the sleeper
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public final B sleeper(Sleeper sleeper) {
            settings.sleeper(sleeper);
            return self();
        }

        /**
         * Sets the clock for the retry time budget and {@code Retry-After} dates (default UTC system clock).
         *
         * @param clock the clock
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public final B clock(Clock clock) {
            settings.clock(clock);
            return self();
        }

        /**
         * Sets who is told when each client operation starts and ends (default nobody), for
         * example to observe the calls in metrics or tracing.
         *
         * @param operationListener the listener, or {@code null} for none
         * @return this builder
         */
        public final B operationListener(@Nullable SiglumeOperationListener operationListener) {
            settings.operationListener(operationListener);
            return self();
        }
}
