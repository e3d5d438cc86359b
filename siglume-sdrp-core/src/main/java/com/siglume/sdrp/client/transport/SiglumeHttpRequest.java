package com.siglume.sdrp.client.transport;

import com.siglume.sdrp.SdrpValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as built by a Siglume client, handed to a {@link SiglumeHttpTransport}.
 *
 * <p>Immutable: the header map is an unmodifiable copy and the body bytes are copied in and out,
 * so a retry sends exactly the bytes of the first attempt. {@link #toString()} never shows the
 * {@code Authorization} header or the body.
 *
 * @param method the HTTP method in upper case, for example {@code POST}
 * @param uri the absolute request URI
 * @param headers request headers, one value each, in the order to send them
 * @param body the body bytes, or {@code null} for a request without a body
 * @param timeout how long the attempt may take, from sending the request to the end of reading
 *        the response body
 */
public record SiglumeHttpRequest(String method, URI uri, Map<String, String> headers, byte @Nullable [] body,
        Duration timeout) {

    /**
     * Checks and copies the components; {@code null} headers mean none.
     *
     * @throws SdrpValidationException when method, uri or timeout is {@code null}, or the
     *         timeout is not positive
     */
    public SiglumeHttpRequest {
        if (method == null || method.isBlank()) {
            throw new SdrpValidationException("method", "method is required");
        }
        if (uri == null || !uri.isAbsolute()) {
            throw new SdrpValidationException("uri", "uri must be an absolute URI");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new SdrpValidationException("timeout", "timeout must be positive");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        body = body == null ? null : body.clone();
    }

    /**
     * Returns a copy of the body bytes.
     *
     * @return the body, or {@code null} when the request has none
     */
    @Override
    public byte @Nullable [] body() {
        return body == null ? null : body.clone();
    }

    /**
     * Tells whether the request carries a body.
     *
     * @return {@code true} when {@link #body()} is not {@code null}
     */
    public boolean hasBody() {
        return body != null;
    }

    /**
     * Looks a header up by name, ignoring case.
     *
     * @param name the header name
     * @return its value, or empty when the request has no such header
     */
    public Optional<String> header(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(entry.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SiglumeHttpRequest that
                && method.equals(that.method)
                && uri.equals(that.uri)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && timeout.equals(that.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body), timeout);
    }

    /**
     * Describes the request without credentials or body content.
     *
     * @return method, URI, header names and body length
     */
    @Override
    public String toString() {
        StringBuilder names = new StringBuilder();
        for (String name : headers.keySet()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(name);
            if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
                names.append("=<redacted>");
            }
        }
        return "SiglumeHttpRequest[" + method + " " + uri + ", headers=[" + names + "], body="
                + (body == null ? "none" : body.length + " bytes") + ", timeout=" + timeout + "]";
    }
}
