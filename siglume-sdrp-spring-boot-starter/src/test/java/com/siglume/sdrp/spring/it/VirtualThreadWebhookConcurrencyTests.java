package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The concurrent-delivery tests of {@link WebhookConcurrencyTests} with
 * {@code spring.threads.virtual.enabled=true}: sixteen simultaneous deliveries of one event,
 * each on its own virtual thread, run the listener exactly once, on PostgreSQL, on MariaDB and
 * with the in-memory store.
 *
 * <p>Not on H2: while a delivery waits for the row lock of the same event id, H2 keeps its
 * carrier thread, so with as many carriers as cores the delivery holding the lock may not get
 * one back before the others' lock timeout, and they are answered 500 (and delivered again).
 * The listener guide says so.
 */
@Tag("virtual-threads")
class VirtualThreadWebhookConcurrencyTests {

    @Nested
    @SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.jdbc.initialize-schema=always",
                    "spring.threads.virtual.enabled=true"})
    @Import(ListenerThreads.class)
    @RequiresDatabase(RealDatabase.POSTGRESQL)
    @DirtiesContext
    class OnPostgreSql extends ConcurrentDeliveries {

        private static IsolatedDatabase database;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            database = IsolatedDatabase.create(RealDatabase.POSTGRESQL, "vthreads");
            database.registerDataSource(registry);
        }

        @AfterAll
        static void dropDatabase() {
            if (database != null) {
                database.drop();
            }
        }

        @Override
        Class<? extends SiglumeEventStore> expectedStore() {
            return JdbcSiglumeEventStore.class;
        }
    }

    @Nested
    @SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.jdbc.initialize-schema=always",
                    "spring.threads.virtual.enabled=true"})
    @Import(ListenerThreads.class)
    @RequiresDatabase(RealDatabase.MARIADB)
    @DirtiesContext
    class OnMariaDb extends ConcurrentDeliveries {

        private static IsolatedDatabase database;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            database = IsolatedDatabase.create(RealDatabase.MARIADB, "vthreads");
            database.registerDataSource(registry);
        }

        @AfterAll
        static void dropDatabase() {
            if (database != null) {
                database.drop();
            }
        }

        @Override
        Class<? extends SiglumeEventStore> expectedStore() {
            return JdbcSiglumeEventStore.class;
        }
    }

    @Nested
    @SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory",
                    "spring.datasource.generate-unique-name=true", "spring.threads.virtual.enabled=true"})
    @Import(ListenerThreads.class)
    class InMemory extends ConcurrentDeliveries {

        @Override
        Class<? extends SiglumeEventStore> expectedStore() {
            return InMemorySiglumeEventStore.class;
        }
    }

    /** Sixteen deliveries of one event at once, against the application of the subclass. */
    abstract class ConcurrentDeliveries {

        @LocalServerPort
        int port;

        @Autowired
        PaymentsListener listener;

        @Autowired
        SiglumeEventStore store;

        @Autowired
        ListenerThreads threads;

        abstract Class<? extends SiglumeEventStore> expectedStore();

        @Test
        void sameEventFromSixteenVirtualThreadsRunsTheListenerOnce() throws Exception {
            assertThat(store).isInstanceOf(expectedStore());
            String id = WebhookConcurrencyTests.deliverConcurrently(port);
            assertThat(listener.calls(id)).isEqualTo(1);
            if (store instanceof JdbcSiglumeEventStore) {
                assertThat(listener.committedRows(id)).isEqualTo(1);
            }
            assertThat(threads.ranOnVirtualThread(id)).isTrue();
        }
    }
}
