package com.siglume.sdrp.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The default {@link SiglumeHttpTransport}, built on {@link java.net.http.HttpClient}; needs no
 * library beyond the JDK.
 *
 * <p>The request timeout bounds the wait for the response head; the body is then streamed as the
 * caller reads it. Redirects are not followed, so a bearer token is never sent to a host the
 * caller did not name. Thread-safe; one instance may serve any number of clients.
 *
 * <p>One behaviour of {@link HttpClient} itself: when a connection closes before any byte of
 * the response arrived, it may resend an idempotent request (GET, DELETE) once on a new
 * connection before reporting a failure. It never does so for POST.
 */
public final class JdkHttpTransport implements SiglumeHttpTransport {

    /** Connect timeout of the default {@link HttpClient}. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient httpClient;

    /**
     * Creates a transport with its own {@link HttpClient}: redirects never followed, connect
     * timeout {@link #DEFAULT_CONNECT_TIMEOUT}.
     */
    public JdkHttpTransport() {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .build());
    }

    /**
     * Creates a transport on a caller-configured {@link HttpClient} (proxy, TLS, executor).
     *
     * @param httpClient the client to send with; should not follow redirects
     * @throws com.siglume.sdrp.SdrpValidationException when {@code httpClient} is {@code null}
     */
    public JdkHttpTransport(HttpClient httpClient) {
        if (httpClient == null) {
            throw new com.siglume.sdrp.SdrpValidationException("http_client", "httpClient is required");
        }
        this.httpClient = httpClient;
    }

    /**
     * Sends the request with {@link HttpClient#send}.
     *
     * @param request the request
     * @return the response with its unread body
     * @throws java.net.http.HttpTimeoutException when no response head arrived in time
     * @throws InterruptedIOException when the calling thread was interrupted (its interrupt flag
     *         is set again)
     * @throws IOException for any other failure to obtain a response
     */
    @Override
    public SiglumeHttpResponse send(SiglumeHttpRequest request) throws IOException {
        HttpRequest.BodyPublisher publisher = request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout())
                .method(request.method(), publisher);
        request.headers().forEach(builder::header);
        HttpResponse<InputStream> response;
        try {
            response = httpClient.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
            interrupted.initCause(e);
            throw interrupted;
        } catch (IllegalArgumentException e) {
            // HttpClient refuses some header names, values and URIs. Its message may quote a header
            // value (a bearer token), so neither the message nor the cause is passed on.
            throw new IOException("the HTTP client refused the request (invalid header or URI)");
        }
        return new SiglumeHttpResponse(response.statusCode(), response.headers(), response.body());
    }

    /**
     * Describes the transport.
     *
     * @return a fixed description
     */
    @Override
    public String toString() {
        return "JdkHttpTransport";
    }
}
