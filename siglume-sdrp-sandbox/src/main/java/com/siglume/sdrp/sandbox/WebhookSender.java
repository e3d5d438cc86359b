package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers webhook events like a real sender: the first attempt on the caller's thread, then,
 * while attempts get no 2xx answer, retries in the background with exponential backoff.
 *
 * <p>Thread-safe: the delivery log, the URL and the policy are guarded by one lock that is never
 * held while sending; the fault queue has its own.
 */
final class WebhookSender implements AutoCloseable {

    /** Offset applied by {@link WebhookFault#STALE_SIGNATURE}, well past the 300-second tolerance. */
    private static final long STALE_SECONDS = 3600;

    private final Object lock = new Object();
    private final String secret;
    private final Clock clock;
    private final Duration timeout;
    private final WebhookRetryPolicy initialPolicy;
    private final ExecutorService httpExecutor;
    private final HttpClient httpClient;
    private final ScheduledExecutorService retryScheduler;
    private final FaultQueue<WebhookFault> faults = new FaultQueue<>();

    // Guarded by lock.
    private String webhookUrl;
    private WebhookRetryPolicy policy;
    private final List<DeliveryRecord> deliveries = new ArrayList<>();
    private long deliveryCounter;
    private long generation;
    private int pending;
    private boolean closed;

