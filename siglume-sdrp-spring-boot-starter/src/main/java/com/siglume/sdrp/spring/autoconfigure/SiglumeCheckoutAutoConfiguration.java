package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.checkout.CheckoutConfirmationMatcher;
import com.siglume.sdrp.spring.checkout.CheckoutReturnUrls;
import com.siglume.sdrp.spring.checkout.JdbcCheckoutAttemptStore;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutProperties;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutSchemaInitializer;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link SiglumeCheckout} and the matching of confirmations to its attempts
 * ({@link CheckoutConfirmationMatcher}), on the DataSource and transaction manager of the webhook
 * event store, so an attempt's change commits with the event record.
 *
 * <p>Active when {@code siglume.checkout.enabled} is {@code true}, or unset while a merchant
 * token, a merchant key, the webhook and a DataSource are configured. With {@code true} and
 * something missing, startup stops with a report naming it.
 */
@AutoConfiguration(after = {SiglumeAutoConfiguration.class, SiglumeClientAutoConfiguration.class,
        SiglumeListenerAutoConfiguration.class, SiglumeWebhookJdbcAutoConfiguration.class}, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass({JdbcTemplate.class, PlatformTransactionManager.class, DataSourceScriptDatabaseInitializer.class})
@Conditional(SiglumeCheckoutRequirements.OnCheckoutCondition.class)
@EnableConfigurationProperties(SiglumeCheckoutProperties.class)
@ImportRuntimeHints(SiglumeCheckoutAutoConfiguration.SchemaScriptHints.class)
public class SiglumeCheckoutAutoConfiguration {

    /**
     * Refuses {@code siglume.checkout.enabled=true} when something the checkout needs is missing.
     *
     * @param environment the environment
     * @param beans the bean factory, for its DataSources
     * @throws SiglumeConfigurationException naming what is missing
     */
    public SiglumeCheckoutAutoConfiguration(Environment environment, ListableBeanFactory beans) {
        List<String> missing = SiglumeCheckoutRequirements.missing(environment, beans);
        if (!missing.isEmpty()) {
            throw SiglumeCheckoutRequirements.refusal(missing);
        }
    }

    /**
     * The attempts, in the event store's DataSource on its transaction manager.
     *
     * @param marked the DataSource marked {@link SiglumeDataSource}, if any
     * @param dataSources the application's DataSources
     * @param transactionManagers the application's transaction managers
     * @param beans the bean factory
     * @param clock the starter's clock
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public JdbcCheckoutAttemptStore siglumeCheckoutAttemptStore(@SiglumeDataSource ObjectProvider<DataSource> marked,
            ObjectProvider<DataSource> dataSources, ObjectProvider<PlatformTransactionManager> transactionManagers,
            ListableBeanFactory beans, @Qualifier(SiglumeAutoConfiguration.CLOCK_BEAN) Clock clock) {
        DataSource dataSource = SiglumeEventStoreResources.dataSource(marked, dataSources, beans);
        return new JdbcCheckoutAttemptStore(dataSource,
                SiglumeEventStoreResources.transactionManager(dataSource, transactionManagers, beans), clock);
    }

    /**
     * Creates the attempts table per {@code siglume.webhook.jdbc.initialize-schema}, like the
     * event table.
     *
     * @param marked the DataSource marked {@link SiglumeDataSource}, if any
     * @param dataSources the application's DataSources
     * @param beans the bean factory
     * @param properties the bound properties
     * @return the initializer
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeCheckoutSchemaInitializer siglumeCheckoutSchemaInitializer(
            @SiglumeDataSource ObjectProvider<DataSource> marked, ObjectProvider<DataSource> dataSources,
            ListableBeanFactory beans, SiglumeProperties properties) {
        DatabaseInitializationMode mode = DatabaseInitializationMode.valueOf(
                properties.getWebhook().getJdbc().getInitializeSchema().name());
        return new SiglumeCheckoutSchemaInitializer(SiglumeEventStoreResources.dataSource(marked, dataSources, beans),
                mode);
    }

    /**
     * The checkout.
     *
     * @param client the merchant client
     * @param attempts the attempts
     * @param details the connection details, for the merchant key
     * @param checkout the bound {@code siglume.checkout.*} properties
     * @param environment the environment, for the application's port when no public origin is set
     * @param challengeSigner the signer of the challenges issued to agents, present when
     *        {@code siglume.challenge-secret} is set
     * @return the checkout
     * @throws SiglumeConfigurationException when the merchant key, public origin or a return path
     *         is invalid, or the challenge signer signs for another merchant
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeCheckout siglumeCheckout(SiglumeMerchantClient client, JdbcCheckoutAttemptStore attempts,
            SiglumeConnectionDetails details, SiglumeCheckoutProperties checkout, Environment environment,
            ObjectProvider<SiglumeChallengeSigner> challengeSigner) {
        CheckoutReturnUrls returnUrls;
        try {
            returnUrls = CheckoutReturnUrls.of(checkout.getPublicOrigin(), () -> localOrigin(environment),
                    checkout.getSuccessPath(), checkout.getCancelPath());
        } catch (SdrpValidationException e) {
            throw new SiglumeConfigurationException("The Siglume checkout return URLs cannot be built: "
                    + e.getMessage() + ".", "Set siglume.checkout.public-origin to the origin buyers reach the shop at"
                            + " (https, or http on localhost), and siglume.checkout.success-path and cancel-path to"
                            + " paths starting with '/'.");
        }
        try {
            return SiglumeCheckout.builder()
                    .merchantClient(client)
                    .attemptStore(attempts)
                    .merchant(details.merchant())
                    .returnUrls(returnUrls)
                    .allowMetered(checkout.isAllowMetered())
                    .challengeSigner(challengeSigner.getIfAvailable())
                    .build();
        } catch (SdrpValidationException e) {
            if ("challenge_signer".equals(e.field())) {
                throw new SiglumeConfigurationException("The Siglume checkout cannot issue agent challenges: "
                        + e.getMessage() + ".", "Declare the SiglumeChallengeSigner bean for siglume.merchant, or"
                                + " remove it and let the starter create it from siglume.challenge-secret.");
            }
            throw new SiglumeConfigurationException("Hosted Checkout needs a self-service merchant key: "
                    + e.getMessage() + ".", "Set " + PropertiesSiglumeConnectionDetails.source(details,
                            "siglume.merchant (or SIGLUME_DIRECT_PAYMENT_MERCHANT)", "merchant") + " to the merchant"
                            + " key of the Hosted Checkout account: 3 to 64 lower-case letters, digits, '_' or '-'.");
        }
    }

    /**
     * Matches confirmations to the checkout's attempts and delivers {@code OrderPaid},
     * {@code OrderFulfilledUnsettled} and {@code OrderPaymentReview} to their listeners.
     *
     * @param attempts the attempts
     * @param listeners the listener registry
     * @param checkout the bound {@code siglume.checkout.*} properties
     * @return the matcher
     */
    @Bean
    @ConditionalOnMissingBean
    public CheckoutConfirmationMatcher siglumeCheckoutConfirmationMatcher(JdbcCheckoutAttemptStore attempts,
            SiglumeListenerRegistry listeners, SiglumeCheckoutProperties checkout) {
        return new CheckoutConfirmationMatcher(attempts, listeners, checkout.isAllowMetered());
    }

    /** The development fallback of the return URLs: this application on localhost, once its port is known. */
    private static @Nullable String localOrigin(Environment environment) {
        String port = environment.getProperty("local.server.port");
        return port == null ? null : "http://localhost:" + port;
    }

    /** The attempts table scripts, read as class path resources in a native image too. */
    static final class SchemaScriptHints implements RuntimeHintsRegistrar {

        @Override
        public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
            hints.resources().registerPattern(SiglumeCheckoutSchemaInitializer.SCHEMA_LOCATION
                    .substring(ResourceLoader.CLASSPATH_URL_PREFIX.length()).replace("@@platform@@", "*"));
        }
    }
}
