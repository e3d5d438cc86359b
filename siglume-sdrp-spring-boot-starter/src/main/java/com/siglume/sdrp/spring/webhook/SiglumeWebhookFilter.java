package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.Sdrp;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;

/**
 * The webhook endpoint: a servlet filter mapped to exactly {@code siglume.webhook.path} that
 * answers the request itself, so neither Spring MVC nor Spring Security (whose filter chain
 * runs later, see {@link #ORDER}) ever sees it and no CSRF token is needed.
 *
 * <p>It accepts only {@code POST} (else 405 with {@code Allow: POST}); refuses bodies larger
 * than the configured limit with 413, from {@code Content-Length} before reading and while
 * reading chunked bodies, never holding more than the limit plus one byte; and hands the exact
 * raw bytes with the {@code Siglume-Signature} header to the {@link SiglumeWebhookProcessor}.
 * Every answer is a small JSON object: {@code {"received":true,...}} for 2xx and
 * {@code {"error":{"code":...,"message":...}}} otherwise.
 *
 * <p>The body is read with Servlet non-blocking I/O: the request goes asynchronous, a
 * {@link ReadListener} collects the bytes as they arrive, and no container thread waits for a
 * slow sender in between. A body not complete within the read timeout is answered 408 with
 * {@code Connection: close}. Once the body is complete the request is dispatched again
 * ({@link AsyncContext#dispatch()}), so the processor and the listeners run on an ordinary
 * container request thread (a virtual thread when the container uses them), as they would for
 * a blocking read, never on the container's I/O threads. When an earlier filter does not
 * support asynchronous requests, the body is read blocking, as a plain servlet would.
 */
public class SiglumeWebhookFilter implements Filter {

    /**
     * Filter order: after Spring Boot's character-encoding and observation filters (so the
     * request is still measured as {@code http.server.requests}) and before Spring Security's
     * filter chain (order -100).
     */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Log logger = LogFactory.getLog(SiglumeWebhookFilter.class);
    private static final int READ_CHUNK = 8192;
    /** Carries the complete body from the reading phase to the dispatch that processes it. */
    private static final String BODY_ATTRIBUTE = SiglumeWebhookFilter.class.getName() + ".body";

    private final SiglumeWebhookProcessor processor;
    private final long maxBodySize;
    private final Duration readTimeout;
    private final AtomicBoolean blockingFallbackReported = new AtomicBoolean();

    /**
     * Creates the filter with the default read timeout of 10 seconds.
     *
     * @param processor handles verified deliveries
     * @param maxBodySize largest accepted body in bytes, at least 1
     */
    public SiglumeWebhookFilter(SiglumeWebhookProcessor processor, long maxBodySize) {
        this(processor, maxBodySize, Duration.ofSeconds(10));
    }

    /**
     * Creates the filter.
     *
     * @param processor handles verified deliveries
     * @param maxBodySize largest accepted body in bytes, at least 1
     * @param readTimeout how long the whole body may take to arrive, at least 1 ms
     */
    public SiglumeWebhookFilter(SiglumeWebhookProcessor processor, long maxBodySize, Duration readTimeout) {
        this.processor = processor;
        this.maxBodySize = maxBodySize;
        this.readTimeout = readTimeout;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if (request.getAttribute(BODY_ATTRIBUTE) instanceof byte[] body) {
                request.removeAttribute(BODY_ATTRIBUTE);
                answer(request, response, body);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            write(response, WebhookAnswer.methodNotAllowed());
            return;
        }
        long declaredLength = request.getContentLengthLong();
        if (declaredLength > maxBodySize) {
            tooLarge(response);
            return;
        }
        BodyBuffer body = new BodyBuffer(declaredLength);
        if (!request.isAsyncSupported()) {
            readBlocking(request, response, body);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(readTimeout.toMillis());
        BodyReader reader = new BodyReader(async, request.getInputStream(), response, body);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    private void readBlocking(HttpServletRequest request, HttpServletResponse response, BodyBuffer body)
            throws IOException {
        if (blockingFallbackReported.compareAndSet(false, true)) {
            logger.warn("The Siglume webhook body is read blocking, without siglume.webhook.read-timeout, because a"
                    + " filter ahead of the webhook filter does not support asynchronous requests; register that"
                    + " filter with asyncSupported=true");
        }
        InputStream in = request.getInputStream();
        byte[] chunk = new byte[READ_CHUNK];
        while (true) {
            int read = in.read(chunk, 0, body.wanted(chunk.length));
            if (read < 0) {
                answer(request, response, body.bytes());
                return;
            }
            if (!body.append(chunk, read)) {
                tooLarge(response);
                return;
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        write(response, WebhookAnswer.of(processor.process(body, request.getHeader(Sdrp.SIGNATURE_HEADER))));
    }

    /**
     * Collects the body as the container reports it readable, and settles the request exactly
     * once: dispatched for processing, or answered 413 or 408, or dropped when the sender went
     * away. The container calls these methods one at a time for a request.
     */
    private final class BodyReader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final ServletInputStream in;
        private final HttpServletResponse response;
        private final BodyBuffer body;
        private final byte[] chunk = new byte[READ_CHUNK];
        private final AtomicBoolean settled = new AtomicBoolean();

        BodyReader(AsyncContext async, ServletInputStream in, HttpServletResponse response, BodyBuffer body) {
            this.async = async;
            this.in = in;
            this.response = response;
            this.body = body;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!settled.get() && in.isReady()) {
                int read = in.read(chunk, 0, body.wanted(chunk.length));
                if (read < 0) {
                    return;
                }
                if (!body.append(chunk, read)) {
                    if (settled.compareAndSet(false, true)) {
                        tooLarge(response);
                        async.complete();
                    }
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (settled.compareAndSet(false, true)) {
                async.getRequest().setAttribute(BODY_ATTRIBUTE, body.bytes());
                async.dispatch();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            if (settled.compareAndSet(false, true)) {
                write(response, WebhookAnswer.timedOut(readTimeout));
                async.complete();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The sender closed the connection or the socket failed: nobody is left to answer.
            if (settled.compareAndSet(false, true)) {
                async.complete();
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /**
     * The body read so far: sized from {@code Content-Length} when the request has one, and
     * never holding more than the limit: one byte past it is enough to know the body is too
     * large, so no more is read.
     */
    private final class BodyBuffer {

        private final ByteArrayOutputStream bytes;
        private long total;

        BodyBuffer(long declaredLength) {
            int initial = declaredLength >= 0 ? (int) declaredLength : (int) Math.min(maxBodySize, READ_CHUNK);
            this.bytes = new ByteArrayOutputStream(initial);
        }

        int wanted(int chunkSize) {
            return (int) Math.min(chunkSize, maxBodySize + 1 - total);
        }

        /** Appends what was read; {@code false} when the body proved larger than the limit. */
        boolean append(byte[] chunk, int length) {
            total += length;
            if (total > maxBodySize) {
                return false;
            }
            bytes.write(chunk, 0, length);
            return true;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        write(response, WebhookAnswer.tooLarge(maxBodySize));
    }

    private static void write(HttpServletResponse response, WebhookAnswer answer) throws IOException {
        byte[] bytes = answer.body();
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentType(WebhookAnswer.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
