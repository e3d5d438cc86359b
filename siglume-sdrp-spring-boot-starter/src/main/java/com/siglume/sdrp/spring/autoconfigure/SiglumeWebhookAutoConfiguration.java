package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookDeliveryObserver;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.Clock;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.util.StringUtils;

/**
 * The framework-independent webhook pipeline: verifier, event store fallback and processor.
 * Active when the webhook is enabled (see {@link SiglumeProperties.Webhook#getEnabled()}).
 */
@AutoConfiguration(after = {SiglumeAutoConfiguration.class, SiglumeListenerAutoConfiguration.class,
        SiglumeWebhookJdbcAutoConfiguration.class})
@Conditional(SiglumeConditions.OnWebhookEnabledCondition.class)
public class SiglumeWebhookAutoConfiguration {

    private static final Log logger = LogFactory.getLog(SiglumeWebhookAutoConfiguration.class);

    /**
     * Verifies {@code Siglume-Signature} headers with the configured secrets and tolerance.
     *
     * @param properties the bound properties
     * @param clock the starter's clock, which the tolerance is measured against
     * @return the verifier
     * @throws SiglumeConfigurationException when the webhook is enabled without a secret or with
     *         an invalid tolerance
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookVerifier siglumeWebhookVerifier(SiglumeProperties properties,
            @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        SiglumeProperties.Webhook webhook = properties.getWebhook();
        if (!StringUtils.hasText(webhook.getSecret())) {
            throw new SiglumeConfigurationException(
                    "siglume.webhook.enabled is true but no webhook signing secret is configured.",
                    "Set siglume.webhook.secret (or the SIGLUME_WEBHOOK_SECRET environment variable) to the whsec_..."
                            + " secret Siglume returned when the webhook subscription was created, or set"
                            + " siglume.webhook.enabled=false.");
        }
        List<String> additional = webhook.getAdditionalSecrets() == null ? List.of()
                : webhook.getAdditionalSecrets().stream().filter(StringUtils::hasText).toList();
        try {
            return WebhookVerifier.builder()
                    .secret(webhook.getSecret())
                    .additionalSecrets(additional)
                    .tolerance(webhook.getTolerance())
                    .clock(clock)
                    .build();
        } catch (SdrpValidationException e) {
            throw new SiglumeConfigurationException("The Siglume webhook settings are invalid: " + e.getMessage() + ".",
                    "Check siglume.webhook.secret, siglume.webhook.additional-secrets and siglume.webhook.tolerance"
                            + " (at least 1s).");
        }
    }

    /**
     * The in-memory event store, used when no other {@link SiglumeEventStore} exists: no single
     * DataSource, or {@code siglume.webhook.store=memory}.
     *
     * @param properties the bound properties
     * @return the store
     * @throws SiglumeConfigurationException when {@code siglume.webhook.store=jdbc}, since then a
     *         JDBC store should exist and no DataSource allowed one
     */
    @Bean
    @ConditionalOnMissingBean(SiglumeEventStore.class)
    public InMemorySiglumeEventStore siglumeEventStore(SiglumeProperties properties) {
        if (properties.getWebhook().getStore() == SiglumeProperties.Store.JDBC) {
            throw new SiglumeConfigurationException(
                    "siglume.webhook.store is jdbc but the application has no single DataSource (or spring-jdbc is"
                            + " not on the classpath), so processed webhook events cannot be recorded durably.",
                    "Add spring-boot-starter-jdbc and a database (spring.datasource.url), mark one DataSource"
                            + " @Primary, or set siglume.webhook.store=memory for development only.");
        }
        logger.warn("Siglume webhook events are de-duplicated in memory only: a restart forgets them and several"
                + " instances do not share them. Use a DataSource (siglume.webhook.store=jdbc) in production.");
        return new InMemorySiglumeEventStore();
    }

    /**
     * The webhook processor.
     *
     * @param verifier the verifier
     * @param store the event store
     * @param listeners the listener registry
     * @param observers delivery observers (metrics, the processing observation)
     * @param clock the starter's clock, for the time events are recorded at
     * @return the processor
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeWebhookProcessor siglumeWebhookProcessor(WebhookVerifier verifier, SiglumeEventStore store,
            SiglumeListenerRegistry listeners, ObjectProvider<WebhookDeliveryObserver> observers,
            @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        return new SiglumeWebhookProcessor(verifier, store, listeners, observers.orderedStream().toList(), clock);
    }
}
