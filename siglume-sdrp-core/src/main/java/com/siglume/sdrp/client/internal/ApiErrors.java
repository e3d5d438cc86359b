package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeAuthenticationException;
import com.siglume.sdrp.client.SiglumeInvalidRequestException;
import com.siglume.sdrp.client.SiglumeInvalidResponseException;
import com.siglume.sdrp.client.SiglumeNotFoundException;
import com.siglume.sdrp.client.SiglumeRateLimitException;
import com.siglume.sdrp.client.SiglumeServerException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns an answer the clients cannot use into its exception, per PROTOCOL §6: the one place that
 * maps an HTTP status to a {@link SiglumeApiException} type.
 *
 * <p>Not part of the public API.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * Maps an error answer (any status outside 2xx) to its exception.
     *
     * @param status the HTTP status
     * @param bytes the body
     * @param retryAfter the parsed {@code Retry-After} header, or {@code null}
     */
    public static SiglumeApiException errorFor(int status, byte[] bytes, @Nullable Duration retryAfter) {
        JsonNode parsed;
        if (bytes.length == 0) {
            parsed = ClientJson.object();
        } else {
            Optional<JsonNode> readable = ClientJson.parse(bytes);
            if (readable.isEmpty()) {
                return invalidJson(status, bytes);
            }
            parsed = readable.get();
        }
        JsonNode error = objectMember(parsed, "error");
        JsonNode meta = objectMember(parsed, "meta");
        String code = first(ClientJson.text(error, "code"), ClientJson.text(parsed, "code"), "HTTP_" + status);
        String message = first(ClientJson.text(error, "message"), ClientJson.text(parsed, "message"),
                HttpStatusText.of(status));
        return forStatus(status, code, message, text(bytes),
                lookup(parsed, error, meta, "request_id"),
                lookup(parsed, error, meta, "trace_id"),
                lookup(parsed, error, meta, "support_reference"), retryAfter);
    }

    /**
     * The exception type for an error status whose body was decoded.
     */
    public static SiglumeApiException forStatus(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference, @Nullable Duration retryAfter) {
        return switch (status) {
            case 400, 422 -> new SiglumeInvalidRequestException(status, code, message, body, requestId, traceId,
                    supportReference);
            case 401, 403 -> new SiglumeAuthenticationException(status, code, message, body, requestId, traceId,
                    supportReference);
            case 404 -> new SiglumeNotFoundException(status, code, message, body, requestId, traceId, supportReference);
            case 429 -> new SiglumeRateLimitException(status, code, message, body, requestId, traceId,
                    supportReference, retryAfter);
            default -> status >= 500 && status <= 599
                    ? new SiglumeServerException(status, code, message, body, requestId, traceId, supportReference)
                    : new SiglumeApiException(status, code, message, body, requestId, traceId, supportReference);
        };
    }

    /** An answer, of any status, whose body is not JSON. */
    public static SiglumeInvalidResponseException invalidJson(int status, byte[] bytes) {
        return new SiglumeInvalidResponseException(status, SiglumeApiException.INVALID_JSON_RESPONSE,
                "The Siglume API answered HTTP " + status + " with a body that is not JSON.", text(bytes));
    }

    /** A successful JSON answer that does not have the shape of the documented response. */
    public static SiglumeInvalidResponseException unexpected(int status, Class<?> type, @Nullable String body) {
        return unexpected(status, "Siglume API returned an answer that is not a valid " + type.getSimpleName() + ".",
                body);
    }

    /** A successful JSON answer whose content breaks a documented rule. */
    public static SiglumeInvalidResponseException unexpected(int status, String message, @Nullable String body) {
        return new SiglumeInvalidResponseException(status, SiglumeApiException.UNEXPECTED_RESPONSE, message, body);
    }

    /** The body as the exception keeps it: UTF-8 text, cut at {@link SiglumeApiException#MAX_BODY_CHARS}. */
    public static String text(byte[] bytes) {
        // Up to four bytes a character: decoding more could only be cut off again.
        int length = Math.min(bytes.length, SiglumeApiException.MAX_BODY_CHARS * 4);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * The request id a successful answer carries: its top-level {@code request_id}, else its
     * {@code meta.request_id}, as {@link #errorFor} looks them up.
     *
     * @param bytes the body
     * @return the id, or {@code null} when the body is not JSON or carries none
     */
    public static @Nullable String requestId(byte[] bytes) {
        JsonNode parsed = bytes.length == 0 ? null : ClientJson.parse(bytes).orElse(null);
        if (parsed == null || !parsed.isObject()) {
            return null;
        }
        return lookup(parsed, ClientJson.object(), objectMember(parsed, "meta"), "request_id");
    }

    /** An object member of an answer, or an empty object when the answer has none. */
    private static JsonNode objectMember(JsonNode answer, String name) {
        JsonNode member = answer.isObject() ? answer.get(name) : null;
        return member != null && member.isObject() ? member : ClientJson.object();
    }

    private static @Nullable String lookup(JsonNode body, JsonNode error, JsonNode meta, String name) {
        return first(ClientJson.text(error, name), ClientJson.text(body, name), ClientJson.text(meta, name));
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b, @Nullable String c) {
        return a != null ? a : b != null ? b : c;
    }
}
