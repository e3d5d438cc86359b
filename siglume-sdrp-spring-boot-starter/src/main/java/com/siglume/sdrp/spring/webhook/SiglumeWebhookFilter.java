package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.Sdrp;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

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
 */
public class SiglumeWebhookFilter implements Filter {

    /**
     * Filter order: after Spring Boot's character-encoding and observation filters (so the
     * request is still measured as {@code http.server.requests}) and before Spring Security's
     * filter chain (order -100).
     */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int READ_CHUNK = 8192;

    private final SiglumeWebhookProcessor processor;
    private final long maxBodySize;

    /**
     * Creates the filter.
     *
     * @param processor handles verified deliveries
     * @param maxBodySize largest accepted body in bytes, at least 1
     */
    public SiglumeWebhookFilter(SiglumeWebhookProcessor processor, long maxBodySize) {
        this.processor = processor;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            writeError(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method_not_allowed",
                    "the Siglume webhook endpoint accepts POST only");
            return;
        }
        if (request.getContentLengthLong() > maxBodySize) {
            tooLarge(response);
            return;
        }
        long declaredLength = request.getContentLengthLong();
        byte[] body = declaredLength >= 0 ? readExactly(request.getInputStream(), (int) declaredLength)
                : readAtMost(request.getInputStream());
        if (body == null) {
            tooLarge(response);
            return;
        }
        WebhookOutcome outcome = processor.process(body, request.getHeader(Sdrp.SIGNATURE_HEADER));
        if (outcome.acknowledged()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("received", true);
            answer.put("outcome", outcome.result().tag());
            answer.put("event_id", outcome.eventId());
            write(response, outcome.httpStatus(), answer);
        } else {
            writeError(response, outcome.httpStatus(), outcome.result().tag(), outcome.message());
        }
    }

    /**
     * Reads a body of declared length (already checked against the limit) into one array of
     * that size; a body that ends early is handed on as it is, and fails its signature check.
     */
    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        return read == length ? body : Arrays.copyOf(body, read);
    }

    /** Reads a body of unknown length, or returns {@code null} as soon as it proves longer than the limit. */
    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(maxBodySize, READ_CHUNK));
        byte[] chunk = new byte[READ_CHUNK];
        long total = 0;
        while (true) {
            // Never read past limit + 1: one extra byte is enough to know the body is too large.
            int wanted = (int) Math.min(chunk.length, maxBodySize + 1 - total);
            int read = in.read(chunk, 0, wanted);
            if (read < 0) {
                return body.toByteArray();
            }
            total += read;
            if (total > maxBodySize) {
                return null;
            }
            body.write(chunk, 0, read);
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        // The rest of the body is not read; closing the connection stops the sender sending it.
        response.setHeader("Connection", "close");
        writeError(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                "the webhook body is larger than " + maxBodySize + " bytes");
    }

    private static void writeError(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        write(response, status, Map.of("error", error));
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
