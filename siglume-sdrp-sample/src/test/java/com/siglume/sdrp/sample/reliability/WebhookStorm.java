package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.sandbox.SignedWebhook;
import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends webhook deliveries over real HTTP from many threads at once, in a shuffled order, the
 * way a sender that retries and duplicates would, and counts every answer.
 *
 * <p>Each delivery is one task: one or more targets (a shop instance's webhook URL) that are
 * sent the same bytes at the same moment. A sender that {@linkplain #retryUntilAcknowledged
 * retries} sends a target again after a non-2xx answer until it gets a 2xx, within a bound.
 */
final class WebhookStorm {

    /** Upper bound of sends per target and task; reaching it fails the storm (lost delivery). */
    static final int MAX_SENDS_PER_TARGET = 60;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every answer, counted. */
    static final class Tally {
        final AtomicInteger sends = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final AtomicInteger otherStatuses = new AtomicInteger();
        final AtomicInteger ioFailures = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> processedByEvent = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

        int outcome(String name) {
            AtomicInteger count = outcomes.get(name);
            return count == null ? 0 : count.get();
        }

        Map<String, Integer> processedByEvent() {
            Map<String, Integer> copy = new ConcurrentHashMap<>();
            processedByEvent.forEach((id, count) -> copy.put(id, count.get()));
            return copy;
        }

        String summary() {
            return "sends=" + sends + " acknowledged=" + acknowledged + " 5xx=" + serverErrors + " otherStatuses="
                    + otherStatuses + " ioFailures=" + ioFailures + " gaveUp=" + gaveUp + " outcomes=" + outcomes;
        }
    }

    /** One task: the same delivery to one or more targets at once. */
    record Task(SignedWebhook delivery, List<URI> targets) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Sends to the second and further targets of a task, so that all targets get it at once. */
    private final ExecutorService fanOut = Executors.newCachedThreadPool();
    private final int senders;
    private final boolean retryUntilAcknowledged;

    private WebhookStorm(int senders, boolean retryUntilAcknowledged) {
        this.senders = senders;
        this.retryUntilAcknowledged = retryUntilAcknowledged;
    }

    /** Senders that send every task once. */
    static WebhookStorm sendOnce(int senders) {
        return new WebhookStorm(senders, false);
    }

    /** Senders that send a target again after a non-2xx answer, until it is acknowledged. */
    static WebhookStorm retryUntilAcknowledged(int senders) {
        return new WebhookStorm(senders, true);
    }

    /**
     * Shuffles the tasks with the seed and sends them all.
     *
     * @return the counts
     */
    Tally run(List<Task> tasks, long seed) throws Exception {
        List<Task> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, new Random(seed));
        ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(shuffled);
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                workers.add(pool.submit(() -> {
                    Task task;
                    while ((task = queue.poll()) != null) {
                        send(task, tally);
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

    private void send(Task task, Tally tally) throws InterruptedException {
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (URI target : task.targets()) {
            inFlight.add(CompletableFuture.runAsync(() -> sendToTarget(task.delivery(), target,
                    tally), task.targets().size() == 1 ? Runnable::run : fanOut));
        }
        for (CompletableFuture<Void> future : inFlight) {
            try {
                future.get(5, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                tally.unexpected.add(String.valueOf(e));
            }
        }
    }

    private void sendToTarget(SignedWebhook delivery, URI target, Tally tally) {
        for (int attempt = 1; attempt <= MAX_SENDS_PER_TARGET; attempt++) {
            tally.sends.incrementAndGet();
            HttpResponse<String> response;
            try {
                HttpRequest request = HttpRequest.newBuilder(delivery.toHttpRequest(target), (name, value) -> true)
                        .timeout(Duration.ofSeconds(60)).build();
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                tally.ioFailures.incrementAndGet();
                tally.unexpected.add(delivery.eventId() + ": " + e);
                if (!retryUntilAcknowledged) {
                    return;
                }
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                tally.acknowledged.incrementAndGet();
                String outcome = outcomeOf(response.body());
                tally.outcomes.computeIfAbsent(outcome, name -> new AtomicInteger()).incrementAndGet();
                if ("processed".equals(outcome)) {
                    tally.processedByEvent.computeIfAbsent(delivery.eventId(), id -> new AtomicInteger())
                            .incrementAndGet();
                }
                return;
            }
            if (status / 100 == 5) {
                tally.serverErrors.incrementAndGet();
            } else {
                tally.otherStatuses.incrementAndGet();
                tally.unexpected.add(delivery.eventId() + ": HTTP " + status + " " + response.body());
            }
            if (!retryUntilAcknowledged) {
                return;
            }
        }
        tally.gaveUp.incrementAndGet();
    }

    private static String outcomeOf(String body) {
        JsonNode json = JSON.readTree(body);
        return json.path("outcome").asString("missing");
    }

    /** Releases the fan-out threads. */
    void close() {
        fanOut.shutdownNow();
    }
}
