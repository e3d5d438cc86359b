package com.siglume.sdrp.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the checks, the startup verification and the {@code siglume} endpoint exist. */
class SiglumeChecksAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(RestClientAutoConfiguration.class,
                    EndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class))
            .withPropertyValues("siglume.merchant=my-shop", "siglume.merchant-auth-token=merchant_token",
                    "siglume.webhook.enabled=false");

    @Test
    void theChecksNeedAMerchantClient() {
        runner.run(context -> assertThat(context).hasSingleBean(SiglumeApplicationChecks.class));
        new ApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of(RestClientAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SiglumeApplicationChecks.class)
                        .doesNotHaveBean(SiglumeEndpoint.class));
    }

    @Test
    void theStartupVerificationExistsUnlessOff() {
        runner.run(context -> assertThat(context).doesNotHaveBean(SiglumeStartupVerification.class));
        runner.withPropertyValues("siglume.verify-on-startup=off")
                .run(context -> assertThat(context).doesNotHaveBean(SiglumeStartupVerification.class));
        runner.withPropertyValues("siglume.verify-on-startup=warn")
                .run(context -> assertThat(context).hasSingleBean(SiglumeStartupVerification.class));
        runner.withPropertyValues("siglume.verify-on-startup=FAIL")
                .run(context -> assertThat(context).hasSingleBean(SiglumeStartupVerification.class));
        runner.withPropertyValues("siglume.verify-on-startup=sometimes")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theEndpointExistsOnlyWhenExposed() {
        runner.run(context -> assertThat(context).doesNotHaveBean(SiglumeEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=siglume")
                .run(context -> assertThat(context).hasSingleBean(SiglumeEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=siglume",
                "management.endpoint.siglume.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(SiglumeEndpoint.class));
    }

    @Test
    void withoutTheActuatorTheChecksStayAndTheEndpointGoes() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .withPropertyValues("management.endpoints.web.exposure.include=siglume")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeApplicationChecks.class)
                        .doesNotHaveBean(SiglumeEndpoint.class));
    }

    @Test
    void everyBeanCanBeReplaced() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=siglume")
                .withBean("myChecks", SiglumeApplicationChecks.class,
                        () -> new SiglumeApplicationChecks(null, null, null, null, null, Duration.ofSeconds(1)))
                .withBean("myVerification", SiglumeStartupVerification.class,
                        () -> new SiglumeStartupVerification(SiglumeProperties.VerifyOnStartup.OFF, null))
                .run(context -> {
                    assertThat(context.getBeanNamesForType(SiglumeApplicationChecks.class)).containsExactly("myChecks");
                    assertThat(context.getBeanNamesForType(SiglumeStartupVerification.class))
                            .containsExactly("myVerification");
                    assertThat(context.getBean(SiglumeEndpoint.class)).isNotNull();
                });
    }
}
