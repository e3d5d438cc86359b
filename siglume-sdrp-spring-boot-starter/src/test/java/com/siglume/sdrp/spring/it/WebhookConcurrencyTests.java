package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sixteen simultaneous deliveries of one event: every one is acknowledged, the listener runs
 * exactly once, on the H2 JDBC store and on the in-memory store.
 */
class WebhookConcurrencyTests {

    private static final int THREADS = 16;

    @Nested
    @SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.datasource.generate-unique-name=true"})
    class OnH2 {

        @LocalServerPort
        int port;

        @Autowired
        PaymentsListener listener;

        @Autowired
        SiglumeEventStore store;

        @Test
        void sameEventFromSixteenThreadsRunsTheListenerOnce() throws Exception {
            assertThat(store).isInstanceOf(JdbcSiglumeEventStore.class);
            String id = deliverConcurrently(port);
            assertThat(listener.calls(id)).isEqualTo(1);
            assertThat(listener.committedRows(id)).isEqualTo(1);
        }
    }

    @Nested
    @SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory",
                    "spring.datasource.generate-unique-name=true"})
    class InMemory {

        @LocalServerPort
        int port;

        @Autowired
        PaymentsListener listener;

        @Autowired
        SiglumeEventStore store;

        @Test
        void sameEventFromSixteenThreadsRunsTheListenerOnce() throws Exception {
            assertThat(store).isInstanceOf(InMemorySiglumeEventStore.class);
            String id = deliverConcurrently(port);
            assertThat(listener.calls(id)).isEqualTo(1);
        }
    }

    /** Posts one event from all threads at once; checks every answer is 2xx with one "processed". */
    static String deliverConcurrently(int port) throws Exception {
        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        WebhookHttp http = new WebhookHttp(port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return http.post("/siglume/webhook", body, TestWebhooks.sign(body));
                }));
            }
            start.countDown();
            int processed = 0;
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                if (response.body().contains("\"outcome\":\"processed\"")) {
                    processed++;
                }
            }
            assertThat(processed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        return id;
    }
}
