package com.siglume.sdrp.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for the tests, on java.net.http. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final String token;

    /** A client for a sandbox origin ({@code http://127.0.0.1:<port>}), sending a bearer token when given. */
    Http(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static Http merchant(SiglumeSandbox sandbox) {
        return new Http(sandbox.baseUrl(), sandbox.merchantAuthToken());
    }

    static Http buyer(SiglumeSandbox sandbox) {
        return new Http(sandbox.baseUrl(), sandbox.buyerAuthToken());
    }

    /** A response with its body kept as bytes and, when JSON, parsed. */
    record Response(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return JSON.readValue(body, Map.class);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) json().get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dataList() {
            return (List<Map<String, Object>>) json().get("data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) json().get("error");
        }
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE().build());
    }

    Response post(String path, Object json) throws IOException, InterruptedException {
        return send(withBody(request(path), "POST", json));
    }

    Response put(String path, Object json) throws IOException, InterruptedException {
        return send(withBody(request(path), "PUT", json));
    }

    Response postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    HttpClient client() {
        return client;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest withBody(HttpRequest.Builder builder, String method, Object json) {
        byte[] body = json == null ? new byte[0] : json instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(json);
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A create-session body for the sandbox merchant. */
    static Map<String, Object> session(long amountMinor, String currency) {
        return Map.of(
                "merchant", "sandbox_merchant",
                "amount_minor", amountMinor,
                "currency", currency,
                "nonce", "nonce_" + currency + "_" + amountMinor,
                "success_url", "http://localhost:3000/success",
                "cancel_url", "http://localhost:3000/cancel");
    }

    /** A create-requirement body for the sandbox merchant, with a challenge signed by its secret. */
    static Map<String, Object> requirement(SiglumeSandbox sandbox, long amountMinor, String currency, String nonce) {
        return Map.of(
                "mode", "external_402",
                "merchant", sandbox.merchant(),
                "amount_minor", amountMinor,
                "currency", currency,
                "challenge", sandbox.challenge(amountMinor, currency, nonce).challenge());
    }

    /** The execute-prepared body that pays a requirement as the payment client sends it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> payment(Map<String, Object> requirement) {
        return Map.of(
                "transaction_request", requirement.get("transaction_request"),
                "receipt_kind", "sdrp_direct_payment",
                "reference_type", "sdrp_direct_payment_requirement",
                "reference_id", requirement.get("requirement_id"),
                "metadata", ((Map<String, Object>) requirement.get("transaction_request")).get("metadata_jsonb"),
                "await_finality", false);
    }
}
