package com.siglume.sdrp.webhook;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.internal.SdrpJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One webhook event, parsed from the exact bytes Siglume sent.
 *
 * <p>Immutable. Every field of the body is kept, known or not: {@link #fields()} is the whole
 * event object and {@link #data()} its {@code data} object, both as unmodifiable maps whose
 * values are {@code String}, {@code Boolean}, {@code Integer}/{@code Long}/{@code BigInteger},
 * {@code BigDecimal} (never {@code Double}, so amounts stay exact), {@code List}, {@code Map}
 * or {@code null}. {@link #rawJson()} returns the body exactly as received.
 *
 * <p>The body is read with the SDK's strict JSON configuration ({@code SdrpJson.STRICT}): standard
 * JSON only (no comments, no {@code NaN}, nothing after the value) and no key repeated within an
 * object, at any depth, since two readers of one signed body must see the same event. Nesting
 * depth and sizes are bounded by Jackson's read constraints.
 */
public final class WebhookEvent {

    private final byte[] rawJson;
    private final String rawText;
    private final Map<String, @Nullable Object> fields;
    private final Map<String, @Nullable Object> data;
    private final String id;
    private final String type;
    private final String apiVersion;
    private final String occurredAt;

    private WebhookEvent(byte[] rawJson, String rawText, Map<String, @Nullable Object> fields, Map<String, @Nullable Object> data) {
        this.rawJson = rawJson;
        this.rawText = rawText;
        this.fields = fields;
        this.data = data;
        this.id = requiredString(fields, "id");
        this.type = requiredString(fields, "type");
        this.apiVersion = requiredString(fields, "api_version");
        this.occurredAt = requiredString(fields, "occurred_at");
    }

    /**
     * Parses an event from its raw JSON bytes.
     *
     * <p>This checks the event's shape only; it does not check a signature. For deliveries
     * from outside, use {@link WebhookVerifier#verify(byte[], String)}, which verifies first.
     *
     * @param rawJson the exact body bytes, UTF-8 JSON
     * @return the event
     * @throws WebhookPayloadException when the bytes are not well-formed UTF-8 (overlong forms,
     *         encoded surrogates and code points above U+10FFFF included), not JSON, repeat a key
     *         within an object, are not an object, or lack a
     *         non-blank string {@code id}, {@code type}, {@code api_version},
     *         {@code occurred_at}, or an object {@code data}
     */
    public static WebhookEvent parse(byte @Nullable [] rawJson) {
        if (rawJson == null) {
            throw new WebhookPayloadException("webhook body is required");
        }
        String rawText = decodeUtf8(rawJson);
        Object root;
        try (JsonParser parser = SdrpJson.STRICT.createParser(rawJson)) {
            root = readValue(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new WebhookPayloadException("webhook body is not valid JSON");
            }
        } catch (JacksonException e) {
            // The parser's message quotes the body; keep it out of ours.
            throw new WebhookPayloadException(isDuplicateKey(e) ? "webhook body has a duplicate field"
                    : "webhook body is not valid JSON");
        } catch (NumberFormatException | ArithmeticException e) {
            // A number beyond BigDecimal's range surfaces as one of these, not as a parser error.
            throw new WebhookPayloadException("webhook body is not valid JSON");
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new WebhookPayloadException("webhook event must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> fields = (Map<String, @Nullable Object>) root;
        if (!(fields.get("data") instanceof Map<?, ?>)) {
            throw new WebhookPayloadException("webhook event data must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> data = (Map<String, @Nullable Object>) fields.get("data");
        return new WebhookEvent(rawJson.clone(), rawText, fields, data);
    }

    /**
     * Returns the event id, the key for de-duplication.
     *
     * @return the id as sent, for example {@code evt_...}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the event type.
     *
     * @return for example {@code direct_payment.confirmed}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the API version the event was written for.
     *
     * @return for example {@code 2026-06-11}
     */
    public String apiVersion() {
        return apiVersion;
    }

    /**
     * Returns when the event occurred, as sent (an ISO-8601 instant).
     *
     * @return the timestamp text
     */
    public String occurredAt() {
        return occurredAt;
    }

    /**
     * Returns the event's {@code data} object.
     *
     * @return an unmodifiable map; see the class description for the value types
     */
    public Map<String, @Nullable Object> data() {
        return data;
    }

    /**
     * Returns the whole event object, unknown fields included.
     *
     * @return an unmodifiable map
     */
    public Map<String, @Nullable Object> fields() {
        return fields;
    }

    /**
     * Returns a {@code data} field when it is present in the protocol's sense: a string that
     * is not blank after trimming.
     *
     * @param name the field name, for example {@code challenge_hash}
     * @return the trimmed value, or {@code null} when absent, blank or not a string
     */
    public @Nullable String dataString(@Nullable String name) {
        Object value = name == null ? null : data.get(name);
        return SdrpInputs.isPresent(value) ? SdrpInputs.trim((String) value) : null;
    }

    /**
     * Returns the body exactly as received, decoded as UTF-8 (which {@link #parse(byte[])}
     * checked strictly, so no character was replaced).
     *
     * @return the raw JSON text
     */
    public String rawJson() {
        return rawText;
    }

    /**
     * Returns a copy of the body bytes exactly as received.
     *
     * @return the raw bytes
     */
    public byte[] rawBytes() {
        return rawJson.clone();
    }

    /**
     * Tells whether this is a readiness-probe delivery: {@code data.mode} is
     * {@code readiness_probe} or {@code data.readiness_probe} is {@code true}. Acknowledge
     * such events and never touch orders for them.
     *
     * @return {@code true} for a probe
     */
    public boolean isReadinessProbe() {
        return "readiness_probe".equals(dataString("mode")) || Boolean.TRUE.equals(data.get("readiness_probe"));
    }

    /** Short form: id and type only, since the body may carry customer data. */
    @Override
    public String toString() {
        return "WebhookEvent[id=" + id + ", type=" + type + "]";
    }

    private static String requiredString(Map<String, @Nullable Object> fields, String name) {
        Object value = fields.get(name);
        if (!SdrpInputs.isPresent(value)) {
            throw new WebhookPayloadException("webhook event " + name + " must be a non-blank string");
        }
        return SdrpInputs.trim((String) value);
    }

    /**
     * The one place a body's encoding is checked. Siglume sends UTF-8 and the protocol requires
     * it, so the body is decoded strictly: a malformed sequence (an overlong form such as
     * {@code C0 AF}, an encoded surrogate such as {@code ED A0 80}, a code point above U+10FFFF
     * such as {@code F4 90 80 80}, a truncated sequence) is refused instead of being replaced,
     * since a lenient reader and a strict one would see different events in one signed body.
     * Jackson would also detect UTF-16 and UTF-32, which can be well-formed UTF-8 byte for byte
     * (ASCII text with NUL bytes); JSON text starts with an ASCII character, so those encodings
     * show a NUL byte within the first four bytes.
     *
     * @return the decoded text, a UTF-8 byte-order mark kept as U+FEFF
     */
    private static String decodeUtf8(byte[] rawJson) {
        int head = Math.min(4, rawJson.length);
        for (int i = 0; i < head; i++) {
            if (rawJson[i] == 0) {
                throw new WebhookPayloadException("webhook body must be UTF-8 JSON");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(rawJson))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WebhookPayloadException("webhook body must be UTF-8 JSON");
        }
    }

    /** Whether Jackson refused the body for a key repeated within one object. */
    private static boolean isDuplicateKey(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    /**
     * Builds one JSON value from the strict parser's tokens, as unmodifiable maps (in key order)
     * and lists, in a single pass. The parser owns the JSON rules: {@code SdrpJson.STRICT} refuses
     * a repeated key and anything after the value, and bounds depth and sizes. Building the
     * collections while reading costs half of binding to {@code Object} and then freezing the
     * result (measured for B1 in docs/performance.md).
     */
    private static @Nullable Object readValue(JsonParser parser, @Nullable JsonToken token) {
        if (token == null) {
            throw new WebhookPayloadException("webhook body is not valid JSON");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, @Nullable Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.put(name, readValue(parser, parser.nextToken()));
                }
                return Collections.unmodifiableMap(object);
            }
            case START_ARRAY: {
                List<@Nullable Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(readValue(parser, next));
                }
                return Collections.unmodifiableList(array);
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                // Exact decimal, never double, as USE_BIG_DECIMAL_FOR_FLOATS gives bound values.
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new WebhookPayloadException("webhook body is not valid JSON");
        }
    }
}
