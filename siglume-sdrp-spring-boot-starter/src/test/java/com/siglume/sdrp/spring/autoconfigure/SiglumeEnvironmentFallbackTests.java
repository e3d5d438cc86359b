package com.siglume.sdrp.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeEnv;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The reference SDK's environment variables as lowest-precedence fallbacks.
 */
class SiglumeEnvironmentFallbackTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(RestClientAutoConfiguration.class));

    @Test
    void everyReferenceVariableFillsItsProperty() {
        runWith(Map.of("SIGLUME_MERCHANT_AUTH_TOKEN", "env_merchant_token", "SIGLUME_AUTH_TOKEN", "env_user_token",
                "SIGLUME_API_BASE", "https://env.example.com/v1", "SIGLUME_ENV", "sandbox",
                "SIGLUME_DIRECT_PAYMENT_MERCHANT", "env-shop", "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "env_challenge",
                "SIGLUME_WEBHOOK_SECRET", "whsec_env"), Map.of("siglume.webhook.store", "memory"), context -> {
                    SiglumeProperties properties = context.getBean(SiglumeProperties.class);
                    assertThat(properties.getMerchantAuthToken()).isEqualTo("env_merchant_token");
                    assertThat(properties.getAuthToken()).isEqualTo("env_user_token");
                    assertThat(properties.getApiBase()).isEqualTo("https://env.example.com/v1");
                    assertThat(properties.getEnv()).isEqualTo(SiglumeProperties.Env.SANDBOX);
                    assertThat(properties.getMerchant()).isEqualTo("env-shop");
                    assertThat(properties.getChallengeSecret()).isEqualTo("env_challenge");
                    assertThat(properties.getWebhook().getSecret()).isEqualTo("whsec_env");
                    assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("https://env.example.com/v1");
                    assertThat(context.getBeansOfType(WebhookVerifier.class)).hasSize(1);
                });
    }

    @Test
    void merchantTokenFallsBackToTheUserTokenVariable() {
        runWith(Map.of("SIGLUME_AUTH_TOKEN", "env_user_token"), Map.of(), context -> {
            assertThat(context.getBean(SiglumeProperties.class).getMerchantAuthToken()).isEqualTo("env_user_token");
            assertThat(context).hasSingleBean(SiglumeMerchantClient.class);
            assertThat(context).hasSingleBean(com.siglume.sdrp.client.SiglumePaymentClient.class);
        });
    }

    @Test
    void explicitPropertiesWinOverTheVariables() {
        runWith(Map.of("SIGLUME_MERCHANT_AUTH_TOKEN", "env_merchant_token", "SIGLUME_API_BASE", "https://env.example.com/v1",
                "SIGLUME_DIRECT_PAYMENT_MERCHANT", "env-shop", "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "env_challenge"),
                Map.of("siglume.merchant-auth-token", "yaml_token", "siglume.api-base", "https://yaml.example.com/v1",
                        "siglume.merchant", "yaml-shop", "siglume.challenge-secret", "yaml_challenge"),
                context -> {
                    SiglumeProperties properties = context.getBean(SiglumeProperties.class);
                    assertThat(properties.getMerchantAuthToken()).isEqualTo("yaml_token");
                    assertThat(properties.getMerchant()).isEqualTo("yaml-shop");
                    assertThat(properties.getChallengeSecret()).isEqualTo("yaml_challenge");
                    assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("https://yaml.example.com/v1");
                });
    }

    @Test
    void sandboxVariablesPickTheSandboxBase() {
        runWith(Map.of("SIGLUME_MERCHANT_AUTH_TOKEN", "env_merchant_token", "SIGLUME_ENV", "sandbox",
                "SIGLUME_SANDBOX_API_BASE", "http://127.0.0.1:18787/v1"), Map.of(),
                context -> assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl())
                        .isEqualTo("http://127.0.0.1:18787/v1"));
    }

    @Test
    void apiBaseVariableWinsOverTheSandboxBase() {
        runWith(Map.of("SIGLUME_MERCHANT_AUTH_TOKEN", "env_merchant_token", "SIGLUME_ENV", "sandbox",
                "SIGLUME_API_BASE", "https://env.example.com/v1", "SIGLUME_SANDBOX_API_BASE", "http://127.0.0.1:18787/v1"),
                Map.of(), context -> assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl())
                        .isEqualTo("https://env.example.com/v1"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        runWith(Map.of("SIGLUME_MERCHANT_AUTH_TOKEN", " ", "SIGLUME_WEBHOOK_SECRET", ""), Map.of(), context -> {
            assertThat(context).doesNotHaveBean(SiglumeMerchantClient.class);
            assertThat(context).doesNotHaveBean(WebhookVerifier.class);
        });
    }

    @Test
    void tokenFallbacksAreTheCoreLists() {
        assertThat(SiglumeEnvironmentPostProcessor.FALLBACKS)
                .containsEntry("siglume.merchant-auth-token", SiglumeEnv.MERCHANT_TOKEN_VARIABLES)
                .containsEntry("siglume.auth-token", SiglumeEnv.USER_TOKEN_VARIABLES)
                .containsEntry("siglume.api-base", List.of(SiglumeEnv.API_BASE))
                .containsEntry("siglume.env", List.of(SiglumeEnv.ENV));
        // A value blank to the protocol's trim (U+00A0) is passed over, as the core clients pass it over.
        runWith(Map.of("SIGLUME_DIRECT_PAYMENT_MERCHANT", "\u00A0"), Map.of(),
                context -> assertThat(context.getBean(SiglumeProperties.class).getMerchant()).isNull());
    }

    @Test
    void secretVariablesAreKeptExactlyAsGiven() {
        runWith(Map.of("SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", " spaced_secret "), Map.of("siglume.merchant", "my-shop"),
                context -> assertThat(context.getBean(SiglumeProperties.class).getChallengeSecret())
                        .isEqualTo(" spaced_secret "));
    }

    @Test
    void fallbackSourceIsLastButAheadOfDefaultProperties() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties", Map.of()));
        SiglumeEnvironmentPostProcessor.install(environment);
        SiglumeEnvironmentPostProcessor.install(environment);
        var names = environment.getPropertySources().stream().map(source -> source.getName()).toList();
        assertThat(names).endsWith(SiglumeEnvironmentPostProcessor.PROPERTY_SOURCE_NAME, "defaultProperties");
        assertThat(names).containsOnlyOnce(SiglumeEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
    }

    @Test
    void springApplicationRunsThePostProcessorFromSpringFactories() {
        SpringApplication application = new SpringApplication(MinimalConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        StandardEnvironment environment = new StandardEnvironment();
        replaceSystemEnvironment(environment, Map.of("SIGLUME_DIRECT_PAYMENT_MERCHANT", "factories-shop",
                "SIGLUME_WEBHOOK_SECRET", TestWebhooks.SECRET, "SIGLUME_WEBHOOK_STORE", "memory"));
        application.setEnvironment(environment);
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getBean(SiglumeProperties.class).getMerchant()).isEqualTo("factories-shop");
            assertThat(context.getEnvironment().getPropertySources()
                    .contains(SiglumeEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isTrue();
            assertThat(context.getBeansOfType(WebhookVerifier.class)).hasSize(1);
        }
    }

    private void runWith(Map<String, String> variables, Map<String, String> properties,
            org.springframework.boot.test.context.runner.ContextConsumer<
                    org.springframework.boot.test.context.assertj.AssertableApplicationContext> assertions) {
        runner.withInitializer(context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            replaceSystemEnvironment(environment, variables);
            environment.getPropertySources().addFirst(new MapPropertySource("explicit", new HashMap<>(properties)));
            SiglumeEnvironmentPostProcessor.install(environment);
        }).run(assertions);
    }

    /** Stands in for the operating system's environment, which a test cannot set. */
    private static void replaceSystemEnvironment(ConfigurableEnvironment environment, Map<String, String> variables) {
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
    }

    @Configuration(proxyBeanMethods = false)
    @Import({SiglumeAutoConfiguration.class, SiglumeListenerAutoConfiguration.class,
            SiglumeWebhookAutoConfiguration.class})
    static class MinimalConfiguration {
    }
}
