package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The Siglume API answered with an error, or with a body that is not JSON.
 *
 * <p>{@link #code()} is the API's {@code error.code}, else its top-level {@code code}, else
 * {@code HTTP_<status>}; {@link #getMessage()} is the API's message, else the HTTP status text.
 * A body that is not JSON gives status 502 and code {@value #INVALID_JSON_RESPONSE}; a successful
 * JSON answer of the wrong shape gives status 502 and code {@value #UNEXPECTED_RESPONSE}. The message
 * never contains a token; show buyers a short message of your own, not this one.
 */
public class SiglumeApiException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /** Code of an answer whose body is not JSON (or holds a number no Java type can represent). */
    public static final String INVALID_JSON_RESPONSE = "INVALID_JSON_RESPONSE";

    /** Code of a JSON answer whose shape does not match the documented response. */
    public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

    private final int status;
    private final String code;
    private final transient JsonNode body;
    private final String requestId;
    private final String traceId;
    private final String supportReference;

    /**
     * Creates an API error.
     *
     * @param status the HTTP status (502 for a body that is not JSON)
     * @param code the error code, never blank
     * @param message the error message, safe to log
     * @param body the parsed error body; the raw text as a string node when it was not JSON;
     *        {@code null} for none
     * @param requestId the request id the API reported, or {@code null}
     * @param traceId the trace id the API reported, or {@code null}
     * @param supportReference the support reference the API reported, or {@code null}
     */
    public SiglumeApiException(int status, String code, String message, JsonNode body, String requestId,
            String traceId, String supportReference) {
        super(message);
        this.status = status;
        this.code = code == null || code.isBlank() ? "HTTP_" + status : code;
        this.body = body == null ? MissingNode.getInstance() : body;
        this.requestId = requestId;
        this.traceId = traceId;
        this.supportReference = supportReference;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status, for example 422; 502 for a body that is not JSON
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
     * Returns the parsed error body as the API sent it.
     *
     * @return the body; a string node holding the raw text when it was not JSON; a missing node
     *         when there was none
     */
    public JsonNode body() {
        return body == null ? MissingNode.getInstance() : body;
    }

    /**
     * Returns the request id the API reported, for support requests.
     *
     * @return the id, or {@code null}
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns the trace id the API reported.
     *
     * @return the id, or {@code null}
     */
    public String traceId() {
        return traceId;
    }

    /**
     * Returns the support reference the API reported; give it to Siglume support, never to buyers.
     *
     * @return the reference, or {@code null}
     */
    public String supportReference() {
        return supportReference;
    }

    /**
     * Tells whether the protocol says to retry this error: status 429 or 5xx, except the two
     * codes this SDK assigns to malformed answers.
     *
     * @return {@code true} for a transient error
     */
    public boolean isRetryable() {
        return status == 429 || (status >= 500 && status <= 599 && !INVALID_JSON_RESPONSE.equals(code)
                && !UNEXPECTED_RESPONSE.equals(code));
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
}
