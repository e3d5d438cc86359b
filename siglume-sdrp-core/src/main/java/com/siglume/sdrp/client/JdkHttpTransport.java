package com.siglume.sdrp.client;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * The default {@link SiglumeHttpTransport}, built on {@link java.net.http.HttpClient}; needs no
 * library beyond the JDK.
 *
 * <p>What the request timeout bounds:
 * <ul>
 *   <li>A JSON call (an {@code Accept} header that starts with {@code application/json}, or none)
 *       is bounded in total: the response head and the whole body must arrive within the
 *       timeout, measured from the moment the request is sent. A server that sends the head and
 *       then stalls mid-body is cut off when the timeout ends, with an
 *       {@link HttpTimeoutException}. The body is read into memory before this method returns.
 *       The exchange runs on the calling thread; the deadline interrupts it and clears that
 *       interrupt again before returning.</li>
 *   <li>A streamed call (any other {@code Accept}, such as the settlement batch CSV) is bounded per
 *       step: the response head must arrive within the timeout, and then each read of the body
 *       must receive data within the timeout, else the stream is closed and the read fails with
 *       an {@link HttpTimeoutException}. A server that keeps sending slowly can make the whole
 *       download take longer than one timeout; a server that stops sending cannot hang it.</li>
 * </ul>
 * Redirects are not followed, so a bearer token is never sent to a host the caller did not
 * name. Thread-safe; one instance may serve any number of clients.
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
     * Sends the request; see the class description for what the timeout bounds.
     *
     * @param request the request
     * @return the response: for a JSON call with its body already read, for a streamed call
     *         with its body unread
     * @throws java.net.http.HttpTimeoutException when the response (head, or for a JSON call head
     *         and body) did not arrive in time
     * @throws InterruptedIOException when the calling thread was interrupted (its interrupt flag
     *         is set again)
     * @throws IOException for any other failure to obtain a response
     */
    @Override
    public SiglumeHttpResponse send(SiglumeHttpRequest request) throws IOException {
        HttpRequest httpRequest = toHttpRequest(request);
        return readsWhole(request) ? sendWhole(httpRequest, request.timeout()) : sendStreamed(httpRequest,
                request.timeout());
    }

    /**
     * A JSON answer is small: read it whole, head and body under one deadline. The exchange runs
     * synchronously on the calling thread (the asynchronous API costs a thread hand-off per call);
     * when the deadline passes, the calling thread is interrupted, which makes the client abort the
     * exchange and release its connection.
     */
    private SiglumeHttpResponse sendWhole(HttpRequest httpRequest, Duration timeout) throws IOException {
        DeadlineWatch.Deadline deadline = DeadlineWatch.arm(timeout, Thread.currentThread()::interrupt);
        HttpResponse<byte[]> response;
        try {
            response = httpClient.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            if (settle(deadline)) {
                throw new HttpTimeoutException("the response did not arrive completely within " + timeout.toMillis()
                        + " ms");
            }
            throw interrupted(e);
        } catch (IllegalArgumentException e) {
            settle(deadline);
            throw refused();
        } catch (IOException | RuntimeException e) {
            settle(deadline);
            throw e;
        }
        // Should the deadline pass between the answer and this line, the answer is kept.
        settle(deadline);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        return new SiglumeHttpResponse(response.statusCode(), response.headers(), new ByteArrayInputStream(body));
    }

    /**
     * Disarms a deadline whose expiry interrupts the calling thread, and clears that interrupt if
     * it came: it has been delivered by the time {@code disarm} returns, so it cannot leak into
     * the caller's next blocking call.
     */
    static boolean settle(DeadlineWatch.Deadline deadline) {
        boolean expired = deadline.disarm();
        if (expired) {
            Thread.interrupted();
        }
        return expired;
    }

    /** A streamed answer (CSV) is never held whole: each read is bounded instead. */
    private SiglumeHttpResponse sendStreamed(HttpRequest httpRequest, Duration timeout) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = httpClient.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        return new SiglumeHttpResponse(response.statusCode(), response.headers(),
                new ReadTimeoutInputStream(response.body(), timeout));
    }

    /** Restores the caller's interrupt, which the client consumed, and reports it as I/O. */
    private static InterruptedIOException interrupted(InterruptedException cause) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
        interrupted.initCause(cause);
        return interrupted;
    }

    private static HttpRequest toHttpRequest(SiglumeHttpRequest request) throws IOException {
        HttpRequest.BodyPublisher publisher = request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                    .timeout(request.timeout())
                    .method(request.method(), publisher);
            request.headers().forEach(builder::header);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw refused();
        }
    }

    /**
     * HttpClient refuses some header names, values and URIs. Its message may quote a header
     * value (a bearer token), so neither the message nor the cause is passed on.
     */
    private static IOException refused() {
        return new IOException("the HTTP client refused the request (invalid header or URI)");
    }

    /** Whether the answer is read whole: JSON (or no stated preference), not a streamed format. */
    static boolean readsWhole(SiglumeHttpRequest request) {
        String accept = request.header("Accept").orElse("").trim().toLowerCase(Locale.ROOT);
        return accept.isEmpty() || accept.startsWith("application/json") || accept.startsWith("*/*");
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

    /**
     * A body stream whose every read must receive data within the timeout. A deadline closes the
     * underlying stream when a read waits longer, which ends the blocked read; the read then
     * reports an {@link HttpTimeoutException}.
     */
    static final class ReadTimeoutInputStream extends FilterInputStream {

        private final Duration timeout;
        private volatile boolean timedOut;

        ReadTimeoutInputStream(InputStream in, Duration timeout) {
            super(in);
            this.timeout = timeout;
        }

        @Override
        public int read() throws IOException {
            DeadlineWatch.Deadline deadline = arm();
            try {
                return super.read();
            } catch (IOException e) {
                throw timedOut ? timeout(e) : e;
            } finally {
                deadline.disarm();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            DeadlineWatch.Deadline deadline = arm();
            try {
                int read = super.read(buffer, offset, length);
                if (read < 0 && timedOut) {
                    throw timeout(null);
                }
                return read;
            } catch (IOException e) {
                throw timedOut ? timeout(e) : e;
            } finally {
                deadline.disarm();
            }
        }

        @Override
        public long skip(long count) throws IOException {
            DeadlineWatch.Deadline deadline = arm();
            try {
                return super.skip(count);
            } catch (IOException e) {
                throw timedOut ? timeout(e) : e;
            } finally {
                deadline.disarm();
            }
        }

        private DeadlineWatch.Deadline arm() {
            return DeadlineWatch.arm(timeout, this::expire);
        }

        private void expire() {
            timedOut = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // The read this ends reports the timeout; a close failure adds nothing.
            }
        }

        private HttpTimeoutException timeout(IOException cause) {
            HttpTimeoutException timeout = new HttpTimeoutException("no response data arrived within "
                    + this.timeout.toMillis() + " ms");
            if (cause != null) {
                timeout.initCause(cause);
            }
            return timeout;
        }
    }
}
