package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A duplicate storm over real HTTP into the WebFlux endpoint: 100 distinct confirmations, 10
 * copies each, shuffled, from 16 concurrent senders. Every event is handled exactly once (one
 * committed R2DBC listener write, one event row) and nothing is answered 5xx; then the same
 * with a {@code Mono<Void>} listener failing for 20 % of its calls and senders retrying until
 * acknowledged: still exactly once, nothing lost. Subclasses run it on H2, PostgreSQL and
 * MariaDB.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "siglume.webhook.secret=" + TestWebhooks.SECRET)
abstract class DuplicateStormContract {

    static final int EVENTS = 100;
    static final int COPIES = 10;
    static final int SENDERS = 16;
    static final int MAX_SENDS = 60;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Autowired
    SiglumeEventStore store;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyEventOfADuplicateStormIsHandledExactlyOnce() throws Exception {
        String run = "evt_storm_" + UUID.randomUUID() + "_";
        Tally tally = storm(events(run), false, 20260611L);
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.sends.get()).isEqualTo(EVENTS * COPIES);
        assertThat(tally.serverErrors.get()).isZero();
        assertThat(tally.outcomes.get("processed").get()).isEqualTo(EVENTS);
        assertThat(tally.outcomes.get("duplicate").get()).isEqualTo(EVENTS * (COPIES - 1));
        assertExactlyOnce(run);
    }

    @Test
    void failingListenerAndRetryingSendersStillHandleEveryEventExactlyOnce() throws Exception {
        String run = "evt_flaky_" + UUID.randomUUID() + "_";
        listener.failAtRandom(0.20, 42L);
        Tally tally;
        try {
            tally = storm(events(run), true, 4242L);
        } finally {
            listener.failAtRandom(0, 0);
        }
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.gaveUp.get()).isZero();
        assertThat(tally.serverErrors.get()).isPositive();
        assertThat(tally.outcomes.get("processed").get()).isEqualTo(EVENTS);
        assertExactlyOnce(run);
    }

    private void assertExactlyOnce(String run) {
        assertThat(listener.committedRowsStartingWith(run)).isEqualTo(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            String id = run + i;
            assertThat(listener.committedRows(id)).as(id).isEqualTo(1);
            assertThat(store.find(id)).as(id).isPresent();
        }
    }

    private static List<byte[]> events(String run) {
        List<byte[]> deliveries = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            byte[] body = TestWebhooks.standardSettled(run + i);
            for (int copy = 0; copy < COPIES; copy++) {
                deliveries.add(body);
            }
        }
        return deliveries;
    }

    private Tally storm(List<byte[]> deliveries, boolean retry, long seed) throws Exception {
        List<byte[]> shuffled = new ArrayList<>(deliveries);
        Collections.shuffle(shuffled, new Random(seed));
        ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>(shuffled);
        Tally tally = new Tally();
        URI target = URI.create("http://127.0.0.1:" + port + "/siglume/webhook");
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                workers.add(pool.submit(() -> {
                    byte[] body;
                    while ((body = queue.poll()) != null) {
                        send(target, body, retry, tally);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }

    private void send(URI target, byte[] body, boolean retry, Tally tally) throws InterruptedException {
        for (int attempt = 1; attempt <= MAX_SENDS; attempt++) {
            tally.sends.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Siglume-Signature", TestWebhooks.sign(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                tally.unexpected.add(String.valueOf(e));
                return;
            }
            if (response.statusCode() / 100 == 2) {
                String outcome = JSON.readTree(response.body()).path("outcome").asString("missing");
                tally.outcomes.computeIfAbsent(outcome, name -> new AtomicInteger()).incrementAndGet();
                return;
            }
            if (response.statusCode() / 100 == 5) {
                tally.serverErrors.incrementAndGet();
            } else {
                tally.unexpected.add("HTTP " + response.statusCode() + " " + response.body());
            }
            if (!retry) {
                return;
            }
        }
        tally.gaveUp.incrementAndGet();
    }

    static final class Tally {
        final AtomicInteger sends = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    }
}
