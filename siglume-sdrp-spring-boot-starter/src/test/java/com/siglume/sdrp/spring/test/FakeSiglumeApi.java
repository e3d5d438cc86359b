package com.siglume.sdrp.spring.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback stand-in for the two merchant endpoints the health check reads: readiness and
 * the merchant account. Answers are set per test; every request is recorded.
 */
public final class FakeSiglumeApi implements AutoCloseable {

    /** A canned answer. */
    public record Answer(int status, String json, long delayMillis, String location) {

        /**
         * An answer without a {@code Location} header.
         *
         * @param status the HTTP status
         * @param json the body
         * @param delayMillis how long to wait before answering
         */
        public Answer(int status, String json, long delayMillis) {
            this(status, json, delayMillis, null);
        }

        /**
         * A redirect.
         *
         * @param location where to
         * @return the answer
         */
        public static Answer redirect(String location) {
            return new Answer(302, "{}", 0, location);
        }

        /**
         * A prompt answer.
         *
         * @param status the HTTP status
         * @param json the body
         * @return the answer
         */
        public static Answer of(int status, String json) {
            return new Answer(status, json, 0);
        }
    }

    /** A ready merchant, in the API's envelope. */
    public static final String READY = """
            {"data":{"standard_hosted_checkout_readiness":{"scope":"standard_hosted_checkout","ready":true,
            "status":"ready","checks":[],"missing_requirements":[],"blockers":[],"live_mode_enabled":true}},
            "meta":{"request_id":"req_1"}}""";

    /** A merchant that is not ready yet. */
    public static final String NOT_READY = """
            {"data":{"scope":"standard_hosted_checkout","ready":false,"status":"action_required","checks":[],
            "missing_requirements":["billing_mandate","terms_acceptance"],"blockers":["live_mode_disabled"]}}""";

    /** A not-found error as the API writes it. */
    public static final String NOT_FOUND = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"route not found\"}}";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicReference<Answer> readiness = new AtomicReference<>(Answer.of(200, READY));
    private final AtomicReference<Answer> merchant = new AtomicReference<>(Answer.of(404, NOT_FOUND));

    /**
     * Starts the server on a free loopback port.
     *
     * @throws IOException when it cannot bind
     */
    public FakeSiglumeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-siglume-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/sdrp/direct-payments/merchants/", this::handle);
        server.start();
    }

    /**
     * Starts a fake API for a static field, where a checked exception cannot be thrown.
     *
     * @return the started fake
     * @throws UncheckedIOException when it cannot bind
     */
    public static FakeSiglumeApi started() {
        try {
            return new FakeSiglumeApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the API base URL.
     *
     * @return for example {@code http://127.0.0.1:40123/v1}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /**
     * Sets the readiness answer.
     *
     * @param answer the answer
     */
    public void readiness(Answer answer) {
        readiness.set(answer);
    }

    /**
     * Sets the merchant account answer.
     *
     * @param answer the answer
     */
    public void merchant(Answer answer) {
        merchant.set(answer);
    }

    /**
     * Returns the paths requested so far.
     *
     * @return method and path of each request
     */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /**
     * Returns the Authorization headers received.
     *
     * @return the header values
     */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /**
     * Returns the User-Agent headers received.
     *
     * @return the header values
     */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** Forgets the recorded requests. */
    public void clear() {
        requests.clear();
        authorizations.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.add(authorization);
        }
        String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (userAgent != null) {
            userAgents.add(userAgent);
        }
        Answer answer = path.endsWith("/readiness") ? readiness.get() : merchant.get();
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (answer.location() != null) {
            exchange.getResponseHeaders().set("Location", answer.location());
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
