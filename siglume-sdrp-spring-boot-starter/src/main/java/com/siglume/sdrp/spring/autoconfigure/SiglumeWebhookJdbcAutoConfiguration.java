package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventPayloadPurge;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStoreSchemaInitializer;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The durable event store on the application's DataSource and its table. Active when the
 * webhook is enabled, the application has a DataSource, and {@code siglume.webhook.store} is
 * {@code auto} or {@code jdbc}. Of several DataSources it takes the one marked
 * {@link SiglumeDataSource}, else the {@code @Primary} one, and otherwise stops startup.
 */
@AutoConfiguration(after = SiglumeAutoConfiguration.class, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration"})
@ConditionalOnClass({JdbcTemplate.class, PlatformTransactionManager.class, DataSourceScriptDatabaseInitializer.class})
@Conditional({SiglumeConditions.OnWebhookEnabledCondition.class, SiglumeConditions.OnDatabaseStoreAllowedCondition.class})
@ConditionalOnBean(DataSource.class)
public class SiglumeWebhookJdbcAutoConfiguration {

    /**
     * Clears stored payloads older than {@code siglume.webhook.jdbc.payload-retention}.
     *
     * @param store the event store
     * @param properties the bound properties
     * @param schedulers the application's task scheduler, if it has one
     * @param clocks the application's clock, if it has one
     * @return the purge
     * @throws SiglumeConfigurationException when the retention is not positive, or the event
     *         store is not a {@link JdbcSiglumeEventStore}
     */
    @Bean
    @ConditionalOnMissingBean
    @SiglumeConditions.ConditionalOnPropertyText("siglume.webhook.jdbc.payload-retention")
    public SiglumeEventPayloadPurge siglumeEventPayloadPurge(SiglumeEventStore store, SiglumeProperties properties,
            ObjectProvider<TaskScheduler> schedulers, ObjectProvider<Clock> clocks) {
        Duration retention = properties.getWebhook().getJdbc().getPayloadRetention();
        if (retention.isNegative() || retention.isZero()) {
            throw new SiglumeConfigurationException(
                    "siglume.webhook.jdbc.payload-retention is " + retention + "; it must be positive.",
                    "Set siglume.webhook.jdbc.payload-retention to how long stored payloads are kept, for example 30d,"
                            + " or remove it to keep them.");
        }
        if (!(store instanceof JdbcSiglumeEventStore jdbcStore)) {
            throw new SiglumeConfigurationException("siglume.webhook.jdbc.payload-retention is set but the event store ("
                    + store + ") is not the JDBC store, so no payload would ever be cleared.",
                    "Remove siglume.webhook.jdbc.payload-retention, or clear payloads in your own SiglumeEventStore.");
        }
        return new SiglumeEventPayloadPurge(jdbcStore, retention, schedulers.getIfUnique(),
                clocks.getIfUnique(Clock::systemUTC));
    }

    /** The store and its table, unless the application declares its own store. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(SiglumeEventStore.class)
    static class StoreConfiguration {

        /**
         * The JDBC event store, on the transaction manager bound to its DataSource, so listeners
         * using that manager (JPA included) join its transactions.
         *
         * @param marked the DataSource marked {@link SiglumeDataSource}, if any
         * @param dataSources the application's DataSources
         * @param transactionManagers the application's transaction managers
         * @param beans the bean factory
         * @return the store
         */
        @Bean
        @DependsOnDatabaseInitialization
        JdbcSiglumeEventStore siglumeEventStore(@SiglumeDataSource ObjectProvider<DataSource> marked,
                ObjectProvider<DataSource> dataSources, ObjectProvider<PlatformTransactionManager> transactionManagers,
                ListableBeanFactory beans) {
            DataSource dataSource = SiglumeEventStoreResources.dataSource(marked, dataSources, beans);
            return new JdbcSiglumeEventStore(dataSource,
                    SiglumeEventStoreResources.transactionManager(dataSource, transactionManagers, beans));
        }

        /**
         * Creates the event table per {@code siglume.webhook.jdbc.initialize-schema}.
         *
         * @param marked the DataSource marked {@link SiglumeDataSource}, if any
         * @param dataSources the application's DataSources
         * @param beans the bean factory
         * @param properties the bound properties
         * @return the initializer
         */
        @Bean
        @ConditionalOnMissingBean(SiglumeEventStoreSchemaInitializer.class)
        SiglumeEventStoreSchemaInitializer siglumeEventStoreSchemaInitializer(
                @SiglumeDataSource ObjectProvider<DataSource> marked, ObjectProvider<DataSource> dataSources,
                ListableBeanFactory beans, SiglumeProperties properties) {
            DatabaseInitializationMode mode = DatabaseInitializationMode.valueOf(
                    properties.getWebhook().getJdbc().getInitializeSchema().name());
            return new SiglumeEventStoreSchemaInitializer(
                    SiglumeEventStoreResources.dataSource(marked, dataSources, beans), mode);
        }
    }
}
