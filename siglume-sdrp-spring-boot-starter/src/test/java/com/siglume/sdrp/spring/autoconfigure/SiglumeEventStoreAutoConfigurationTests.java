package com.siglume.sdrp.spring.autoconfigure;

import static com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfigurationTests.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventPayloadPurge;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the event store is chosen: a durable store on exactly one DataSource and the transaction
 * manager bound to it, the memory store only when asked for, and a startup report otherwise.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiglumeEventStoreAutoConfigurationTests {

    private static final String QUALIFIER = "@com.siglume.sdrp.spring.autoconfigure.SiglumeDataSource";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET);

    @Nested
    class WithoutDataSource {

        @Test
        void autoStopsStartupNamingTheStoreProperty() {
            runner.run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("siglume.webhook.store is auto")
                        .contains("no DataSource");
                assertThat(analysis.getAction()).contains("spring.datasource.url")
                        .contains("siglume.webhook.store=memory").contains("processed again after a restart");
            });
        }

        @Test
        void explicitMemoryStoreStartsWithOneWarning(CapturedOutput output) {
            runner.withPropertyValues("siglume.webhook.store=memory").run(context -> {
                assertThat(context).getBean(SiglumeEventStore.class).isInstanceOf(InMemorySiglumeEventStore.class);
                String warning = "events are processed again after a restart";
                assertThat(output.getOut().split(warning, -1)).hasSize(2);
                assertThat(output.getOut()).contains("WARN").contains("siglume.webhook.store=memory");
            });
        }

        @Test
        void payloadRetentionWithTheMemoryStoreStopsStartup() {
            runner.withPropertyValues("siglume.webhook.store=memory", "siglume.webhook.jdbc.payload-retention=30d")
                    .run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains("siglume.webhook.jdbc.payload-retention")
                                .contains("memory");
                        assertThat(analysis.getAction()).contains("Remove siglume.webhook.jdbc.payload-retention");
                    });
        }
    }

    @Nested
    class SeveralDataSources {

        @Test
        void noneChosenStopsStartupNamingTheCandidatesAndTheQualifier() {
            for (String store : new String[] {"auto", "jdbc"}) {
                runner.withUserConfiguration(TwoDataSources.class).withPropertyValues("siglume.webhook.store=" + store)
                        .run(context -> {
                            FailureAnalysis analysis = analyze(context.getStartupFailure());
                            assertThat(analysis.getDescription()).contains("several DataSource beans (first, second)")
                                    .contains(QUALIFIER);
                            assertThat(analysis.getAction()).contains(QUALIFIER).contains("@Primary");
                        });
            }
        }

        @Test
        void theMarkedOneRecordsTheEvents() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class).run(context -> {
                assertThat(context).getBean(SiglumeEventStore.class).isInstanceOf(JdbcSiglumeEventStore.class);
                assertThat(tableExists(context.getBean("third", DataSource.class))).isTrue();
                assertThat(tableExists(context.getBean("first", DataSource.class))).isFalse();
                assertThat(tableExists(context.getBean("second", DataSource.class))).isFalse();
            });
        }

        @Test
        void thePrimaryOneRecordsTheEventsWhenNoneIsMarked() {
            runner.withUserConfiguration(TwoDataSources.class, PrimaryThird.class).run(context -> {
                assertThat(tableExists(context.getBean("third", DataSource.class))).isTrue();
                assertThat(tableExists(context.getBean("first", DataSource.class))).isFalse();
            });
        }

        @Test
        void twoMarkedStopStartup() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class, MarkedFourth.class).run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("Several DataSource beans are marked " + QUALIFIER)
                        .contains("third").contains("fourth");
                assertThat(analysis.getAction()).contains("exactly one");
            });
        }

        @Test
        void aUserStoreNeedsNoChoice() {
            SiglumeEventStore own = new InMemorySiglumeEventStore();
            runner.withUserConfiguration(TwoDataSources.class).withBean("ownStore", SiglumeEventStore.class, () -> own)
                    .run(context -> assertThat(context.getBean(SiglumeEventStore.class)).isSameAs(own));
        }
    }

    @Nested
    class TransactionManager {

        @Test
        void theManagerOfTheChosenDataSourceRunsTheStoresTransactions() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class, ManagerPerDataSource.class)
                    .run(context -> assertThat(transactionHolds(context.getBean(SiglumeEventStore.class),
                            context.getBean("third", DataSource.class))).isTrue());
        }

        @Test
        void withoutAnyManagerOneIsCreatedForTheDataSource() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class).run(context -> {
                assertThat(context).doesNotHaveBean(PlatformTransactionManager.class);
                assertThat(transactionHolds(context.getBean(SiglumeEventStore.class),
                        context.getBean("third", DataSource.class))).isTrue();
            });
        }

        @Test
        void managersOfOtherDataSourcesOnlyStopStartup() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class, ManagerOfFirst.class).run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("None of the application's transaction managers"
                        + " (firstTransactionManager) manages the DataSource 'third'");
                assertThat(analysis.getAction()).contains("JdbcTransactionManager").contains("JdbcSiglumeEventStore");
            });
        }

        @Test
        void twoManagersOfTheChosenDataSourceWithoutPrimaryStopStartup() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class, TwoManagersOfThird.class)
                    .run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains(
                                "Several transaction managers (thirdTransactionManager, otherThirdTransactionManager)"
                                        + " manage the DataSource 'third'");
                        assertThat(analysis.getAction()).contains("@Primary");
                    });
        }

        @Test
        void thePrimaryOfTwoManagersOfTheChosenDataSourceIsUsed() {
            runner.withUserConfiguration(TwoDataSources.class, MarkedThird.class, TwoManagersOfThird.class,
                    PrimaryThirdManager.class).run(context -> assertThat(transactionHolds(
                            context.getBean(SiglumeEventStore.class), context.getBean("third", DataSource.class)))
                            .isTrue());
        }
    }

    @Nested
    class PayloadRetention {

        @Test
        void startsAPurgeThatStopsWithTheContext() {
            AtomicReference<SiglumeEventPayloadPurge> purge = new AtomicReference<>();
            runner.withUserConfiguration(MarkedThird.class)
                    .withPropertyValues("siglume.webhook.jdbc.payload-retention=90d").run(context -> {
                        purge.set(context.getBean(SiglumeEventPayloadPurge.class));
                        assertThat(purge.get().isRunning()).isTrue();
                        assertThat(purge.get().interval()).isEqualTo(Duration.ofHours(1));
                    });
            assertThat(purge.get().isRunning()).isFalse();
        }

        @Test
        void clearsOldPayloadsOnTheApplicationsScheduler() {
            AtomicInteger scheduled = new AtomicInteger();
            runner.withUserConfiguration(MarkedThird.class)
                    .withBean("taskScheduler", ThreadPoolTaskScheduler.class, () -> new ThreadPoolTaskScheduler() {
                        @Override
                        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime,
                                Duration delay) {
                            scheduled.incrementAndGet();
                            return super.scheduleWithFixedDelay(task, startTime, delay);
                        }
                    })
                    .withPropertyValues("siglume.webhook.jdbc.payload-retention=200ms").run(context -> {
                        SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
                        String id = "evt_retention";
                        StoredEvent event = new StoredEvent(id, "direct_payment.confirmed", "standard_settled", null,
                                EventStatus.PROCESSED, Instant.now(), "{\"id\":\"" + id + "\"}");
                        assertThat(store.recordOnce(event, () -> { })).isTrue();
                        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                                .until(() -> store.find(id).orElseThrow().payload() == null);
                        assertThat(store.recordOnce(event, () -> { })).isFalse();
                        assertThat(context.getBean(SiglumeEventPayloadPurge.class).interval())
                                .isEqualTo(Duration.ofMillis(200));
                        assertThat(scheduled).hasValue(1);
                    });
        }

        @Test
        void aTableThePurgeCannotClearStopsStartup() {
            runner.withUserConfiguration(MarkedThird.class).withPropertyValues("siglume.webhook.jdbc.payload-retention=30d",
                    "siglume.webhook.jdbc.initialize-schema=never").run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains("siglume.webhook.jdbc.payload-retention is set")
                                .contains("cannot be cleared").contains("SQLState");
                        assertThat(analysis.getAction()).contains("UPDATE on siglume_webhook_events")
                                .contains("or remove siglume.webhook.jdbc.payload-retention");
                    });
        }

        @Test
        void unsetOrBlankRetentionKeepsPayloadsWithoutAPurge() {
            runner.withUserConfiguration(MarkedThird.class).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(SiglumeEventPayloadPurge.class);
            });
            runner.withUserConfiguration(MarkedThird.class).withPropertyValues("siglume.webhook.jdbc.payload-retention=")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).doesNotHaveBean(SiglumeEventPayloadPurge.class);
                    });
        }

        @Test
        void nonPositiveRetentionStopsStartup() {
            runner.withUserConfiguration(MarkedThird.class).withPropertyValues("siglume.webhook.jdbc.payload-retention=0s")
                    .run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains("payload-retention").contains("must be positive");
                        assertThat(analysis.getAction()).contains("siglume.webhook.jdbc.payload-retention");
                    });
        }

        @Test
        void retentionWithAStoreThatCannotPurgeStopsStartup() {
            runner.withUserConfiguration(MarkedThird.class)
                    .withBean("ownStore", SiglumeEventStore.class, InMemorySiglumeEventStore::new)
                    .withPropertyValues("siglume.webhook.jdbc.payload-retention=30d").run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains("is not the JDBC store");
                        assertThat(analysis.getAction()).contains("Remove siglume.webhook.jdbc.payload-retention");
                    });
        }
    }

    /**
     * Whether the store's transaction is one on the DataSource while its work runs: a manager of
     * another DataSource would leave the insert's connection in auto-commit.
     */
    private static boolean transactionHolds(SiglumeEventStore store, DataSource dataSource) {
        AtomicReference<Boolean> holds = new AtomicReference<>();
        store.recordOnce(new StoredEvent("evt_tx_" + System.nanoTime(), "direct_payment.confirmed", "standard_settled",
                null, EventStatus.PROCESSED, Instant.now(), "{}"), () -> {
                    try {
                        holds.set(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder
                                holder && !holder.getConnection().getAutoCommit());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return holds.get();
    }

    private static boolean tableExists(DataSource dataSource) {
        Integer count = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE LOWER(TABLE_NAME) = 'siglume_webhook_events'", Integer.class);
        return count != null && count > 0;
    }

    private static DataSource h2() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource first() {
            return h2();
        }

        @Bean
        DataSource second() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MarkedThird {

        @Bean
        @SiglumeDataSource
        DataSource third() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MarkedFourth {

        @Bean
        @SiglumeDataSource
        DataSource fourth() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryThird {

        @Bean
        @Primary
        DataSource third() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ManagerOfFirst {

        @Bean
        PlatformTransactionManager firstTransactionManager(DataSource first) {
            return new DataSourceTransactionManager(first);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ManagerPerDataSource {

        @Bean
        PlatformTransactionManager firstTransactionManager(DataSource first) {
            return new DataSourceTransactionManager(first);
        }

        @Bean
        PlatformTransactionManager thirdTransactionManager(DataSource third) {
            return new DataSourceTransactionManager(third);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoManagersOfThird {

        @Bean
        PlatformTransactionManager thirdTransactionManager(DataSource third) {
            return new DataSourceTransactionManager(third);
        }

        @Bean
        PlatformTransactionManager otherThirdTransactionManager(DataSource third) {
            return new DataSourceTransactionManager(third);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryThirdManager {

        @Bean
        @Primary
        PlatformTransactionManager primaryThirdTransactionManager(DataSource third) {
            return new DataSourceTransactionManager(third);
        }
    }
}
