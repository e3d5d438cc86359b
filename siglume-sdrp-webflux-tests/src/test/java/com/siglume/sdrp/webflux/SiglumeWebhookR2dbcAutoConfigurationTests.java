package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionFactory;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStoreSchemaInitializer;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.StoredEvent;
import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How a reactive application's event store is chosen when its database is R2DBC: the R2DBC
 * store and its table on the only, the marked or the primary ConnectionFactory, the memory store
 * only when asked for, the application's own store untouched, and a startup report otherwise.
 */
class SiglumeWebhookR2dbcAutoConfigurationTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class))
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "spring.r2dbc.generate-unique-name=true")
            .withBean(SettledPaymentListener.class);

    @Test
    void anR2dbcDatabaseRecordsThroughR2dbcAndCreatesTheTable() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(R2dbcSiglumeEventStoreSchemaInitializer.class);
            assertThat(context.getBean(SiglumeEventStore.class)).isInstanceOf(R2dbcSiglumeEventStore.class);
            // The table exists: a lookup answers instead of failing.
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_none")).isEmpty();
        });
    }

    @Test
    void initializeSchemaNeverCreatesNoTable() {
        runner.withPropertyValues("siglume.webhook.r2dbc.initialize-schema=never").run(context -> {
            assertThat(context).hasNotFailed();
            SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
            assertThatThrownBy(() -> store.find("evt_none")).rootCause().hasMessageContaining("SIGLUME_WEBHOOK_EVENTS");
        });
    }

    @Test
    void theMemoryStoreOnlyWhenAskedFor() {
        runner.withPropertyValues("siglume.webhook.store=memory").run(context -> assertThat(context)
                .doesNotHaveBean(R2dbcSiglumeEventStore.class)
                .getBean(SiglumeEventStore.class).isInstanceOf(InMemorySiglumeEventStore.class));
    }

    @Test
    void jdbcAskedForWithOnlyAnR2dbcDatabaseStopsStartup() {
        runner.withPropertyValues("siglume.webhook.store=jdbc").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("siglume.webhook.store is jdbc").contains("no DataSource");
            assertThat(analysis.getAction()).contains("spring.datasource.url");
        });
    }

    @Test
    void withoutAnyDatabaseAutoNamesBothKindsOfDatabase() {
        new ReactiveWebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET).run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("siglume.webhook.store is auto")
                            .contains("no R2DBC ConnectionFactory");
                    assertThat(analysis.getAction()).contains("spring.r2dbc.url").contains("siglume.webhook.store=memory");
                });
    }

    @Test
    void theApplicationsOwnStoreIsUsed() {
        runner.withBean(SiglumeEventStore.class, OwnStore::new).run(context -> {
            assertThat(context).doesNotHaveBean(R2dbcSiglumeEventStore.class)
                    .doesNotHaveBean(R2dbcSiglumeEventStoreSchemaInitializer.class);
            assertThat(context.getBean(SiglumeEventStore.class)).isInstanceOf(OwnStore.class);
        });
    }

    @Test
    void aJdbcPayloadRetentionStopsStartup() {
        runner.withPropertyValues("siglume.webhook.jdbc.payload-retention=30d").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("siglume.webhook.jdbc.payload-retention")
                    .contains("R2DBC");
            assertThat(analysis.getAction()).contains("Remove siglume.webhook.jdbc.payload-retention");
        });
    }

    @Test
    void severalConnectionFactoriesWithoutAMarkStopStartup() {
        runner.withUserConfiguration(TwoConnectionFactories.class).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("several ConnectionFactory beans (first, second)");
            assertThat(analysis.getAction()).contains("@" + SiglumeConnectionFactory.class.getName());
        });
    }

    @Test
    void theMarkedConnectionFactoryIsUsed() {
        runner.withUserConfiguration(TwoConnectionFactories.class, MarkedConnectionFactory.class)
                .withPropertyValues("siglume.webhook.r2dbc.initialize-schema=always").run(context -> {
            assertThat(context).hasNotFailed();
            SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
            assertThat(store).isInstanceOf(R2dbcSiglumeEventStore.class);
            // The table was created in the marked database, the one the store reads.
            assertThat(store.find("evt_none")).isEmpty();
        });
    }

    @Test
    void twoMarkedConnectionFactoriesStopStartup() {
        runner.withUserConfiguration(TwoMarkedConnectionFactories.class).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("Several ConnectionFactory beans are marked");
            assertThat(analysis.getAction()).contains("Mark exactly one ConnectionFactory bean @SiglumeConnectionFactory");
        });
    }

    @Test
    void thePrimaryConnectionFactoryIsUsed() {
        runner.withUserConfiguration(PrimaryConnectionFactory.class)
                .withPropertyValues("siglume.webhook.r2dbc.initialize-schema=always").run(context -> assertThat(
                        context.getBean(SiglumeEventStore.class)).isInstanceOf(R2dbcSiglumeEventStore.class));
    }

    @Test
    void aHandBuiltConnectionFactoryWithEmbeddedInitializationStopsStartupNamingTheSetting() {
        runner.withUserConfiguration(PrimaryConnectionFactory.class).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("siglume.webhook.r2dbc.initialize-schema is embedded");
            assertThat(analysis.getAction()).contains("siglume.webhook.r2dbc.initialize-schema=always");
        });
    }

    private static FailureAnalysis analyze(Throwable failure) {
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a Siglume failure report for " + failure).isNotNull();
        return analysis;
    }

    private static ConnectionFactory h2() {
        return new H2ConnectionFactory(H2ConnectionConfiguration.builder()
                .inMemory("cf_" + UUID.randomUUID().toString().replace("-", "")).property("DB_CLOSE_DELAY", "-1")
                .build());
    }

    static class OwnStore implements SiglumeEventStore {

        @Override
        public boolean recordOnce(StoredEvent event, Runnable work) {
            work.run();
            return true;
        }

        @Override
        public Optional<StoredEvent> find(String eventId) {
            return Optional.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoConnectionFactories {

        @Bean
        ConnectionFactory first() {
            return h2();
        }

        @Bean
        ConnectionFactory second() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MarkedConnectionFactory {

        @Bean
        @SiglumeConnectionFactory
        ConnectionFactory payments() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoMarkedConnectionFactories {

        @Bean
        @SiglumeConnectionFactory
        ConnectionFactory first() {
            return h2();
        }

        @Bean
        @SiglumeConnectionFactory
        ConnectionFactory second() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryConnectionFactory {

        @Bean
        @Primary
        ConnectionFactory main() {
            return h2();
        }

        @Bean
        ConnectionFactory reports() {
            return h2();
        }
    }
}
