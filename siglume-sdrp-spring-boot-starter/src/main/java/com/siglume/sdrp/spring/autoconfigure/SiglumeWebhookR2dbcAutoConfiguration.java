package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStoreSchemaInitializer;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import io.r2dbc.spi.ConnectionFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.r2dbc.init.R2dbcScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Schedulers;

/**
 * The durable event store of a reactive application whose database is R2DBC: active when the
 * webhook is enabled, {@code siglume.webhook.store} is {@code auto}, the application has an
 * R2DBC {@link ConnectionFactory} and no JDBC {@link DataSource} (which the JDBC store takes),
 * and no {@link SiglumeEventStore} of its own. Of several ConnectionFactories it takes the one
 * marked {@link SiglumeConnectionFactory}, else the {@code @Primary} one, and otherwise stops
 * startup; its transactions run on the {@link R2dbcTransactionManager} of that factory.
 */
@AutoConfiguration(after = {SiglumeAutoConfiguration.class, SiglumeWebhookJdbcAutoConfiguration.class}, afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass({ConnectionFactory.class, DatabaseClient.class, R2dbcTransactionManager.class,
        R2dbcScriptDatabaseInitializer.class, Schedulers.class})
@Conditional(SiglumeConditions.OnWebhookEnabledCondition.class)
@ConditionalOnProperty(name = "siglume.webhook.store", havingValue = "auto", matchIfMissing = true)
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnMissingBean({DataSource.class, SiglumeEventStore.class})
public class SiglumeWebhookR2dbcAutoConfiguration {

    /**
     * The R2DBC event store.
     *
     * @param marked the ConnectionFactory marked {@link SiglumeConnectionFactory}, if any
     * @param connectionFactories the application's ConnectionFactories
     * @param beans the bean factory
     * @param properties the bound properties
     * @return the store
     * @throws SiglumeConfigurationException when the ConnectionFactory or its transaction
     *         manager cannot be told, or a JDBC payload retention is set
     */
    @Bean
    @DependsOnDatabaseInitialization
    public R2dbcSiglumeEventStore siglumeEventStore(@SiglumeConnectionFactory ObjectProvider<ConnectionFactory> marked,
            ObjectProvider<ConnectionFactory> connectionFactories, ListableBeanFactory beans,
            SiglumeProperties properties) {
        if (properties.getWebhook().getJdbc().getPayloadRetention() != null) {
            throw new SiglumeConfigurationException("siglume.webhook.jdbc.payload-retention is set but events are"
                    + " recorded through R2DBC, whose store does not clear payloads.",
                    "Remove siglume.webhook.jdbc.payload-retention and clear old payloads of the"
                            + " siglume_webhook_events table with your own job, or record events through JDBC.");
        }
        ConnectionFactory connectionFactory = connectionFactory(marked, connectionFactories, beans);
        return new R2dbcSiglumeEventStore(connectionFactory, transactionManager(connectionFactory, beans));
    }

    /**
     * Creates the event table per {@code siglume.webhook.r2dbc.initialize-schema}.
     *
     * @param marked the ConnectionFactory marked {@link SiglumeConnectionFactory}, if any
     * @param connectionFactories the application's ConnectionFactories
     * @param beans the bean factory
     * @param properties the bound properties
     * @return the initializer
     */
    @Bean
    @ConditionalOnMissingBean(R2dbcSiglumeEventStoreSchemaInitializer.class)
    public R2dbcSiglumeEventStoreSchemaInitializer siglumeR2dbcEventStoreSchemaInitializer(
            @SiglumeConnectionFactory ObjectProvider<ConnectionFactory> marked,
            ObjectProvider<ConnectionFactory> connectionFactories, ListableBeanFactory beans,
            SiglumeProperties properties) {
        DatabaseInitializationMode mode = DatabaseInitializationMode.valueOf(
                properties.getWebhook().getR2dbc().getInitializeSchema().name());
        return new R2dbcSiglumeEventStoreSchemaInitializer(connectionFactory(marked, connectionFactories, beans), mode);
    }

    private static ConnectionFactory connectionFactory(ObjectProvider<ConnectionFactory> marked,
            ObjectProvider<ConnectionFactory> connectionFactories, ListableBeanFactory beans) {
        return SiglumeEventStoreResources.database(ConnectionFactory.class, SiglumeConnectionFactory.class, marked,
                connectionFactories, beans);
    }

    /**
     * The application's R2DBC transaction manager of the ConnectionFactory when it has exactly
     * one, or the {@code @Primary} one of several; a new one when it has none.
     */
    private static R2dbcTransactionManager transactionManager(ConnectionFactory connectionFactory,
            ListableBeanFactory beans) {
        Map<String, R2dbcTransactionManager> bound = new LinkedHashMap<>();
        beans.getBeansOfType(R2dbcTransactionManager.class).forEach((name, manager) -> {
            if (manager.getConnectionFactory() == connectionFactory) {
                bound.put(name, manager);
            }
        });
        if (bound.isEmpty()) {
            R2dbcTransactionManager created = new R2dbcTransactionManager(connectionFactory);
            created.afterPropertiesSet();
            return created;
        }
        if (bound.size() == 1) {
            return bound.values().iterator().next();
        }
        R2dbcTransactionManager primary = beans.getBeanProvider(R2dbcTransactionManager.class).getIfUnique();
        if (primary != null && bound.containsValue(primary)) {
            return primary;
        }
        throw new SiglumeConfigurationException("Several R2DBC transaction managers (" + String.join(", ", bound.keySet())
                + ") manage the ConnectionFactory that records Siglume webhook events and none is @Primary, so the"
                + " starter cannot tell which one listeners use.",
                "Make the transaction manager your listeners use @Primary, or declare your own R2dbcSiglumeEventStore"
                        + " bean with the ConnectionFactory and the transaction manager to use.");
    }
}
