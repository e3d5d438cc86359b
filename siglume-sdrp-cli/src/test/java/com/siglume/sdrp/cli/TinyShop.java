package com.siglume.sdrp.cli;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The smallest shop a test delivery can reach: {@code POST /siglume/webhook} verified with the
 * core verifier, 401 for a bad signature, else 200, or the status it is told to answer.
 */
final class TinyShop implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<VerifiedWebhook> received = new ArrayList<>();
    private volatile int status = 200;

    TinyShop(String webhookSecret) {
        WebhookVerifier verifier = WebhookVerifier.builder().secret(webhookSecret).build();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/siglume/webhook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int answer;
            try {
                VerifiedWebhook verified = verifier.verify(body, exchange.getRequestHeaders().getFirst(Sdrp.SIGNATURE_HEADER));
                synchronized (received) {
                    received.add(verified);
                }
                answer = status;
            } catch (WebhookSignatureException | WebhookPayloadException e) {
                answer = 401;
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers every verified delivery with this status from now on. */
    void answer(int httpStatus) {
        this.status = httpStatus;
    }

    /** Forgets what was received and answers 200 again. */
    void reset() {
        synchronized (received) {
            received.clear();
        }
        status = 200;
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/siglume/webhook";
    }

    List<VerifiedWebhook> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
