package com.siglume.sdrp.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Startup failures reach the developer as Spring Boot's failure report with the starter's
 * description and action, through the analyzer registered in {@code spring.factories}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiglumeFailureAnalyzerTests {

    @Test
    void analyzerAndEnvironmentPostProcessorAreRegisteredInSpringFactories() throws Exception {
        java.util.List<String> analyzers = new java.util.ArrayList<>();
        java.util.List<String> postProcessors = new java.util.ArrayList<>();
        var resources = getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
        while (resources.hasMoreElements()) {
            java.util.Properties factories = PropertiesLoaderUtils.loadProperties(
                    new org.springframework.core.io.UrlResource(resources.nextElement()));
            analyzers.add(factories.getProperty(FailureAnalyzer.class.getName(), ""));
            postProcessors.add(factories.getProperty(org.springframework.boot.EnvironmentPostProcessor.class.getName(), ""));
        }
        assertThat(analyzers).anySatisfy(names -> assertThat(names).contains(SiglumeFailureAnalyzer.class.getName()));
        assertThat(postProcessors).anySatisfy(
                names -> assertThat(names).contains(SiglumeEnvironmentPostProcessor.class.getName()));
    }

    @Test
    void webhookEnabledWithoutSecretPrintsDescriptionAndAction(CapturedOutput output) {
        assertThatThrownBy(() -> run(EmptyApplication.class, Map.of("siglume.webhook.enabled", "true")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Siglume SDRP: siglume.webhook.enabled is true but no webhook signing secret is configured.")
                .contains("Set siglume.webhook.secret (or the SIGLUME_WEBHOOK_SECRET environment variable)");
    }

    @Test
    void badListenerSignaturePrintsTheMethod(CapturedOutput output) {
        assertThatThrownBy(() -> run(BadListenerApplication.class, Map.of())).isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains(BadListenerApplication.Listener.class.getName() + ".handle(StandardSettled) returns String");
    }

    @Test
    void developerPortalKeyPrintsWhatToUseInstead(CapturedOutput output) {
        assertThatThrownBy(() -> run(EmptyApplication.class, Map.of("siglume.merchant-auth-token", "cli_secretvalue")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("siglume.merchant-auth-token")
                .doesNotContain("cli_secretvalue");
    }

    @Test
    void webhookSecretOfAnotherFormPrintsTheExpectedFormNotTheValue(CapturedOutput output) {
        assertThatThrownBy(() -> run(EmptyApplication.class, Map.of("siglume.webhook.secret", "sk_test_notasigningsecret")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Siglume SDRP: siglume.webhook.secret must be a Siglume webhook signing secret: whsec_")
                .contains("it starts with whsec_")
                .doesNotContain("sk_test_notasigningsecret");
    }

    @Test
    void additionalSecretOfAnotherFormNamesItsIndex(CapturedOutput output) {
        assertThatThrownBy(() -> run(EmptyApplication.class, Map.of("siglume.webhook.secret", "whsec_current",
                "siglume.webhook.additional-secrets", "whsec_previous,previous_without_prefix")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("siglume.webhook.additional-secrets[1] must be a Siglume webhook signing secret")
                .doesNotContain("previous_without_prefix");
    }

    @Test
    void merchantClientWithoutTokenNamesTheTokenSettings(CapturedOutput output) {
        assertThatThrownBy(() -> run(NeedsMerchantClientApplication.class, Map.of()))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Siglume SDRP: Bean 'checkoutController' needs a SiglumeMerchantClient, but no merchant token"
                        + " is configured")
                .contains("siglume.merchant-auth-token (or the environment variable SIGLUME_MERCHANT_AUTH_TOKEN, else"
                        + " SIGLUME_AUTH_TOKEN) to your Siglume bearer token")
                .doesNotContain("Consider defining a bean");
    }

    @Test
    void paymentClientWithoutTokenNamesTheTokenSettings(CapturedOutput output) {
        assertThatThrownBy(() -> run(NeedsPaymentClientApplication.class, Map.of()))
                .isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("needs a SiglumePaymentClient, but no buyer or provider token is configured")
                .contains("siglume.auth-token (or the environment variable SIGLUME_AUTH_TOKEN)");
    }

    private static void run(Class<?> source, Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(properties);
        application.run().close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class EmptyApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class BadListenerApplication {

        @Bean
        Listener listener() {
            return new Listener();
        }

        static class Listener {
            @SiglumePaymentListener
            String handle(StandardSettled settled) {
                return "ignored";
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class NeedsMerchantClientApplication {

        @Bean
        Object checkoutController(com.siglume.sdrp.client.SiglumeMerchantClient client) {
            return client;
        }
    }

    @Test
    void challengeSignerWithoutSecretNamesTheSecretSetting(CapturedOutput output) {
        assertThatThrownBy(() -> run(NeedsSignerApplication.class, Map.of())).isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("needs a SiglumeChallengeSigner, but no challenge secret is configured")
                .contains("siglume.challenge-secret (or the environment variable SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET)");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class NeedsSignerApplication {

        @Bean
        Object shop(com.siglume.sdrp.spring.client.SiglumeChallengeSigner signer) {
            return signer;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class NeedsPaymentClientApplication {

        @Bean
        Object agentTools(com.siglume.sdrp.client.SiglumePaymentClient client) {
            return client;
        }
    }
}
