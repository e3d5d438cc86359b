package com.siglume.sdrp.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running shop (and the sandbox), as a browser or {@code curl} would
 * call them.
 */
final class ShopHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param contentType the Content-Type header, or empty
     * @param body the body text
     * @param headers every header of the answer
     */
    record Answer(int status, String contentType, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The first value of a header, or empty. */
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String origin;

    ShopHttp(String origin) {
        this.origin = origin;
    }

    static ShopHttp onPort(int port) {
        return new ShopHttp("http://127.0.0.1:" + port);
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    /**
     * Any request: {@code contentType} and {@code accept} are sent when not {@code null}, and a
     * {@code null} body sends none.
     */
    Answer request(String method, String path, String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    Answer postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer post(String path, byte[] body, String headerName, String headerValue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headerName != null) {
            request.header(headerName, headerValue);
        }
        return send(request);
    }

    /** {@code POST /checkout/siglume/start} for one order. */
    Answer startCheckout(String orderId) {
        return postJson("/checkout/siglume/start", "{\"order_id\":\"" + orderId + "\"}");
    }

    /** {@code POST /agent/orders/{id}/challenge}: the offer an agent pays an order with. */
    Answer agentChallenge(String orderId) {
        return postJson("/agent/orders/" + orderId + "/challenge", "");
    }

    /** {@code GET /orders/{id}} as JSON; fails the test on another status than 200. */
    JsonNode order(String orderId) {
        Answer answer = get("/orders/" + orderId);
        if (answer.status() != 200) {
            throw new AssertionError("GET /orders/" + orderId + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
