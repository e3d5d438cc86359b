package com.siglume.sdrp.spring.ai.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The buyer routes of the Siglume API on a real loopback HTTP server, answering the protocol's
 * envelopes ({@code {data, meta}}, errors {@code {error: {code, message}}}): create, get and
 * verify payment requirement, execute prepared transaction, buyer metered summary. It keeps the
 * requirements it created and counts executions, and can be told to fail a route.
 */
public final class FakeBuyerApi implements AutoCloseable {

    /** The bearer token the fake accepts. */
    public static final String TOKEN = "usr_agent_token_for_tests";

    /** A scripted failure of one route. */
    public record Failure(int status, String code) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, ObjectNode> requirements = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> executedRequirements = new CopyOnWriteArrayList<>();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final AtomicReference<Failure> createFailure = new AtomicReference<>();
    private final AtomicReference<Failure> executeFailure = new AtomicReference<>();
    private final AtomicReference<Long> requirementAmountOverride = new AtomicReference<>();
    private volatile boolean dropExecute;

    private FakeBuyerApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts the fake on a free loopback port.
     *
     * @return the running fake
     */
    public static FakeBuyerApi start() {
        try {
            return new FakeBuyerApi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base URL of the API, {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requirement ids in the order they were executed. */
    public List<String> executedRequirements() {
        return List.copyOf(executedRequirements);
    }

    /** How many requirements were asked for. */
    public int createCalls() {
        return createCalls.get();
    }

    /** Makes every create-requirement call fail, or succeed again with {@code null}. */
    public void failCreate(Failure failure) {
        createFailure.set(failure);
    }

    /** Makes every execute call fail, or succeed again with {@code null}. */
    public void failExecute(Failure failure) {
        executeFailure.set(failure);
    }

    /** Makes execute calls record the payment and then drop the connection with no answer. */
    public void dropExecuteAnswers(boolean drop) {
        dropExecute = drop;
    }

    /** Makes created requirements carry another amount than was asked for, or the asked one with {@code null}. */
    public void overrideRequirementAmount(Long amount) {
        requirementAmountOverride.set(amount);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                error(exchange, 401, "UNAUTHENTICATED", "bearer token required");
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (method.equals("POST") && path.equals("/v1/sdrp/direct-payments/requirements")) {
                create(exchange, JSON.readTree(body));
            } else if (method.equals("POST") && path.equals("/v1/market/web3/transactions/execute-prepared")) {
                execute(exchange, JSON.readTree(body));
            } else if (method.equals("POST") && path.startsWith("/v1/sdrp/direct-payments/requirements/")
                    && path.endsWith("/verify")) {
                String id = path.substring("/v1/sdrp/direct-payments/requirements/".length(), path.length() - "/verify".length());
                found(exchange, id);
            } else if (method.equals("GET") && path.startsWith("/v1/sdrp/direct-payments/requirements/")) {
                found(exchange, path.substring("/v1/sdrp/direct-payments/requirements/".length()));
            } else if (method.equals("GET") && path.equals("/v1/sdrp/metered/my-summary")) {
                data(exchange, 200, JSON.readTree("{\"role\":\"buyer\",\"open_periods\":[{\"plan_type\":\"micro\","
                        + "\"token_symbol\":\"JPYC\",\"gross_minor\":\"300\"}],\"settlement_batches\":[],"
                        + "\"past_due_blocks\":[]}"));
            } else {
                error(exchange, 404, "SANDBOX_ROUTE_NOT_FOUND", "no route " + method + " " + path);
            }
        }
    }

    private void create(HttpExchange exchange, JsonNode body) throws IOException {
        createCalls.incrementAndGet();
        Failure failure = createFailure.get();
        if (failure != null) {
            error(exchange, failure.status(), failure.code(), "scripted failure");
            return;
        }
        String id = "dpr_" + ids.incrementAndGet();
        long amount = body.get("amount_minor").asLong();
        Long override = requirementAmountOverride.get();
        ObjectNode requirement = JSON.createObjectNode()
                .put("requirement_id", id).put("id", id).put("mode", body.get("mode").asString())
                .put("merchant", body.get("merchant").asString())
                .put("amount_minor", override != null ? override : amount)
                .put("currency", body.get("currency").asString())
                .put("challenge_hash", "sha256:fake").put("status", "pending")
                .put("pricing_band", amount >= 501 ? "standard" : amount >= 50 ? "micro" : "nano");
        requirement.putObject("transaction_request").put("network", "polygon").put("chain_id", 137)
                .put("to", "0xmerchant").put("data", "0x" + id);
        requirements.put(id, requirement);
        data(exchange, 201, requirement);
    }

    private void execute(HttpExchange exchange, JsonNode body) throws IOException {
        Failure failure = executeFailure.get();
        if (failure != null) {
            error(exchange, failure.status(), failure.code(), "scripted failure");
            return;
        }
        String id = body.get("reference_id").asString();
        ObjectNode requirement = requirements.get(id);
        if (requirement == null) {
            error(exchange, 404, "NOT_FOUND", "no requirement " + id);
            return;
        }
        executedRequirements.add(id);
        requirement.put("status", "verified").put("chain_receipt_id", "chr_" + id);
        if (dropExecute) {
            return;
        }
        ObjectNode result = JSON.createObjectNode();
        result.putObject("receipt").put("receipt_id", "rcpt_" + id).put("chain_receipt_id", "chr_" + id);
        result.putObject("finalization").put("status", "submitted");
        data(exchange, 200, result);
    }

    private void found(HttpExchange exchange, String id) throws IOException {
        ObjectNode requirement = requirements.get(id);
        if (requirement == null) {
            error(exchange, 404, "NOT_FOUND", "no requirement " + id);
        } else {
            data(exchange, 200, requirement);
        }
    }

    private static void data(HttpExchange exchange, int status, JsonNode data) throws IOException {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("data", data);
        envelope.putObject("meta").put("request_id", "req_fake").put("trace_id", "trc_fake");
        send(exchange, status, envelope);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("error").put("code", code).put("message", message);
        send(exchange, status, envelope);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