    WebhookSender(String secret, String webhookUrl, WebhookRetryPolicy policy, Duration timeout, Clock clock,
                  String threadPrefix) {
        this.secret = secret;
        this.webhookUrl = webhookUrl;
        this.initialPolicy = policy;
        this.policy = policy;
        this.timeout = timeout;
        this.clock = clock;
        this.httpExecutor = Executors.newCachedThreadPool(SandboxServer.daemonThreads(threadPrefix + "-webhook"));
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpExecutor)
                .build();
        this.retryScheduler = Executors.newSingleThreadScheduledExecutor(
                SandboxServer.daemonThreads(threadPrefix + "-webhook-retry"));
    }

    String webhookUrl() {
        synchronized (lock) {
            return webhookUrl;
        }
    }

    void webhookUrl(String url) {
        synchronized (lock) {
            webhookUrl = url;
        }
    }

    WebhookRetryPolicy retryPolicy() {
        synchronized (lock) {
            return policy;
        }
    }

    void retryPolicy(WebhookRetryPolicy newPolicy) {
        synchronized (lock) {
            policy = newPolicy;
        }
    }

    FaultQueue<WebhookFault> faults() {
        return faults;
    }

    /** Forgets every delivery and fault and drops scheduled retries. */
    void reset() {
        synchronized (lock) {
            deliveries.clear();
            deliveryCounter = 0;
            generation++;
            policy = initialPolicy;
            faults.clear();
        }
    }

    /** Every delivery, newest first. */
    List<WebhookDelivery> deliveries() {
        synchronized (lock) {
            List<WebhookDelivery> result = new ArrayList<>(deliveries.size());
            for (int i = deliveries.size() - 1; i >= 0; i--) {
                result.add(deliveries.get(i).snapshot());
            }
            return result;
        }
    }

    /**
     * Starts a delivery of an event: records it, makes the first attempt now and schedules
     * retries when it fails.
     *
     * @return the delivery as it stands after the first attempt
     */
    WebhookDelivery deliver(StoredEvent event) {
        DeliveryRecord record;
        synchronized (lock) {
            if (closed) {
                throw new SandboxException(503, "SANDBOX_CLOSED", "the sandbox is closed");
            }
            deliveryCounter++;
            record = new DeliveryRecord("whdel_sandbox_" + deliveryCounter, event, generation);
            pending++;
        }
        attempt(record, 1);
        synchronized (lock) {
            return record.snapshot();
        }
    }

    /** Waits until no attempt is running or scheduled; true when that happened in time. */
    boolean awaitIdle(Duration wait) {
        if (wait == null || wait.isNegative()) {
            throw new SdrpValidationException("timeout", "timeout must not be negative");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            try {
                while (pending > 0 && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException(503, "SANDBOX_INTERRUPTED", "interrupted while waiting for deliveries", e);
            }
            return true;
        }
    }

    private void attempt(DeliveryRecord record, int number) {
        WebhookFault fault;
        String url;
        synchronized (lock) {
            fault = faults.poll();
            url = webhookUrl;
        }
        Instant attemptedAt = clock.instant();
        Integer status = null;
        String error = null;
        if (fault == WebhookFault.UNREACHABLE) {
            error = "injected fault: unreachable";
        } else if (url == null) {
            error = "no webhook URL is configured";
        } else {
            try {
                status = send(url, record.event.body(), fault, attemptedAt);
            } catch (HttpTimeoutException e) {
                error = "timed out after " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                error = "connection failed: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (RuntimeException e) {
                // A URL the client cannot use, or a client already shut down by close().
                error = "not sent: " + e.getClass().getSimpleName();
            }
        }
        WebhookAttempt result = new WebhookAttempt(number, attemptedAt, status, error, fault);
        boolean duplicate = fault == WebhookFault.DUPLICATE;
        synchronized (lock) {
            if (number == 1 && record.generation == generation) {
                // Listed once its first attempt is known, as the reference records it.
                deliveries.add(record);
            }
            record.attempts.add(result);
            record.nextAttemptAt = null;
            if (result.succeeded()) {
                record.deliveredAt = attemptedAt;
            } else if (number < policy.maxAttempts() && record.generation == generation && !closed) {
                Duration backoff = policy.backoffBefore(number + 1);
                record.nextAttemptAt = attemptedAt.plus(backoff);
                pending++;
                try {
                    retryScheduler.schedule(() -> retry(record, number + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    pending--;
                    record.nextAttemptAt = null;
                }
            }
            pending--;
            lock.notifyAll();
        }
        if (duplicate) {
            deliverQuietly(record.event);
        }
    }

    private void retry(DeliveryRecord record, int number) {
        boolean current;
        synchronized (lock) {
            current = record.generation == generation && !closed;
            if (!current) {
                pending--;
                lock.notifyAll();
            }
        }
        if (current) {
            attempt(record, number);
        }
    }

    private void deliverQuietly(StoredEvent event) {
        try {
            deliver(event);
        } catch (SandboxException closedMeanwhile) {
            // Closing while a duplicate is due just drops the duplicate.
        }
    }

    private int send(String url, byte[] body, WebhookFault fault, Instant now)
            throws IOException, InterruptedException {
        long timestamp = now.getEpochSecond();
        String signingSecret = secret;
        if (fault == WebhookFault.STALE_SIGNATURE) {
            timestamp -= STALE_SECONDS;
        } else if (fault == WebhookFault.BAD_SIGNATURE) {
            signingSecret = secret + "_not_the_signing_secret";
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(Sdrp.SIGNATURE_HEADER, WebhookSignatures.header(signingSecret, body, timestamp))
                .header("X-Siglume-Environment", "sandbox")
                .header("User-Agent", "siglume-sdrp-sandbox/" + Sdrp.version())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return httpClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            generation++;
            lock.notifyAll();
        }
        retryScheduler.shutdownNow();
        httpExecutor.shutdownNow();
        if (httpClient instanceof AutoCloseable closeable) {
            // HttpClient is AutoCloseable from Java 21 on; on 17 its threads end with it.
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Nothing left to release.
            }
        }
    }

    /** One delivery's mutable state; guarded by the sender's lock. */
    private static final class DeliveryRecord {
        final String id;
        final StoredEvent event;
        final long generation;
        final List<WebhookAttempt> attempts = new ArrayList<>();
        Instant deliveredAt;
        Instant nextAttemptAt;

        DeliveryRecord(String id, StoredEvent event, long generation) {
            this.id = id;
            this.event = event;
            this.generation = generation;
        }

        WebhookDelivery snapshot() {
            WebhookAttempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            return new WebhookDelivery(id, WebhookDelivery.SANDBOX_SUBSCRIPTION_ID, event.id(), event.type(),
                    deliveredAt != null ? WebhookDelivery.DELIVERED : WebhookDelivery.FAILED,
                    last == null ? null : last.responseStatus(), deliveredAt, nextAttemptAt, attempts);
        }
    }
}
