package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStoreSchemaInitializer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The durable event store on the application's DataSource and its table. Active when the
 * webhook is enabled, the application has a single DataSource, and
 * {@code siglume.webhook.store} is {@code auto} or {@code jdbc}.
 */
@AutoConfiguration(after = SiglumeAutoConfiguration.class, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass({JdbcTemplate.class, PlatformTransactionManager.class, DataSourceScriptDatabaseInitializer.class})
@Conditional({SiglumeConditions.OnWebhookEnabledCondition.class, SiglumeConditions.OnDatabaseStoreAllowedCondition.class})
@ConditionalOnSingleCandidate(DataSource.class)
public class SiglumeWebhookJdbcAutoConfiguration {

    /**
     * The JDBC event store. Its transactions use the application's single
     * {@link PlatformTransactionManager} (so listeners using it, JPA included, join them), or a
     * {@link DataSourceTransactionManager} on the DataSource when there is none.
     *
     * @param dataSource the DataSource
     * @param transactionManagers the application's transaction managers
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean(SiglumeEventStore.class)
    @DependsOnDatabaseInitialization
    public JdbcSiglumeEventStore siglumeEventStore(DataSource dataSource,
            ObjectProvider<PlatformTransactionManager> transactionManagers) {
        PlatformTransactionManager transactionManager = transactionManagers
                .getIfUnique(() -> new DataSourceTransactionManager(dataSource));
        return new JdbcSiglumeEventStore(dataSource, transactionManager);
    }

    /**
     * Creates the event table per {@code siglume.webhook.jdbc.initialize-schema}.
     *
     * @param dataSource the DataSource
     * @param properties the bound properties
     * @return the initializer
     */
    @Bean
    @ConditionalOnMissingBean(SiglumeEventStoreSchemaInitializer.class)
    public SiglumeEventStoreSchemaInitializer siglumeEventStoreSchemaInitializer(DataSource dataSource,
            SiglumeProperties properties) {
        DatabaseInitializationMode mode = DatabaseInitializationMode.valueOf(
                properties.getWebhook().getJdbc().getInitializeSchema().name());
        return new SiglumeEventStoreSchemaInitializer(dataSource, mode);
    }
}
