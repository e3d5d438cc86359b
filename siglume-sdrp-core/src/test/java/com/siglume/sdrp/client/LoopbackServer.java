package com.siglume.sdrp.client;

import com.siglume.sdrp.client.internal.ClientJson;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A real HTTP server on a loopback port chosen by the system. Records every request and answers
 * with scripted responders, in order; once the script is used up, the last responder repeats.
 */
final class LoopbackServer implements AutoCloseable {

    /** One request as the server received it. */
    record Recorded(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return ClientJson.parse(body).orElseThrow();
        }

        /** Path and query as sent, for example {@code /v1/a%20b?x=1}. */
        String target() {
            return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new ArrayList<>();
    private final Deque<Responder> script = new ArrayDeque<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private Responder last = json(404, "{\"error\":{\"code\":\"NO_SCRIPT\",\"message\":\"no response scripted\"}}");

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static LoopbackServer start() {
        try {
            return new LoopbackServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base URL of the API, {@code http://127.0.0.1:<port>/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Adds responders to the script. */
    synchronized LoopbackServer then(Responder... responders) {
        script.addAll(List.of(responders));
        return this;
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    synchronized Recorded only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.get(0);
    }

    /** Lets stalled responders finish. */
    void release() {
        released.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Responder responder;
        synchronized (this) {
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body));
            if (!script.isEmpty()) {
                last = script.poll();
            }
            responder = last;
        }
        try {
            responder.respond(exchange);
        } finally {
            exchange.close();
        }
    }

    /** Answers with a status and a body with the given content type. */
    static Responder body(int status, String contentType, String body, Map<String, String> headers) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        };
    }

    static Responder json(int status, String body) {
        return body(status, "application/json", body, Map.of());
    }

    static Responder json(int status, String body, Map<String, String> headers) {
        return body(status, "application/json", body, headers);
    }

    /** Answers 200 with {@code {"data": <data>, "meta": {...}}}. */
    static Responder envelope(String data) {
        return json(200, "{\"data\":" + data + ",\"meta\":{\"request_id\":\"req_1\",\"trace_id\":\"trc_1\"}}");
    }

    /** Closes the connection without any response. */
    static Responder dropConnection() {
        return exchange -> {
            // Closing an exchange before sending a status line drops the connection.
        };
    }

    /** Waits (up to 10 s, or until {@link #release()}) before answering, so the client times out. */
    Responder stall(Responder then) {
        return exchange -> {
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.respond(exchange);
        };
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
