package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeClientBuilder;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeOperationListener;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.autoconfigure.observation.SiglumeObservationAutoConfiguration;
import com.siglume.sdrp.spring.client.RestClientSiglumeTransport;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * The Siglume API clients and the challenge signer, configured from the
 * {@link SiglumeConnectionDetails} (by default those of the {@code siglume.*} properties).
 *
 * <ul>
 *   <li>{@link PropertiesSiglumeConnectionDetails}: unless the application declares its own
 *       {@link SiglumeConnectionDetails}.</li>
 *   <li>{@link SiglumeHttpTransport}: always; sends through the application's
 *       {@link RestClient.Builder} (observations, SSL bundles, customizers), built when the
 *       first client bean is created (never, without one), with
 *       {@code siglume.client.timeout} as read timeout (and connect timeout, unless
 *       {@code spring.http.clients} sets one) and redirects off. The timeout bounds each attempt
 *       from sending the request to the end of reading the body.</li>
 *   <li>{@link SiglumeMerchantClient}: when {@code siglume.merchant-auth-token} is set, or the
 *       application declares its own {@link SiglumeConnectionDetails}; each
 *       operation observed as {@code siglume.client.requests} when a {@link SiglumeOperationListener}
 *       bean exists (see {@link SiglumeObservationAutoConfiguration}).</li>
 *   <li>{@link SiglumePaymentClient}: when {@code siglume.auth-token} is set.</li>
 *   <li>{@link SiglumeChallengeSigner}: when {@code siglume.challenge-secret} is set.</li>
 * </ul>
 * Invalid settings (a {@code cli_} key, a non-https base URL, a bad timeout) stop startup with
 * a message naming the property.
 */
