package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpInputs;
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
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The framework-independent webhook pipeline: verifier, the memory event store (only when
 * chosen explicitly; otherwise the refusal of a configuration without a durable store) and
 * processor. Active when the webhook is enabled (see {@link SiglumeWebhookProperties#getEnabled()}).
 */
@AutoConfiguration(after = {SiglumeAutoConfiguration.class, SiglumeListenerAutoConfiguration.class,
        SiglumeWebhookJdbcAutoConfiguration.class, SiglumeWebhookR2dbcAutoConfiguration.class})
@Conditional(SiglumeConditions.OnWebhookEnabledCondition.class)
public class SiglumeWebhookAutoConfiguration {

    private static final Log logger = LogFactory.getLog(SiglumeWebhookAutoConfiguration.class);

    /**
     * Verifies {@code Siglume-Signature} headers with the secret of the
     * {@link SiglumeConnectionDetails}, the additional secrets and the tolerance.
     *
     * @param properties the bound properties
     * @param connectionDetails the application's connection details, if it declares them
     * @param environment the environment, for the details of the properties otherwise
     * @param clock the starter's clock, which the tolerance is measured against
     * @return the verifier
     * @throws SiglumeConfigurationException when the webhook is enabled without a secret or with
     *         an invalid tolerance
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookVerifier siglumeWebhookVerifier(SiglumeProperties properties,
            ObjectProvider<SiglumeConnectionDetails> connectionDetails, Environment environment,
            @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        SiglumeWebhookProperties webhook = properties.getWebhook();
        SiglumeConnectionDetails details = PropertiesSiglumeConnectionDetails.of(connectionDetails, properties,
                environment);
        String secret = details.webhookSecret();
        String secretSource = PropertiesSiglumeConnectionDetails.source(details, "siglume.webhook.secret",
                "webhookSecret");
        if (!StringUtils.hasText(secret)) {
            throw new SiglumeConfigurationException(
                    "siglume.webhook.enabled is true but no webhook signing secret is configured.",
                    details instanceof PropertiesSiglumeConnectionDetails
                            ? "Set siglume.webhook.secret (or the SIGLUME_WEBHOOK_SECRET environment variable) to the"
                                    + " whsec_... secret Siglume returned when the webhook subscription was created, or"
                                    + " set siglume.webhook.enabled=false."
                            : "Return the whsec_... secret from " + secretSource + ", or set"
                                    + " siglume.webhook.enabled=false.");
        }
        List<String> additional = webhook.getAdditionalSecrets() == null ? List.of()
                : webhook.getAdditionalSecrets().stream().filter(StringUtils::hasText).toList();
        requireSecretForm(secretSource, secret);
        for (int i = 0; i < additional.size(); i++) {
            requireSecretForm("siglume.webhook.additional-secrets[" + i + "]", additional.get(i));
        }
        try {
            return WebhookVerifier.builder()
                    .secret(secret)
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

    /** Refuses a secret that is not of the form Siglume issues, naming the setting but never the value. */
    private static void requireSecretForm(String property, String secret) {
        try {
            SdrpInputs.webhookSecret(property, secret);
        } catch (SdrpValidationException e) {
            throw new SiglumeConfigurationException(e.getMessage() + ".",
                    "Set " + property + " to the signing secret Siglume returned when the webhook subscription was"
                            + " created; it starts with " + SdrpInputs.WEBHOOK_SECRET_PREFIX + ". The Developer"
                            + " Portal key, the merchant token and the challenge secret are different values.");
        }
    }

    /**
     * The in-memory event store, only when {@code siglume.webhook.store=memory} is set
     * explicitly and no other {@link SiglumeEventStore} exists. Without a DataSource, {@code auto}
     * and {@code jdbc} stop startup here rather than record events where a restart forgets them.
     *
     * @param properties the bound properties
     * @return the store
     * @throws SiglumeConfigurationException when the store is not explicitly {@code memory}, or
     *         a payload retention is set (the memory store keeps no payloads to clear)
     */
    @Bean
    @ConditionalOnMissingBean(SiglumeEventStore.class)
    public InMemorySiglumeEventStore siglumeEventStore(SiglumeProperties properties) {
        SiglumeProperties.Store store = properties.getWebhook().getStore();
        if (store != SiglumeProperties.Store.MEMORY) {
            throw new SiglumeConfigurationException("siglume.webhook.store is "
                    + store.name().toLowerCase(Locale.ROOT) + " but the application has no DataSource (or spring-jdbc"
                    + " is not on the classpath)" + (store == SiglumeProperties.Store.AUTO
                            ? " and no R2DBC ConnectionFactory (or spring-r2dbc is not on the classpath)" : "")
                    + ", so processed webhook events cannot be recorded durably.",
                    "Add spring-boot-starter-jdbc and a database (spring.datasource.url); in a reactive application,"
                            + " spring-boot-starter-r2dbc and spring.r2dbc.url with siglume.webhook.store=auto will do"
                            + " too. Or declare your own SiglumeEventStore bean. For development only, set"
                            + " siglume.webhook.store=memory: events are then processed again after a restart.");
        }
        if (properties.getWebhook().getJdbc().getPayloadRetention() != null) {
            throw new SiglumeConfigurationException("siglume.webhook.jdbc.payload-retention is set but"
                    + " siglume.webhook.store is memory, whose events are never cleared.",
                    "Remove siglume.webhook.jdbc.payload-retention, or record events in a database.");
        }
        logger.warn("siglume.webhook.store=memory: processed Siglume webhook events are kept in this JVM only, so"
                + " events are processed again after a restart (and by every other instance). Use a DataSource in"
                + " production.");
        return new InMemorySiglumeEventStore();
    }

    /**
     * The webhook processor. Each context has its own (a parent's would call the parent's
     * listeners only).
     *
     * @param verifier the verifier
     * @param store the event store
     * @param listeners the listener registry
     * @param observers delivery observers (metrics, the processing observation)
     * @param clock the starter's clock, for the time events are recorded at
     * @return the processor
     */
    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    public SiglumeWebhookProcessor siglumeWebhookProcessor(WebhookVerifier verifier, SiglumeEventStore store,
            SiglumeListenerRegistry listeners, ObjectProvider<WebhookDeliveryObserver> observers,
            @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        return new SiglumeWebhookProcessor(verifier, store, listeners, observers.orderedStream().toList(), clock);
    }
}
