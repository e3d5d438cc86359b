package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.client.transport.JdkHttpTransport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The end of one attempt: its timeout after the request was sent. The one meaning of a client's
 * {@code timeout}: sending the request, receiving the head and reading the whole body must all
 * be done by then.
 *
 * <p>Checked on the calling thread, never by a watcher: {@link #bound(InputStream)} checks it
 * around every read of a body, and {@link JdkHttpTransport} waits for the head and for each
 * part of the body at most {@link #remainingNanos()}.
 *
 * <p>Not part of the public API.
 */
public final class AttemptDeadline {

    /** Keeps {@code nanoTime} arithmetic free of overflow for absurdly long timeouts. */
    private static final long MAX_NANOS = Long.MAX_VALUE / 4;

    private final Duration timeout;
    private final long due;

    private AttemptDeadline(Duration timeout) {
        this.timeout = timeout;
        long nanos = timeout.compareTo(Duration.ofNanos(MAX_NANOS)) > 0 ? MAX_NANOS : timeout.toNanos();
        this.due = System.nanoTime() + nanos;
    }

    /**
     * Starts the deadline of an attempt that is being sent now.
     *
     * @param timeout the time the attempt may take; positive
     */
    public static AttemptDeadline start(Duration timeout) {
        return new AttemptDeadline(timeout);
    }

    /** Nanoseconds left; zero or less once the deadline has passed. */
    public long remainingNanos() {
        return due - System.nanoTime();
    }

    public boolean passed() {
        return remainingNanos() <= 0;
    }

    /** The failure of an attempt that did not end in time; the client reports it as a timeout. */
    public HttpTimeoutException timedOut(@Nullable Throwable cause) {
        HttpTimeoutException timedOut = new HttpTimeoutException("the response did not arrive completely within "
                + timeout.toMillis() + " ms");
        if (cause != null) {
            timedOut.initCause(cause);
        }
        return timedOut;
    }

    /**
     * Bounds a response body by this deadline: a read that starts after it, or that ends after
     * it (with data or with a failure, such as the stream being closed because the transport's
     * own timer fired), fails with an {@link HttpTimeoutException}. The transport must make sure
     * no single read blocks much longer than the deadline (a read timeout, for example).
     */
    public InputStream bound(InputStream body) {
        return new BoundedStream(body);
    }

    /** One read of the underlying stream: {@code read()}, {@code read(byte[], int, int)} or {@code skip}. */
    @FunctionalInterface
    private interface Step {
        long run() throws IOException;
    }

    /** A body whose every read is checked against the deadline, before and after. */
    private final class BoundedStream extends FilterInputStream {

        public BoundedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return (int) checked(super::read);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return (int) checked(() -> super.read(buffer, offset, length));
        }

        @Override
        public long skip(long count) throws IOException {
            return checked(() -> super.skip(count));
        }

        private long checked(Step step) throws IOException {
            check(null);
            long result;
            try {
                result = step.run();
            } catch (IOException e) {
                check(e);
                throw e;
            }
            check(null);
            return result;
        }

        private void check(@Nullable IOException cause) throws HttpTimeoutException {
            if (passed()) {
                throw cause instanceof HttpTimeoutException timeout ? timeout : timedOut(cause);
            }
        }
    }
}
