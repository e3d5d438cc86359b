package com.siglume.sdrp.spring.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends real HTTP requests to a running test application.
 */
public final class WebhookHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    /**
     * Creates a sender for an application on a local port.
     *
     * @param port the server port
     */
    public WebhookHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /**
     * POSTs a body with a known length.
     *
     * @param path the path
     * @param body the body
     * @param signature the {@code Siglume-Signature} value, or {@code null} for none
     * @return the response
     * @throws IOException on I/O failure
     * @throws InterruptedException when interrupted
     */
    public HttpResponse<String> post(String path, byte[] body, String signature)
            throws IOException, InterruptedException {
        return send(request(path, signature).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * POSTs a body of unknown length, so it is sent chunked.
     *
     * @param path the path
     * @param body the body
     * @param signature the {@code Siglume-Signature} value, or {@code null} for none
     * @return the response
     * @throws IOException on I/O failure
     * @throws InterruptedException when interrupted
     */
    public HttpResponse<String> postChunked(String path, byte[] body, String signature)
            throws IOException, InterruptedException {
        return send(request(path, signature)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    /**
     * Sends a request with any method and no body.
     *
     * @param method the method
     * @param path the path
     * @return the response
     * @throws IOException on I/O failure
     * @throws InterruptedException when interrupted
     */
    public HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return send(request(path, null).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path, String signature) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (signature != null) {
            builder.header("Siglume-Signature", signature);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
