package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint for tests: records every POST, verifies its signature with the core
 * verifier, answers 401 to a bad signature, and otherwise answers 204 unless told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(byte[] body, String signatureHeader, String environmentHeader, boolean signatureValid,
                    VerifiedWebhook verified, int answeredStatus) {
    }

    private final HttpServer server;
    private final WebhookVerifier verifier;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> scriptedStatuses = new ArrayDeque<>();

    WebhookReceiver(String secret) throws IOException {
        this.verifier = WebhookVerifier.builder().secret(secret).build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/siglume/webhook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String header = exchange.getRequestHeaders().getFirst("Siglume-Signature");
            VerifiedWebhook verified = null;
            try {
                verified = verifier.verify(body, header);
            } catch (WebhookSignatureException | com.siglume.sdrp.webhook.WebhookPayloadException e) {
                verified = null;
            }
            int status;
            synchronized (this) {
                Integer scripted = scriptedStatuses.pollFirst();
                status = verified == null ? 401 : scripted == null ? 204 : scripted;
                received.add(new Received(body, header, exchange.getRequestHeaders().getFirst("X-Siglume-Environment"),
                        verified != null, verified, status));
                notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Makes the next valid deliveries answer these statuses, in order, before going back to 204. */
    synchronized void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedStatuses.addLast(status);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/siglume/webhook";
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived. */
    synchronized List<Received> awaitReceived(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " deliveries, got " + received.size());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
