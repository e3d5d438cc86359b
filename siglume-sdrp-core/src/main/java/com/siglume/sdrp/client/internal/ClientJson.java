package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.SdrpJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON handling shared by the clients: one configured mapper and the checks for JSON objects
 * passed through to the API ({@code metadata}, {@code data}, {@code input}, ...).
 *
 * <p>Not part of the public API.
 */
public final class ClientJson {

    /** The SDK's mapper; unknown fields are kept by the records' {@code extra} maps. */
    public static final JsonMapper MAPPER = SdrpJson.MAPPER;

    private ClientJson() {
    }

    /**
     * Starts a request body; its keys are written in insertion order.
     *
     * @return an empty object node
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Converts a caller's map into a JSON object, refusing anything that is not plain JSON.
     *
     * <p>Accepted values: {@code null}, {@code String}, {@code Boolean}, integral numbers
     * ({@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}),
     * {@code BigDecimal}, finite {@code Double}/{@code Float}, {@code Map} with string keys,
     * {@code List}/{@code Collection}, arrays of objects and {@link JsonNode}.
     *
     * @param field wire name of the input
     * @param value the map
     * @return a new JSON object holding a deep copy
     * @throws SdrpValidationException when it is {@code null} or holds a value JSON cannot express
     */
    public static ObjectNode jsonObject(String field, Map<String, ?> value) {
        if (value == null) {
            throw new SdrpValidationException(field, field + " must be a JSON object");
        }
        JsonNode node = toNode(field, value, 0);
        return (ObjectNode) node;
    }

    /**
     * Copies a caller's JSON node, requiring an object.
     *
     * @param field wire name of the input
     * @param value the node
     * @return a deep copy
     * @throws SdrpValidationException when it is not a JSON object
     */
    public static ObjectNode jsonObject(String field, JsonNode value) {
        if (value == null || !value.isObject()) {
            throw new SdrpValidationException(field, field + " must be a JSON object");
        }
        return (ObjectNode) value.deepCopy();
    }

    private static JsonNode toNode(String field, Object value, int depth) {
        if (depth > 100) {
            throw new SdrpValidationException(field, field + " is nested too deeply");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof String s) {
            return nodes.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new SdrpValidationException(field, field + " must not contain NaN or infinite numbers");
            }
            return nodes.numberNode(d);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new SdrpValidationException(field, field + " must have string keys");
                }
                object.set(key, toNode(field, entry.getValue(), depth + 1));
            }
            return object;
        }
        if (value instanceof Iterable<?> iterable) {
            var array = nodes.arrayNode();
            for (Object item : iterable) {
                array.add(toNode(field, item, depth + 1));
            }
            return array;
        }
        if (value instanceof Object[] items) {
            var array = nodes.arrayNode();
            for (Object item : items) {
                array.add(toNode(field, item, depth + 1));
            }
            return array;
        }
        throw new SdrpValidationException(field,
                field + " must contain only JSON values (found " + value.getClass().getSimpleName() + ")");
    }

    /**
     * Reads a JSON node into an unmodifiable Java value: maps, lists, strings, booleans, integral
     * numbers as {@code Long}/{@code BigInteger}, decimals as {@code BigDecimal}, {@code null}.
     *
     * @param node the node, or {@code null}
     * @return the value; {@code null} for a JSON null, a missing node or {@code null}
     */
    public static @Nullable Object toJava(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), toJava(entry.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(toJava(item));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asString();
    }

    /**
     * Makes an unmodifiable deep copy of a map read by Jackson. Values are {@code String},
     * {@code Boolean}, {@code Long} or {@code BigInteger} for integers, {@code BigDecimal} for
     * decimals, {@code List}, {@code Map} or {@code null}.
     *
     * @param map the map, or {@code null}
     * @return the copy; an empty map for {@code null}
     */
    public static Map<String, Object> immutableMap(@Nullable Map<String, Object> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, immutableValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Makes an unmodifiable copy of a list, or an empty list for {@code null}.
     *
     * @param list the list
     * @param <T> the element type
     * @return the copy
     */
    public static <T> List<T> immutableList(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            @SuppressWarnings("unchecked")
            T value = (T) immutableValue(item);
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    private static @Nullable Object immutableValue(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), immutableValue(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(immutableValue(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof JsonNode node) {
            return toJava(node);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // One integral type for all JSON integers, so callers compare against long values.
            return ((Number) value).longValue();
        }
        return value;
    }

    /**
     * Returns a text field when it is a non-blank string, trimmed.
     *
     * @param node an object node, or anything else
     * @param name the field name
     * @return the trimmed text, or {@code null}
     */
    public static @Nullable String text(@Nullable JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value != null && value.isString() ? SdrpInputs.optional(value.asString()) : null;
    }

    /**
     * Parses JSON bytes.
     *
     * @param bytes the bytes
     * @return the node, or empty when they are not one JSON value or hold a number no Java
     *         number type can represent (such as {@code 1e999999999999})
     */
    public static Optional<JsonNode> parse(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JacksonException | NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a caller's JSON text strictly: one JSON value, no repeated key, so the bytes sent
     * mean one thing to every reader.
     *
     * @param field wire name of the input
     * @param json the text
     * @return the value
     * @throws SdrpValidationException when it is not exactly one JSON value
     */
    public static JsonNode parseStrict(String field, String json) {
        try {
            JsonNode node = SdrpJson.STRICT.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new SdrpValidationException(field, field + " must be JSON");
            }
            return node;
        } catch (JacksonException | NumberFormatException | ArithmeticException e) {
            throw new SdrpValidationException(field, field + " must be JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads one member's value as a tree in the middle of a document. */
    private static final ObjectReader MEMBER_TREE_READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One reader per response type, for binding a value in the middle of a document. */
    private static final ClassValue<ObjectReader> MEMBER_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            // The document goes on after the member; the caller checks its end.
            return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    };

    /**
     * Binds the {@code data} member of an envelope answer {@code {"data": {...}, "meta": ...}}
     * straight from the bytes, without building a tree of the answer first.
     *
     * <p>This is only a faster road to the result the tree path gives: it answers {@code null}
     * whenever the answer is anything but a well-formed envelope whose {@code data} is an object
     * that binds: no {@code data} member, {@code data} null or not an object, {@code data}
     * twice, malformed JSON anywhere, content after the envelope, a value that does not bind.
     * The caller then takes the tree path, which decides and reports every one of those. The
     * other members are read as trees, so they are checked exactly as the tree path checks them.
     *
     * @param bytes the answer
     * @param type the response type
     * @param <T> the response type
     * @return the bound value, or {@code null} when the tree path must decide
     */
    public static <T> @Nullable T bindEnvelopeData(byte[] bytes, Class<T> type) {
        ObjectReader reader = MEMBER_READERS.get(type);
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T bound = null;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("data".equals(name)) {
                    if (bound != null || value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    bound = reader.readValue(parser);
                    if (bound == null) {
                        return null;
                    }
                } else {
                    MEMBER_TREE_READER.readTree(parser);
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
            return bound;
        } catch (JacksonException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
