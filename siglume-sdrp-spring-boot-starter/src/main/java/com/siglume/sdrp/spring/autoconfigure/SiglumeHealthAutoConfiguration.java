package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.health.SiglumeHealthIndicator;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code siglume} health component (bean {@code siglumeHealthIndicator}): Hosted Checkout
 * readiness. Active when Spring Boot's health support is present, a
 * {@link SiglumeMerchantClient} exists, {@code siglume.health.hosted-checkout.enabled} is not
 * {@code false} and {@code management.health.siglume.enabled} is not {@code false}.
 */
@AutoConfiguration(after = SiglumeClientAutoConfiguration.class,
        afterName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(SiglumeMerchantClient.class)
@ConditionalOnBooleanProperty(name = "siglume.health.hosted-checkout.enabled", matchIfMissing = true)
public class SiglumeHealthAutoConfiguration {

    /**
     * The health indicator.
     *
     * @param client the merchant client
     * @param details where the merchant and the webhook secret come from
     * @param properties the bound properties
     * @param clock the starter's clock, for the cache
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("siglume")
    public SiglumeHealthIndicator siglumeHealthIndicator(SiglumeMerchantClient client,
            SiglumeConnectionDetails details, SiglumeProperties properties,
            @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        Duration ttl = properties.getHealth().getHostedCheckout().getCacheTtl();
        return new SiglumeHealthIndicator(client, details.merchant(), details.webhookSecret(),
                ttl == null || ttl.isNegative() ? Duration.ZERO : ttl, properties.getClient().getTimeout(), clock);
    }
}
