package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.internal.SdrpJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the webhook endpoint answers, on every web stack: a status, a few headers and a small
 * JSON body, {@code {"received":true,"outcome":...,"event_id":...}} for 2xx and
 * {@code {"error":{"code":...,"message":...}}} otherwise. The servlet filter and the WebFlux
 * filter both write these, so the two endpoints answer alike.
 *
 * @param status the HTTP status
 * @param headers headers to set besides {@code Content-Type} and {@code Content-Length}
 * @param body the JSON body
 */
public record WebhookAnswer(int status, Map<String, String> headers, byte[] body) {

    /** The content type of every answer. */
    public static final String CONTENT_TYPE = "application/json";

    /**
     * Creates an answer.
     *
     * @param status the HTTP status
     * @param headers headers to set besides {@code Content-Type} and {@code Content-Length}
     * @param body the JSON body
     */
    public WebhookAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /**
     * Returns the body.
     *
     * @return a copy of the JSON bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The answer to a processed delivery.
     *
     * @param outcome what processing came to
     * @return 2xx with the outcome and event id, or the outcome's error
     */
    public static WebhookAnswer of(WebhookOutcome outcome) {
        if (!outcome.acknowledged()) {
            return error(outcome.httpStatus(), outcome.result().tag(), outcome.message(), Map.of());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("received", true);
        answer.put("outcome", outcome.result().tag());
        answer.put("event_id", outcome.eventId());
        return new WebhookAnswer(outcome.httpStatus(), Map.of(), SdrpJson.MAPPER.writeValueAsBytes(answer));
    }

    /**
     * The answer to a request that is not a {@code POST}.
     *
     * @return 405 with {@code Allow: POST}
     */
    public static WebhookAnswer methodNotAllowed() {
        return error(405, "method_not_allowed", "the Siglume webhook endpoint accepts POST only", Map.of("Allow", "POST"));
    }

    /**
     * The answer to a body larger than the limit. The rest of the body is not read; closing the
     * connection stops the sender sending it.
     *
     * @param maxBodySize the limit in bytes
     * @return 413 with {@code Connection: close}
     */
    public static WebhookAnswer tooLarge(long maxBodySize) {
        return error(413, "payload_too_large", "the webhook body is larger than " + maxBodySize + " bytes",
                Map.of("Connection", "close"));
    }

    /**
     * The answer to a body that did not arrive in time. The rest of the body is not read; closing
     * the connection stops the sender sending it.
     *
     * @param readTimeout the read timeout
     * @return 408 with {@code Connection: close}
     */
    public static WebhookAnswer timedOut(Duration readTimeout) {
        return error(408, "request_timeout", "the webhook body did not arrive within " + readTimeout.toMillis() + " ms",
                Map.of("Connection", "close"));
    }

    private static WebhookAnswer error(int status, String code, String message, Map<String, String> headers) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return new WebhookAnswer(status, headers, SdrpJson.MAPPER.writeValueAsBytes(Map.of("error", error)));
    }

    @Override
    public String toString() {
        return "WebhookAnswer[status=" + status + ", headers=" + headers + ", " + body.length + " bytes]";
    }
}
