package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.SdrpJson;
import com.siglume.sdrp.sandbox.SandboxException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The rules the sandbox's request bodies share for their loosely typed fields, so every route
 * reads an amount, a text or an object the same way. Refusals are
 * {@link SdrpValidationException}s naming the field; each route turns them into its own 400.
 */
public final class JsonFields {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    private JsonFields() {
    }

    /**
     * Runs a body's checks, answering the first refused field with a 400 and the route's code.
     *
     * @param code the route's error code for a refused body
     * @param check reads and checks the fields
     * @param <T> what the checks produce
     * @return what they produced
     * @throws SandboxException 400 with {@code code} and the refused field's message
     */
    public static <T> T checked(String code, Supplier<T> check) {
        try {
            return check.get();
        } catch (SdrpValidationException e) {
            throw new SandboxException(400, code, e.getMessage());
        }
    }

    /**
     * Tells whether a field was left out.
     *
     * @param value the field, may be {@code null}
     * @return {@code true} when missing or JSON {@code null}
     */
    public static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /**
     * Returns a field's text.
     *
     * @param value the field, may be {@code null}
     * @return the string, or {@code null} when the field is not a JSON string
     */
    public static String text(JsonNode value) {
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /**
     * Reads an optional text field.
     *
     * @param field the field's name, for the message
     * @param value the field
     * @return the trimmed text, or {@code null} when left out or blank
     * @throws SdrpValidationException when present but not a string
     */
    public static String optionalText(String field, JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (!value.isString()) {
            throw new SdrpValidationException(field, field + " must be a string");
        }
        return SdrpInputs.optional(value.stringValue());
    }

    /**
     * Reads a positive integer: an integral JSON number, or a string holding one, as the
     * reference accepts; the range is checked by {@link SdrpInputs#positiveInteger(String, long)}.
     *
     * @param field the field's name
     * @param value the field
     * @return the number
     * @throws SdrpValidationException when it is not a positive integer in range
     */
    public static long positiveInteger(String field, JsonNode value) {
        BigDecimal number = null;
        if (!absent(value) && value.isNumber()) {
            number = value.decimalValue();
        } else if (!absent(value) && value.isString()) {
            try {
                number = new BigDecimal(SdrpInputs.trim(value.stringValue()));
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        long integral = 0;
        if (number != null && number.signum() > 0 && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && number.stripTrailingZeros().scale() <= 0) {
            integral = number.longValueExact();
        }
        // Anything that is not an integer reaches the shared rule as 0, which it refuses with its usual message.
        return SdrpInputs.positiveInteger(field, integral);
    }

    /**
     * Reads an optional positive integer.
     *
     * @param field the field's name
     * @param value the field
     * @return the number, or {@code null} when left out
     * @throws SdrpValidationException when present but not a positive integer in range
     */
    public static Long optionalPositiveInteger(String field, JsonNode value) {
        return absent(value) ? null : positiveInteger(field, value);
    }

    /**
     * Reads an optional boolean.
     *
     * @param field the field's name
     * @param value the field
     * @return the value, or {@code null} when left out
     * @throws SdrpValidationException when present but not a JSON boolean
     */
    public static Boolean optionalBoolean(String field, JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new SdrpValidationException(field, field + " must be true or false");
        }
        return value.booleanValue();
    }

    /**
     * Reads an optional JSON object, strictly: the protocol passes objects through only.
     *
     * @param field the field's name
     * @param value the field
     * @return its members in their order, empty when left out
     * @throws SdrpValidationException when present but not a JSON object
     */
    public static Map<String, Object> optionalObject(String field, JsonNode value) {
        if (absent(value)) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new SdrpValidationException(field, field + " must be a JSON object");
        }
        return objectOrEmpty(value);
    }

    /**
     * Returns a body field's members when it is a JSON object; anything else counts as empty,
     * as the reference treats the Hosted Checkout and test-delivery fields.
     *
     * @param value the field, may be {@code null}
     * @return the members in their order
     */
    public static Map<String, Object> objectOrEmpty(JsonNode value) {
        return value != null && value.isObject() ? SdrpJson.MAPPER.convertValue(value, JSON_OBJECT) : Map.of();
    }
}
