package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the path and query of an API call, percent-encoding every value.
 *
 * <p>Path segments and query values use RFC 3986 encoding: everything but the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} is encoded as UTF-8 {@code %XX}, so a space becomes
 * {@code %20} and {@code /}, {@code ?} or {@code #} can never change the route.
 *
 * <p>Not part of the public API.
 */
public final class ApiPath {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder path = new StringBuilder();
    private final Map<String, String> query = new LinkedHashMap<>();

    private ApiPath(String literal) {
        path.append(literal);
    }

    /**
     * Starts a path with a literal, already safe prefix.
     *
     * @param literal for example {@code /sdrp/direct-payments/merchants}
     * @return the builder
     */
    public static ApiPath of(String literal) {
        return new ApiPath(literal);
    }

    /**
     * Appends one encoded segment.
     *
     * @param field wire name of the value, for errors
     * @param value a normalised, non-blank value
     * @return this builder
     * @throws SdrpValidationException when the value is {@code .} or {@code ..}, which would
     *         change the route even when encoded
     */
    public ApiPath segment(String field, String value) {
        if (".".equals(value) || "..".equals(value)) {
            throw new SdrpValidationException(field, field + " must not be '.' or '..'");
        }
        path.append('/').append(encode(value));
        return this;
    }

    /**
     * Appends a literal, already safe suffix such as {@code /verify}.
     *
     * @param literal the suffix
     * @return this builder
     */
    public ApiPath literal(String literal) {
        path.append(literal);
        return this;
    }

    /**
     * Adds a query parameter when the value is not {@code null}.
     *
     * @param name the parameter name
     * @param value the normalised value, or {@code null} to leave it out
     * @return this builder
     */
    public ApiPath query(String name, @Nullable Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * Adds a required-when-given text parameter: trimmed, blank refused.
     *
     * @param name the parameter name
     * @param value the raw value, or {@code null} to leave it out
     * @return this builder
     * @throws SdrpValidationException when given but blank
     */
    public ApiPath queryText(String name, @Nullable String value) {
        return query(name, value == null ? null : SdrpInputs.required(name, value));
    }

    /**
     * Returns the encoded path with its query string.
     *
     * @return for example {@code /market/webhooks/deliveries?status=failed}
     */
    public String build() {
        if (query.isEmpty()) {
            return path.toString();
        }
        StringBuilder result = new StringBuilder(path).append('?');
        boolean first = true;
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (!first) {
                result.append('&');
            }
            first = false;
            result.append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
        }
        return result.toString();
    }

    /**
     * Checks the path of a raw call, given already encoded: it must stay under the base URL and
     * mean one route to every reader.
     *
     * @param path for example {@code /sdrp/beta/features?merchant=acme-shop}
     * @return the path, unchanged
     * @throws SdrpValidationException when it is blank, does not start with a single {@code /},
     *         holds white space, control characters, {@code #} or {@code \}, or a {@code .} or
     *         {@code ..} segment
     */
    public static String raw(String path) {
        if (path == null || path.isEmpty()) {
            throw new SdrpValidationException("path", "path is required");
        }
        if (path.charAt(0) != '/' || path.startsWith("//")) {
            throw new SdrpValidationException("path", "path must start with a single '/' (it is under the base URL)");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '#' || c == '\\') {
                throw new SdrpValidationException("path",
                        "path must be encoded: no white space, control or non-ASCII characters, '#' or '\\'");
            }
        }
        int query = path.indexOf('?');
        for (String segment : (query < 0 ? path : path.substring(0, query)).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new SdrpValidationException("path", "path must not hold '.' or '..' segments");
            }
        }
        return path;
    }

    /**
     * Percent-encodes a value as one path segment or query component.
     *
     * @param value any text
     * @return the encoded text
     */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
