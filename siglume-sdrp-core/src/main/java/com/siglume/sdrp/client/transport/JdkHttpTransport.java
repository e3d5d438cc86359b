package com.siglume.sdrp.client.transport;

import com.siglume.sdrp.client.internal.AttemptDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link SiglumeHttpTransport}, built on {@link java.net.http.HttpClient}; needs no
 * library beyond the JDK.
 *
 * <p>The request timeout bounds the whole attempt: from sending the request until the last byte
 * of the body has been read, the JSON answers and the streamed settlement batch CSV alike. The
 * head must arrive within it ({@link HttpClient}'s own request timeout), and every read of the
 * body waits at most for what is left of it, then fails with an {@link HttpTimeoutException}. A
 * server that sends the head and then stalls mid-body is cut off when the timeout ends. The
 * exchange runs synchronously and the waits happen on the calling thread; no thread watches the
 * deadlines.
 *
 * <p>Redirects are not followed, so a bearer token is never sent to a host the caller did not
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
     * Sends the request and returns once the head has arrived; see the class description for
     * what the timeout bounds.
     *
     * @param request the request
     * @return the response, its body unread; reads of the body fail with an
     *         {@link HttpTimeoutException} once the timeout has passed
     * @throws java.net.http.HttpTimeoutException when the head did not arrive in time
     * @throws InterruptedIOException when the calling thread was interrupted (its interrupt flag
     *         is set again)
     * @throws IOException for any other failure to obtain a response
     */
    @Override
    public SiglumeHttpResponse send(SiglumeHttpRequest request) throws IOException {
        AttemptDeadline deadline = AttemptDeadline.start(request.timeout());
        HttpRequest httpRequest = toHttpRequest(request);
        HttpResponse<InputStream> response;
        try {
            // Synchronous: the asynchronous API would cost a thread hand-off per call. It returns
            // with the head; the request timeout bounds the wait for it, BoundedBody the rest.
            response = httpClient.send(httpRequest, info -> new BoundedBody(deadline));
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        return new SiglumeHttpResponse(response.statusCode(), response.headers(), response.body());
    }

    /** Restores the caller's interrupt, which the wait consumed, and reports it as I/O. */
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
     * The body as a stream whose reads wait for the next part at most until the deadline. The
     * client's threads hand each part over through a queue; one more part is asked for only when
     * the reader takes one, so at most two parts are held at a time. Closing the stream before
     * its end cancels the exchange.
     */
    static final class BoundedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

        private static final Object END = new Object();

        private final AttemptDeadline deadline;
        /** Parts ({@code List<ByteBuffer>}), then {@link #END} or the failure ({@code Throwable}). */
        private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
        private volatile Flow.@Nullable Subscription subscription;
        private volatile boolean closed;
        private Iterator<ByteBuffer> part = Collections.emptyIterator();
        private @Nullable ByteBuffer current;
        private boolean ended;
        private @Nullable IOException failed;

        BoundedBody(AttemptDeadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public CompletionStage<InputStream> getBody() {
            return CompletableFuture.completedStage(this);
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            if (closed) {
                value.cancel();
            } else {
                value.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            arrivals.add(item);
        }

        @Override
        public void onError(Throwable failure) {
            arrivals.add(failure);
        }

        @Override
        public void onComplete() {
            arrivals.add(END);
        }

        @Override
        public int read() throws IOException {
            ByteBuffer buffer = next();
            return buffer == null ? -1 : buffer.get() & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            ByteBuffer buffer = next();
            if (buffer == null) {
                return -1;
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(bytes, offset, count);
            return count;
        }

        @Override
        public int available() {
            return current != null ? current.remaining() : 0;
        }

        @Override
        public void close() {
            closed = true;
            if (ended) {
                // Read to the end: the exchange is over and its connection back in the pool, nothing to cancel.
                return;
            }
            Flow.Subscription value = subscription;
            if (value != null) {
                value.cancel();
            }
        }

        /** The buffer holding the next byte, or {@code null} at the end of the body. */
        private @Nullable ByteBuffer next() throws IOException {
            while (true) {
                if (closed) {
                    throw new IOException("the response body is closed");
                }
                if (current != null && current.hasRemaining()) {
                    return current;
                }
                if (part.hasNext()) {
                    current = part.next();
                    continue;
                }
                if (failed != null) {
                    throw failed;
                }
                if (ended) {
                    return null;
                }
                Object arrival = take();
                if (arrival == END) {
                    ended = true;
                } else if (arrival instanceof Throwable failure) {
                    failed = failure instanceof IOException io ? io
                            : new IOException("the response body broke off: " + failure.getClass().getName(), failure);
                } else {
                    @SuppressWarnings("unchecked")
                    List<ByteBuffer> buffers = (List<ByteBuffer>) arrival;
                    part = buffers.iterator();
                    subscription.request(1);
                }
            }
        }

        private Object take() throws IOException {
            Object arrival;
            try {
                arrival = arrivals.poll(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                close();
                throw interrupted(e);
            }
            if (arrival == null) {
                close();
                throw deadline.timedOut(null);
            }
            return arrival;
        }
    }
}
