package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.webhook.MicrometerWebhookDeliveryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Webhook metrics, when the application has a Micrometer {@link MeterRegistry}. Calls of the
 * Siglume clients are measured by Spring's RestClient observation as
 * {@code http.client.requests}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class SiglumeMetricsAutoConfiguration {

    /**
     * Counts and times webhook deliveries.
     *
     * @param registry the meter registry
     * @return the observer the webhook processor reports to
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerWebhookDeliveryObserver siglumeWebhookMetrics(MeterRegistry registry) {
        return new MicrometerWebhookDeliveryObserver(registry);
    }
}
