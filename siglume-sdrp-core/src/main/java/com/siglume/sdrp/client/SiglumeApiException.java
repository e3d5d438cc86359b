package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.internal.SdrpJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The Siglume API answered with an error, or with an answer this SDK cannot decode.
 *
 * <p>The clients throw a subclass for each kind of answer a caller handles differently:
 * <ul>
 *   <li>{@link SiglumeAuthenticationException}: 401 or 403;</li>
 *   <li>{@link SiglumeInvalidRequestException}: 400 or 422;</li>
 *   <li>{@link SiglumeNotFoundException}: 404;</li>
 *   <li>{@link SiglumeRateLimitException}: 429, with the {@code Retry-After} it was given;</li>
 *   <li>{@link SiglumeServerException}: 5xx;</li>
 *   <li>{@link SiglumeInvalidResponseException}: an answer whose body is not JSON or does not
 *       have the documented shape, whatever its status;</li>
 *   <li>{@link HostedCheckoutNotAvailableException}: Hosted Checkout is not enabled (a 404 or 409
 *       of the checkout routes).</li>
 * </ul>
 * Any other status (409, 402, ...) is this class itself.
 *
 * <p>{@link #code()} is the API's {@code error.code}, else its top-level {@code code}, else
 * {@code HTTP_<status>}; {@link #getMessage()} is the API's message, else the HTTP status text.
 * {@link #status()} is always the HTTP status the API answered. The message never contains a
 * token; show buyers a short message of your own, not this one.
 */
public class SiglumeApiException extends SdrpException {

    private static final long serialVersionUID = 2L;

    /** Code of an answer whose body is not JSON (or holds a number no Java type can represent). */
    public static final String INVALID_JSON_RESPONSE = "INVALID_JSON_RESPONSE";

    /** Code of a JSON answer whose shape does not match the documented response. */
    public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

    /** Longest body text kept, in characters; a longer body is cut there. */
    public static final int MAX_BODY_CHARS = 16_384;

    private final int status;
    private final String code;
    private final String body;
    private final @Nullable String requestId;
    private final @Nullable String traceId;
    private final @Nullable String supportReference;
    /** Parsed from {@link #body} on first use; not serialised. */
    private transient volatile @Nullable Map<String, @Nullable Object> bodyFields;

    /**
     * Creates an API error.
     *
     * @param status the HTTP status of the answer
     * @param code the error code; blank or {@code null} gives {@code HTTP_<status>}
     * @param message the error message, safe to log
     * @param body the answer's body as text, or {@code null} for none; cut at
     *        {@value #MAX_BODY_CHARS} characters
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     */
    public SiglumeApiException(int status, @Nullable String code, String message, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference) {
        super(message);
        this.status = status;
        this.code = code == null || code.isBlank() ? "HTTP_" + status : code;
        this.body = body == null ? "" : body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
        this.requestId = requestId;
        this.traceId = traceId;
        this.supportReference = supportReference;
    }

    /**
     * Returns the HTTP status the API answered.
     *
     * @return the status, for example 422
     */
    public int status() {
        return status;
    }

    /**
     * Returns the error code.
     *
     * @return for example {@code METERED_SETTLEMENT_PAST_DUE} or {@code HTTP_500}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the body of the answer as the API sent it, decoded as UTF-8.
     *
     * @return the text, at most {@value #MAX_BODY_CHARS} characters; empty when there was none
     */
    public String body() {
        return body;
    }

    /**
     * Returns the body's top-level JSON object, for fields this class has no accessor for (such
     * as {@code error.details}).
     *
     * @return an unmodifiable map (nested maps and lists too) whose values are {@code String}, {@code Boolean}, numbers
     *         ({@code BigDecimal} for decimals), {@code List}, {@code Map} or {@code null}; empty
     *         when the body is not a JSON object
     */
    public Map<String, @Nullable Object> bodyFields() {
        Map<String, @Nullable Object> fields = bodyFields;
        if (fields == null) {
            fields = parseObject(body);
            bodyFields = fields;
        }
        return fields;
    }

    /**
     * Returns the request id the API reported, for support requests.
     *
     * @return the id, or {@code null}
     */
    public @Nullable String requestId() {
        return requestId;
    }

    /**
     * Returns the trace id the API reported.
     *
     * @return the id, or {@code null}
     */
    public @Nullable String traceId() {
        return traceId;
    }

    /**
     * Returns the support reference the API reported; give it to Siglume support, never to buyers.
     *
     * @return the reference, or {@code null}
     */
    public @Nullable String supportReference() {
        return supportReference;
    }

    /**
     * Tells whether the protocol says to retry this error: status 429 or 5xx with an answer
     * this SDK could decode.
     *
     * @return {@code true} for a transient error
     */
    public boolean isRetryable() {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * Describes the error: class, status, code, message and request id.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return getClass().getName() + ": " + status + " " + code + ": " + getMessage()
                + (requestId == null ? "" : " (request_id=" + requestId + ")");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> parseObject(String body) {
        if (body.isEmpty()) {
            return Map.of();
        }
        try {
            return SdrpJson.MAPPER.readValue(body, Object.class) instanceof Map<?, ?> map
                    ? ClientJson.immutableMap((Map<String, Object>) map) : Map.of();
        } catch (JacksonException | NumberFormatException | ArithmeticException e) {
            return Map.of();
        }
    }
}
