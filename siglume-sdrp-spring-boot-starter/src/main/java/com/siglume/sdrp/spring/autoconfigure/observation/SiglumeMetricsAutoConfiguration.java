package com.siglume.sdrp.spring.autoconfigure.observation;

import com.siglume.sdrp.spring.webhook.MicrometerWebhookDeliveryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The webhook delivery counter, when the application has a Micrometer {@link MeterRegistry}.
 * The timers ({@code siglume.webhook.processing}, {@code siglume.client.requests}) come from
 * the observations of {@link SiglumeObservationAutoConfiguration}; each HTTP attempt of the
 * Siglume clients is also measured by Spring's RestClient observation as
 * {@code http.client.requests}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class SiglumeMetricsAutoConfiguration {

    /**
     * Counts webhook deliveries.
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
