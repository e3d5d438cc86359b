package com.siglume.sdrp.spring.client;

import com.siglume.sdrp.client.transport.SiglumeHttpRequest;
import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A {@link SiglumeHttpTransport} on Spring's {@link RestClient}, so the Siglume clients get
 * what the application configured for its HTTP clients: observations
 * ({@code http.client.requests}), SSL bundles, proxies and {@code RestClientCustomizer}s.
 *
 * <p>Moves bytes only: no retries, no message conversion, no logging. The RestClient must not
 * follow redirects, and its request factory's read timeout must be the client's timeout; the
 * auto-configuration builds it so from {@code siglume.client.timeout}.
 *
 * <p>The timeout means what it means with {@link com.siglume.sdrp.client.transport.JdkHttpTransport}: the
 * whole attempt, from sending the request to the end of reading the body. The read timeout
 * ends any single wait (for the head, or for more of the body); the Siglume client checks the
 * deadline around every read of the body, so a body that keeps trickling in is cut off at the
 * timeout as well.
 */
public final class RestClientSiglumeTransport implements SiglumeHttpTransport {

    private final Supplier<RestClient> restClient;

    /**
     * Creates the transport.
     *
     * @param restClient the client to send with
     */
    public RestClientSiglumeTransport(RestClient restClient) {
        this.restClient = () -> restClient;
    }

    /**
     * Creates a transport whose client is built when it is first needed, once: an application
     * that configures no Siglume client never pays for building an HTTP client.
     *
     * @param restClient builds the client to send with; called at most once
     */
    public RestClientSiglumeTransport(Supplier<RestClient> restClient) {
        this.restClient = SingletonSupplier.of(restClient);
    }

    /**
     * Returns the client this transport sends with, building it now if it was not built yet.
     *
     * @return the client
     */
    public RestClient restClient() {
        return restClient.get();
    }

    @Override
    public SiglumeHttpResponse send(SiglumeHttpRequest request) throws IOException {
        RestClient.RequestBodySpec spec = restClient().method(HttpMethod.valueOf(request.method()))
                .uri(request.uri())
                .headers(headers -> request.headers().forEach(headers::set));
        if (request.hasBody()) {
            spec = spec.body(request.body());
        }
        try {
            return spec.exchange((clientRequest, response) -> toResponse(response), false);
        } catch (ResourceAccessException e) {
            // The I/O failure (timeout, refused connection) is the cause; the client maps its type.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the HTTP request failed", e);
        } catch (RestClientException e) {
            throw new IOException("the HTTP request failed", e);
        }
    }

    private static SiglumeHttpResponse toResponse(ClientHttpResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(headers::put);
        InputStream body = new FilterInputStream(response.getBody()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    response.close();
                }
            }
        };
        return SiglumeHttpResponse.of(response.getStatusCode().value(), headers, body);
    }

    @Override
    public String toString() {
        return "RestClientSiglumeTransport";
    }
}