@AutoConfiguration(after = {SiglumeAutoConfiguration.class, SiglumeObservationAutoConfiguration.class}, afterName = {
        "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
        "org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
public class SiglumeClientAutoConfiguration {

    /**
     * The connection details of the {@code siglume.*} properties.
     *
     * @param properties the bound properties
     * @param environment the environment, for the sandbox base URL
     * @return the details
     */
    @Bean
    @ConditionalOnMissingBean(SiglumeConnectionDetails.class)
    public PropertiesSiglumeConnectionDetails siglumeConnectionDetails(SiglumeProperties properties,
            Environment environment) {
        return new PropertiesSiglumeConnectionDetails(properties, environment);
    }

    /**
     * The HTTP transport of the Siglume clients, on the application's {@link RestClient.Builder}.
     *
     * @param properties the bound properties
     * @param restClientBuilders the application's RestClient builder (a fresh prototype), if any
     * @param requestFactoryBuilders the application's request factory builder, if any
     * @param httpClientSettings the application's HTTP client settings ({@code spring.http.clients.*}), if any
     * @return the transport
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeHttpTransport siglumeHttpTransport(SiglumeProperties properties,
            ObjectProvider<RestClient.Builder> restClientBuilders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilders,
            ObjectProvider<HttpClientSettings> httpClientSettings) {
        Duration timeout = requirePositive(properties.getClient().getTimeout());
        HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
        // Keep the application's SSL bundle and other settings; a bearer token never follows a redirect.
        settings = settings.withReadTimeout(timeout)
                .withConnectTimeout(settings.connectTimeout() != null ? settings.connectTimeout() : timeout)
                .withRedirects(HttpRedirects.DONT_FOLLOW);
        HttpClientSettings clientSettings = settings;
        // Built when a client first needs it (see settle): an application with a webhook secret
        // only, or with no Siglume client at all, never starts an HTTP client for nothing.
        return new RestClientSiglumeTransport(() -> restClientBuilders.getIfAvailable(RestClient::builder)
                .requestFactory(requestFactoryBuilders.getIfAvailable(ClientHttpRequestFactoryBuilder::detect)
                        .build(clientSettings))
                .build());
    }

    /**
     * Builds the transport's HTTP client now, when a Siglume client is created, so a broken HTTP
     * client setting (an SSL bundle, a request factory) stops startup instead of the first call.
     */
    private static SiglumeHttpTransport settle(SiglumeHttpTransport transport) {
        if (transport instanceof RestClientSiglumeTransport restClientTransport) {
            restClientTransport.restClient();
        }
        return transport;
    }

    /**
     * The merchant client.
     *
     * @param details where the API is and the merchant token
     * @param properties the bound properties
     * @param transport the HTTP transport
     * @param operationListener observes each operation ({@code siglume.client.requests}), if any
     * @return the client
     * @throws SiglumeConfigurationException when a setting is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(OnMerchantTokenCondition.class)
    public SiglumeMerchantClient siglumeMerchantClient(SiglumeConnectionDetails details, SiglumeProperties properties,
            SiglumeHttpTransport transport, ObjectProvider<SiglumeOperationListener> operationListener) {
        return build(SiglumeMerchantClient.builder().token(details.merchantAuthToken()), details, properties,
                transport, operationListener.getIfAvailable(), PropertiesSiglumeConnectionDetails.source(details,
                        "siglume.merchant-auth-token (or SIGLUME_MERCHANT_AUTH_TOKEN)", "merchantAuthToken"));
    }

    /**
     * The buyer / provider payment client.
     *
     * @param details where the API is and the buyer token
     * @param properties the bound properties
     * @param transport the HTTP transport
     * @param operationListener observes each operation ({@code siglume.client.requests}), if any
     * @return the client
     * @throws SiglumeConfigurationException when a setting is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    @SiglumeConditions.ConditionalOnPropertyText("siglume.auth-token")
    public SiglumePaymentClient siglumePaymentClient(SiglumeConnectionDetails details, SiglumeProperties properties,
            SiglumeHttpTransport transport, ObjectProvider<SiglumeOperationListener> operationListener) {
        return build(SiglumePaymentClient.builder().token(details.buyerAuthToken()), details, properties,
                transport, operationListener.getIfAvailable(), PropertiesSiglumeConnectionDetails.source(details,
                        "siglume.auth-token (or SIGLUME_AUTH_TOKEN)", "buyerAuthToken"));
    }

    /**
     * The challenge signer for the configured merchant.
     *
     * @param details the challenge secret and the merchant key
     * @return the signer
     * @throws SiglumeConfigurationException when no merchant key is configured
     */
    @Bean
    @ConditionalOnMissingBean
    @SiglumeConditions.ConditionalOnPropertyText("siglume.challenge-secret")
    public SiglumeChallengeSigner siglumeChallengeSigner(SiglumeConnectionDetails details) {
        try {
            return new SiglumeChallengeSigner(details.challengeSecret(), details.merchant());
        } catch (SdrpValidationException e) {
            if (details instanceof PropertiesSiglumeConnectionDetails) {
                throw new SiglumeConfigurationException("siglume.challenge-secret is set, but challenges need the"
                        + " merchant key as well: " + e.getMessage() + ".",
                        "Set siglume.merchant (or SIGLUME_DIRECT_PAYMENT_MERCHANT) to your merchant key.");
            }
            throw new SiglumeConfigurationException("siglume.challenge-secret is set, but the SiglumeConnectionDetails"
                    + " bean (" + details.getClass().getName() + ") cannot sign challenges: " + e.getMessage() + ".",
                    "Return the merchant key from merchant() and the challenge secret from challengeSecret().");
        }
    }

    /** Applies the settings both clients take from {@code siglume.*} and builds the client. */
    private static <C> C build(SiglumeClientBuilder<?, C> builder, SiglumeConnectionDetails details,
            SiglumeProperties properties, SiglumeHttpTransport transport,
            @Nullable SiglumeOperationListener operationListener, String tokenSource) {
        try {
            return builder.baseUrl(details.apiBase())
                    .operationListener(operationListener)
                    .timeout(properties.getClient().getTimeout())
                    .maxRetries(properties.getClient().getMaxRetries())
                    .userAgent(Sdrp.userAgent())
                    .transport(settle(transport))
                    .build();
        } catch (SdrpValidationException e) {
            throw invalidClientSetting(tokenSource, PropertiesSiglumeConnectionDetails.source(details,
                    "siglume.api-base (or SIGLUME_API_BASE / SIGLUME_SANDBOX_API_BASE)", "apiBase"), e);
        }
    }

    private static SiglumeConfigurationException invalidClientSetting(String tokenProperty, String apiBaseSource,
            SdrpValidationException e) {
        String property = switch (e.field()) {
            case "auth_token" -> tokenProperty;
            case "api_base" -> apiBaseSource;
            case "timeout" -> "siglume.client.timeout";
            case "max_retries" -> "siglume.client.max-retries";
            default -> "siglume.*";
        };
        return new SiglumeConfigurationException("The Siglume client cannot be created: " + property + " is invalid: "
                + e.getMessage(), "Fix " + property + ". Tokens are Siglume bearer tokens (never Developer Portal"
                        + " cli_ keys); the API base must be https (http only on localhost).");
    }

    /**
     * The merchant client is created when {@code siglume.merchant-auth-token} is set, or the
     * application declares its own {@link SiglumeConnectionDetails}, which then must give the token.
     */
    static final class OnMerchantTokenCondition extends SpringBootCondition implements ConfigurationCondition {

        static final String TOKEN = "siglume.merchant-auth-token";

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return matches(context.getEnvironment(), context.getBeanFactory())
                    ? ConditionOutcome.match(TOKEN + " is set or SiglumeConnectionDetails are declared")
                    : ConditionOutcome.noMatch(TOKEN + " is not set and no SiglumeConnectionDetails are declared");
        }

        /** Whether a merchant token is configured: the property, or declared connection details. */
        static boolean matches(Environment environment, @Nullable ListableBeanFactory beans) {
            return StringUtils.hasText(environment.getProperty(TOKEN))
                    || (beans != null && PropertiesSiglumeConnectionDetails.declaredByApplication(beans));
        }
    }

    private static Duration requirePositive(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new SiglumeConfigurationException("siglume.client.timeout must be positive.",
                    "Set siglume.client.timeout, for example 15s.");
        }
        return timeout;
    }
}
