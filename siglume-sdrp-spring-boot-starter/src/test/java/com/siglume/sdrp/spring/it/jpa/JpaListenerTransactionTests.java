package com.siglume.sdrp.spring.it.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.autoconfigure.SiglumeDataSource;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookOutcome;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Listeners that write through JPA: their writes commit with the event record and roll back
 * with it, also in an application with a second DataSource and a transaction manager of its
 * own, where none of the managers is the default. Runs in its own test execution, the only
 * one with Hibernate on the classpath.
 */
@Tag("jpa-classpath")
class JpaListenerTransactionTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class))
            .withUserConfiguration(Shop.class)
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET);

    @Test
    void withOneDataSourceTheListenersJpaWriteCommitsAndRollsBackWithTheEvent() {
        runner.withUserConfiguration(OneDataSource.class).run(this::jpaWritesShareTheEventsTransaction);
    }

    @Test
    void withASecondDataSourceAndManagerTheJpaManagerOfTheChosenDataSourceIsUsed() {
        runner.withUserConfiguration(OrdersAndReports.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(PlatformTransactionManager.class)).hasSize(2);
            jpaWritesShareTheEventsTransaction(context);
        });
    }

    private void jpaWritesShareTheEventsTransaction(AssertableWebApplicationContext context) {
        SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
        SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
        EntityManagerFactory entityManagers = context.getBean(EntityManagerFactory.class);
        Orders orders = context.getBean(Orders.class);

        byte[] paid = TestWebhooks.standardSettled("evt_jpa_paid");
        assertThat(processor.process(paid, TestWebhooks.sign(paid)).result()).isEqualTo(WebhookOutcome.Result.PROCESSED);
        assertThat(find(entityManagers, "evt_jpa_paid")).isNotNull();
        assertThat(find(entityManagers, "evt_jpa_paid").receipt()).isEqualTo("rcpt_evt_jpa_paid");
        assertThat(store.find("evt_jpa_paid")).isPresent();
        assertThat(processor.process(paid, TestWebhooks.sign(paid)).result()).isEqualTo(WebhookOutcome.Result.DUPLICATE);

        orders.failing.add("evt_jpa_fails");
        byte[] failing = TestWebhooks.standardSettled("evt_jpa_fails");
        WebhookOutcome failed = processor.process(failing, TestWebhooks.sign(failing));
        assertThat(failed.result()).isEqualTo(WebhookOutcome.Result.FAILED);
        assertThat(failed.httpStatus()).isEqualTo(500);
        assertThat(find(entityManagers, "evt_jpa_fails")).isNull();
        assertThat(store.find("evt_jpa_fails")).isEmpty();

        orders.failing.clear();
        assertThat(processor.process(failing, TestWebhooks.sign(failing)).result())
                .isEqualTo(WebhookOutcome.Result.PROCESSED);
        assertThat(find(entityManagers, "evt_jpa_fails")).isNotNull();
    }

    private static PaidOrder find(EntityManagerFactory entityManagers, String eventId) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return entityManager.find(PaidOrder.class, eventId);
        }
    }

    private static DataSource h2() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    /** The listener: records the order through JPA, and fails after writing when told to. */
    static class Orders {

        final Set<String> failing = ConcurrentHashMap.newKeySet();

        @PersistenceContext
        private EntityManager entityManager;

        @SiglumePaymentListener
        void onPaid(StandardSettled settled) {
            entityManager.persist(new PaidOrder(settled.event().id(), settled.chainReceiptId()));
            entityManager.flush();
            if (failing.contains(settled.event().id())) {
                throw new IllegalStateException("fulfilment failed after the order was written");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = PaidOrder.class)
    static class Shop {

        @Bean
        Orders orders() {
            return new Orders();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneDataSource {

        @Bean
        DataSource dataSource() {
            return h2();
        }
    }

    /** Orders (JPA, marked for Siglume) and reports (plain JDBC), each with its own manager. */
    @Configuration(proxyBeanMethods = false)
    static class OrdersAndReports {

        @Bean
        @Primary
        @SiglumeDataSource
        DataSource ordersDataSource() {
            return h2();
        }

        @Bean
        DataSource reportsDataSource() {
            return h2();
        }

        @Bean
        JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
            return new JpaTransactionManager(entityManagerFactory);
        }

        @Bean
        DataSourceTransactionManager reportsTransactionManager(@Qualifier("reportsDataSource") DataSource reports) {
            return new DataSourceTransactionManager(reports);
        }
    }
}
