package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.jta.JtaTransactionManager;

/**
 * Which DataSource the JDBC event store records in, and which transaction manager its
 * transactions run on. Either is chosen without guessing, or startup stops with a report.
 */
final class SiglumeEventStoreResources {

    private SiglumeEventStoreResources() {
    }

    /**
     * Chooses the DataSource: the one marked {@link SiglumeDataSource}, else the only or the
     * {@code @Primary} one.
     *
     * @param marked the DataSources marked {@link SiglumeDataSource}
     * @param dataSources all DataSources
     * @param beans the bean factory, for the names in a report
     * @return the DataSource
     * @throws SiglumeConfigurationException when several are marked, or several exist and none
     *         is marked or primary
     */
    static DataSource dataSource(ObjectProvider<DataSource> marked, ObjectProvider<DataSource> dataSources,
            ListableBeanFactory beans) {
        return database(DataSource.class, SiglumeDataSource.class, marked, dataSources, beans);
    }

    /**
     * Chooses the database the store records in: the bean marked with the qualifier, else the
     * only or the {@code @Primary} one.
     *
     * @param type {@code DataSource} or R2DBC's {@code ConnectionFactory}
     * @param qualifier {@link SiglumeDataSource} or {@link SiglumeConnectionFactory}
     * @param marked the beans marked with the qualifier
     * @param all all beans of the type
     * @param beans the bean factory, for the names in a report
     * @return the chosen bean
     * @throws SiglumeConfigurationException when several are marked, or several exist and none
     *         is marked or primary
     */
    static <T> T database(Class<T> type, Class<? extends Annotation> qualifier, ObjectProvider<T> marked,
            ObjectProvider<T> all, ListableBeanFactory beans) {
        String kind = type.getSimpleName();
        String qualifierName = "@" + qualifier.getName();
        T chosen;
        try {
            chosen = marked.getIfAvailable();
        } catch (NoUniqueBeanDefinitionException e) {
            throw new SiglumeConfigurationException("Several " + kind + " beans are marked " + qualifierName + " ("
                    + String.join(", ", e.getBeanNamesFound()) + "), so the starter cannot tell which database"
                    + " should record processed Siglume webhook events.",
                    "Mark exactly one " + kind + " bean @" + qualifier.getSimpleName() + ": the one holding the"
                            + " siglume_webhook_events table and the data your listeners change.");
        }
        if (chosen == null) {
            chosen = all.getIfUnique();
        }
        if (chosen == null) {
            throw new SiglumeConfigurationException("The application has several " + kind + " beans ("
                    + String.join(", ", beans.getBeanNamesForType(type)) + ") and none is @Primary or"
                    + " marked " + qualifierName + ", so the starter cannot tell which database should record processed"
                    + " Siglume webhook events.",
                    "Annotate the " + kind + " bean that holds the data your listeners change with " + qualifierName
                            + " (or make it @Primary), or declare your own SiglumeEventStore bean.");
        }
        return chosen;
    }

    /**
     * Chooses the transaction manager bound to the DataSource: the application's default one
     * when it manages that DataSource, else the only one that does. A JTA manager manages every
     * DataSource. Only an application without any transaction manager gets a new
     * {@link DataSourceTransactionManager}.
     *
     * @param dataSource the DataSource the store records in
     * @param managers the application's transaction managers
     * @param beans the bean factory
     * @return the transaction manager
     * @throws SiglumeConfigurationException when none or several of the application's managers
     *         manage the DataSource and none of them is the default
     */
    static PlatformTransactionManager transactionManager(DataSource dataSource,
            ObjectProvider<PlatformTransactionManager> managers, ListableBeanFactory beans) {
        Map<String, PlatformTransactionManager> all = beans.getBeansOfType(PlatformTransactionManager.class);
        if (all.isEmpty()) {
            return new DataSourceTransactionManager(dataSource);
        }
        PlatformTransactionManager preferred = managers.getIfUnique();
        if (preferred != null && manages(preferred, dataSource)) {
            return preferred;
        }
        Map<String, PlatformTransactionManager> bound = new LinkedHashMap<>();
        all.forEach((name, manager) -> {
            if (manages(manager, dataSource)) {
                bound.put(name, manager);
            }
        });
        if (bound.size() == 1) {
            return bound.values().iterator().next();
        }
        String dataSourceName = nameOf(dataSource, beans);
        String alternative = " Or declare your own JdbcSiglumeEventStore bean with the DataSource and the"
                + " transaction manager to use.";
        if (bound.isEmpty()) {
            throw new SiglumeConfigurationException("None of the application's transaction managers ("
                    + String.join(", ", all.keySet()) + ") manages the DataSource '" + dataSourceName + "' that"
                    + " records Siglume webhook events, so listeners' work could not commit or roll back with the"
                    + " event record.",
                    "Declare a transaction manager for that DataSource (a JdbcTransactionManager, or the"
                            + " JpaTransactionManager of an EntityManagerFactory on it)." + alternative);
        }
        throw new SiglumeConfigurationException("Several transaction managers (" + String.join(", ", bound.keySet())
                + ") manage the DataSource '" + dataSourceName + "' that records Siglume webhook events and none is"
                + " the application's @Primary one, so the starter cannot tell which one listeners use.",
                "Make the transaction manager your listeners use @Primary." + alternative);
    }

    /** Whether the manager's transactions hold connections of the DataSource. */
    private static boolean manages(PlatformTransactionManager manager, DataSource dataSource) {
        if (manager instanceof JtaTransactionManager) {
            return true;
        }
        // DataSourceTransactionManager, JdbcTransactionManager, JpaTransactionManager (from its
        // EntityManagerFactory) and HibernateTransactionManager all expose it as 'dataSource'.
        BeanWrapper properties = new BeanWrapperImpl(manager);
        if (!properties.isReadableProperty("dataSource")) {
            return false;
        }
        Object managed = properties.getPropertyValue("dataSource");
        return managed != null && (managed == dataSource || managed == unwrap(dataSource));
    }

    private static @Nullable DataSource unwrap(DataSource dataSource) {
        return dataSource instanceof TransactionAwareDataSourceProxy proxy ? proxy.getTargetDataSource() : dataSource;
    }

    private static String nameOf(DataSource dataSource, ListableBeanFactory beans) {
        List<String> names = Arrays.stream(beans.getBeanNamesForType(DataSource.class))
                .filter(name -> beans.getBean(name) == dataSource).toList();
        return names.isEmpty() ? dataSource.toString() : names.get(0);
    }
}
