package com.siglume.sdrp.spring.autoconfigure.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookFilter;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookEndpointSettings;
import com.siglume.sdrp.spring.webhook.reactive.SiglumeWebhookWebFilter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the WebFlux endpoint exists: in a reactive web application with the webhook on, with
 * the settings checked as for the servlet endpoint, never in a servlet application, and not when
 * the application declares its own filter. A reactive application with a JDBC DataSource
 * records events through JDBC.
 */
class SiglumeWebhookWebFluxAutoConfigurationTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory")
            .withBean(SettledPaymentListener.class);

    @Test
    void aReactiveApplicationGetsTheWebFilterAndItsEndpoint() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SiglumeWebhookWebFilter.class)
                    .doesNotHaveBean(FilterRegistrationBean.class);
            // Spring Security's WebFlux filter chain runs at order -100.
            assertThat(context.getBean(SiglumeWebhookWebFilter.class).getOrder()).isLessThan(-100);
            assertThat(context.getBeansOfType(SiglumeWebhookEndpoint.class).values())
                    .containsExactly(new SiglumeWebhookEndpoint("/siglume/webhook"));
        });
    }

    @Test
    void aServletApplicationGetsNoWebFilter() {
        new WebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory")
                .withBean(SettledPaymentListener.class)
                .run(context -> assertThat(context).doesNotHaveBean(SiglumeWebhookWebFilter.class)
                        .hasBean("siglumeWebhookFilterRegistration"));
    }

    @Test
    void noWebFilterWhenTheWebhookIsOff() {
        new ReactiveWebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues("siglume.webhook.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SiglumeWebhookWebFilter.class)
                        .doesNotHaveBean(SiglumeWebhookEndpoint.class));
    }

    @Test
    void anApplicationsOwnFilterReplacesTheStartersOne() {
        runner.withUserConfiguration(OwnFilter.class).run(context -> assertThat(context).hasSingleBean(SiglumeWebhookWebFilter.class)
                        .hasBean("myWebhookFilter"));
    }

    @Test
    void anUnusablePathStopsStartupWithTheServletEndpointsReport() {
        runner.withPropertyValues("siglume.webhook.path=/siglume/*").run(context -> {
            FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("siglume.webhook.path must be an exact path");
            assertThat(analysis.getAction()).contains("/siglume/webhook");
        });
    }

    @Test
    void aZeroReadTimeoutStopsStartup() {
        runner.withPropertyValues("siglume.webhook.read-timeout=0s").run(context -> assertThat(
                new SiglumeFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .contains("siglume.webhook.read-timeout must be at least 1ms"));
    }

    @Test
    void aReactiveApplicationWithADataSourceRecordsThroughJdbc() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(StarterAutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class))
                .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                        "spring.datasource.generate-unique-name=true")
                .withBean(SettledPaymentListener.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookWebFilter.class);
                    assertThat(context.getBean(SiglumeEventStore.class)).isInstanceOf(JdbcSiglumeEventStore.class);
                    assertThat(context).doesNotHaveBean(SiglumeWebhookFilter.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilter {

        @Bean
        SiglumeWebhookWebFilter myWebhookFilter(SiglumeWebhookProcessor processor) {
            return new SiglumeWebhookWebFilter(processor,
                    new WebhookEndpointSettings("/hooks/siglume", 1024, Duration.ofSeconds(1)));
        }
    }
}
