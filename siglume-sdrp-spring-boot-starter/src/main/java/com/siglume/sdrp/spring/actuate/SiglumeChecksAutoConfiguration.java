package com.siglume.sdrp.spring.actuate;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.autoconfigure.SiglumeClientAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.autoconfigure.SiglumeWebhookAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeWebhookJdbcAutoConfiguration;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The integration checks inside the application: {@link SiglumeApplicationChecks} (when a
 * {@link SiglumeMerchantClient} exists), {@code siglume.verify-on-startup} (unless {@code off}), and the
 * {@code siglume} actuator endpoint (when the actuator is present and the endpoint available).
 */
@AutoConfiguration(after = {SiglumeClientAutoConfiguration.class, SiglumeWebhookJdbcAutoConfiguration.class,
        SiglumeWebhookAutoConfiguration.class})
public class SiglumeChecksAutoConfiguration {

    /**
     * The checks, run with the application's client and settings.
     *
     * @param client the merchant client
     * @param details the connection details
     * @param properties the bound properties
     * @param environment the environment
     * @param eventStores the webhook event store, if any
     * @return the checks
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SiglumeMerchantClient.class)
    public SiglumeApplicationChecks siglumeApplicationChecks(SiglumeMerchantClient client,
            SiglumeConnectionDetails details, SiglumeProperties properties, Environment environment,
            ObjectProvider<SiglumeEventStore> eventStores) {
        return new SiglumeApplicationChecks(client, details, properties, environment, eventStores,
                SiglumeApplicationChecks.DEFAULT_DELIVERY_TIMEOUT);
    }

    /**
     * {@code siglume.verify-on-startup}, when it is {@code warn} or {@code fail}.
     *
     * @param properties the bound properties
     * @param checks the checks, if any
     * @return the verification
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(OnVerifyOnStartupCondition.class)
    public SiglumeStartupVerification siglumeStartupVerification(SiglumeProperties properties,
            ObjectProvider<SiglumeApplicationChecks> checks) {
        return new SiglumeStartupVerification(properties.getVerifyOnStartup(), checks);
    }

    /** Matches when {@code siglume.verify-on-startup} binds to something other than {@code off}. */
    static class OnVerifyOnStartupCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SiglumeProperties.VerifyOnStartup mode = Binder.get(context.getEnvironment())
                    .bind("siglume.verify-on-startup", SiglumeProperties.VerifyOnStartup.class)
                    .orElse(SiglumeProperties.VerifyOnStartup.OFF);
            return new ConditionOutcome(mode != SiglumeProperties.VerifyOnStartup.OFF,
                    "siglume.verify-on-startup is " + mode);
        }
    }

    /** The actuator endpoint, only when the actuator is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
    static class EndpointConfiguration {

        // Conditioned like the checks themselves: this nested class is read before their bean exists.
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(SiglumeMerchantClient.class)
        @ConditionalOnAvailableEndpoint(SiglumeEndpoint.class)
        SiglumeEndpoint siglumeEndpoint(SiglumeApplicationChecks checks) {
            return new SiglumeEndpoint(checks);
        }
    }
}
