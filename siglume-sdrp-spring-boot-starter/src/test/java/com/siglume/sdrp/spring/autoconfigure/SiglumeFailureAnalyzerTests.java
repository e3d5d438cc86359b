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
}
