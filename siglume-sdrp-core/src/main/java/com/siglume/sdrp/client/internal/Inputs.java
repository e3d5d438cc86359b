package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small input helpers of the client package, built on {@link SdrpInputs}, and the writers that
 * leave absent values out of request bodies.
 *
 * <p>Not part of the public API.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * An optional text input: absent when {@code null}, else trimmed and required non-blank
     * (a blank value given on purpose is an error, as in the reference SDK).
     */
    public static @Nullable String optionalText(String field, @Nullable String value) {
        return value == null ? null : SdrpInputs.required(field, value);
    }

    /** A list of required texts; {@code null} stays {@code null}. */
    public static @Nullable List<String> optionalTexts(String field, @Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> result = new ArrayList<>(values.size());
        for (String value : values) {
            result.add(SdrpInputs.required(field, value));
        }
        return Collections.unmodifiableList(result);
    }

    /** An optional JSON object input, deep-copied into an unmodifiable map; {@code null} stays {@code null}. */
    public static @Nullable Map<String, Object> optionalObject(String field, @Nullable Map<String, ?> value) {
        return value == null ? null : ClientJson.immutableMap(
                castMap(ClientJson.toJava(ClientJson.jsonObject(field, value))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(@Nullable Object value) {
        return (Map<String, Object>) value;
    }

    /** A required-if-given positive integer for a primitive-free API. */
    public static @Nullable Long optionalPositive(String field, @Nullable Long value) {
        return SdrpInputs.optionalPositiveInteger(field, value);
    }

    /** The methods a raw call may use. */
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /**
     * The HTTP method of a raw call, upper-cased.
     *
     * @throws SdrpValidationException when blank or not GET, POST, PUT, PATCH or DELETE
     */
    public static String httpMethod(String method) {
        String verb = SdrpInputs.required("method", method).toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(verb)) {
            throw new SdrpValidationException("method", "method must be GET, POST, PUT, PATCH or DELETE");
        }
        return verb;
    }

    /** Refuses a bearer-like value that could break the header. */
    public static String headerSafeToken(String field, String value) {
        String token = SdrpInputs.required(field, value);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c == 0x7F || SdrpInputs.isTrimmable(c)) {
                throw new SdrpValidationException(field, field + " must not contain white space or control characters");
            }
        }
        return token;
    }


    /** Checks that a map has only string keys, for JSON objects given as {@code Map<?, ?>}. */
    @SuppressWarnings("unchecked")
    public static Map<String, ?> stringKeyed(String field, Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new SdrpValidationException(field, field + " must have string keys");
            }
        }
        return (Map<String, ?>) map;
    }

    /** Refuses a filter that the operation does not take, instead of ignoring it. */
    public static void requireAbsent(String field, @Nullable Object value, String operation) {
        if (value != null) {
            throw new SdrpValidationException(field, field + " does not apply to " + operation);
        }
    }

    /** Refuses a missing request object before anything is sent. */
    public static <T> T requireInput(String field, @Nullable T value) {
        if (value == null) {
            throw new SdrpValidationException(field, field + " is required");
        }
        return value;
    }

    public static void putText(ObjectNode body, String name, @Nullable String value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    public static void putLong(ObjectNode body, String name, @Nullable Long value) {
        if (value != null) {
            body.put(name, value.longValue());
        }
    }

    public static void putBoolean(ObjectNode body, String name, @Nullable Boolean value) {
        if (value != null) {
            body.put(name, value.booleanValue());
        }
    }

    public static void putTexts(ObjectNode body, String name, @Nullable List<String> values) {
        if (values != null) {
            ArrayNode array = body.putArray(name);
            values.forEach(array::add);
        }
    }

    public static void putObject(ObjectNode body, String name, @Nullable Map<String, ?> value) {
        if (value != null) {
            body.set(name, ClientJson.jsonObject(name, value));
        }
    }
}
