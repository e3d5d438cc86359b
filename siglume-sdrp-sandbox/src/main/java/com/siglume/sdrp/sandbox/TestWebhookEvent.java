package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.SdrpJson;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable webhook event template from {@link WebhookTestEvents}. Every {@code with...}
 * method returns a changed copy, so one template can be the base of several events.
 *
 * <p>{@link #toJsonBytes()} gives the body; {@link #sign(String, long)} the body with its
 * {@code Siglume-Signature} header.
 */
public final class TestWebhookEvent {

    private final String id;
    private final String type;
    private final String apiVersion;
    private final Instant occurredAt;
    private final Map<String, Object> data;

    TestWebhookEvent(String id, String type, String apiVersion, Instant occurredAt, Map<String, Object> data) {
        this.id = id;
        this.type = type;
        this.apiVersion = apiVersion;
        this.occurredAt = occurredAt;
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * Returns the event id.
     *
     * @return the id
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
     * Returns the {@code data} object.
     *
     * @return an unmodifiable view, in field order
     */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * Sets the event id.
     *
     * @param eventId a non-blank id
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withEventId(String eventId) {
        return new TestWebhookEvent(SdrpInputs.required("id", eventId), type, apiVersion, occurredAt, data);
    }

    /**
     * Sets the event type, for example {@code direct_payment.spent}.
     *
     * @param eventType a non-blank type
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withType(String eventType) {
        return new TestWebhookEvent(id, SdrpInputs.required("type", eventType), apiVersion, occurredAt, data);
    }

    /**
     * Sets {@code api_version}.
     *
     * @param version a non-blank version
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withApiVersion(String version) {
        return new TestWebhookEvent(id, type, SdrpInputs.required("api_version", version), occurredAt, data);
    }

    /**
     * Sets {@code occurred_at}.
     *
     * @param instant the time
     * @return the changed copy
     * @throws SdrpValidationException when {@code null}
     */
    public TestWebhookEvent withOccurredAt(Instant instant) {
        if (instant == null) {
            throw new SdrpValidationException("occurred_at", "occurred_at is required");
        }
        return new TestWebhookEvent(id, type, apiVersion, instant, data);
    }

    /**
     * Sets the requirement id ({@code requirement_id}, and {@code direct_payment_requirement_id}
     * when the event has it).
     *
     * @param requirementId a non-blank id
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withRequirementId(String requirementId) {
        String value = SdrpInputs.required("requirement_id", requirementId);
        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.put("requirement_id", value);
        changed.computeIfPresent("direct_payment_requirement_id", (key, old) -> value);
        return withDataMap(changed);
    }

    /**
     * Sets {@code challenge_hash}.
     *
     * @param challengeHash a non-blank hash, for example from {@code DirectPaymentChallenges}
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withChallengeHash(String challengeHash) {
        return withData("challenge_hash", SdrpInputs.required("challenge_hash", challengeHash));
    }

    /**
     * Sets {@code chain_receipt_id}.
     *
     * @param chainReceiptId a non-blank id
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withChainReceiptId(String chainReceiptId) {
        return withData("chain_receipt_id", SdrpInputs.required("chain_receipt_id", chainReceiptId));
    }

    /**
     * Sets {@code settlement_batch_id}.
     *
     * @param settlementBatchId a non-blank id
     * @return the changed copy
     * @throws SdrpValidationException when blank
     */
    public TestWebhookEvent withSettlementBatchId(String settlementBatchId) {
        return withData("settlement_batch_id", SdrpInputs.required("settlement_batch_id", settlementBatchId));
    }

    /**
     * Sets {@code merchant}.
     *
     * @param merchant a merchant key, normalised as for checkout sessions
     * @return the changed copy
     * @throws SdrpValidationException when invalid
     */
    public TestWebhookEvent withMerchant(String merchant) {
        return withData("merchant", SdrpInputs.selfServiceMerchant(merchant));
    }

    /**
     * Sets any {@code data} field, for example to build an event a classifier must reject.
     *
     * @param field the field name
     * @param value a JSON value: {@code String}, a finite {@code Number}, {@code Boolean},
     *        {@code Map} with string keys, {@code List} of such values, or {@code null}
     * @return the changed copy
     * @throws SdrpValidationException when the name is blank or the value is not JSON
     */
    public TestWebhookEvent withData(String field, Object value) {
        String name = SdrpInputs.required("field", field);
        requireJson(name, value);
        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.put(name, value);
        return withDataMap(changed);
    }

    /**
     * Removes a {@code data} field.
     *
     * @param field the field name
     * @return the changed copy
     */
    public TestWebhookEvent withoutData(String field) {
        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.remove(field);
        return withDataMap(changed);
    }

    /**
     * Returns the event as compact JSON bytes.
     *
     * @return UTF-8 JSON
     */
    public byte[] toJsonBytes() {
        return SdrpJson.MAPPER.writeValueAsBytes(ConfirmationEvents.event(id, type, apiVersion, occurredAt, data));
    }

    /**
     * Signs the event at a chosen time.
     *
     * @param secret the webhook signing secret
     * @param timestamp unix seconds
     * @return the body and header
     * @throws SdrpValidationException when the secret is empty
     */
    public SignedWebhook sign(String secret, long timestamp) {
        return SignedWebhook.create(id, secret, toJsonBytes(), timestamp);
    }

    /**
     * Signs the event at a chosen time.
     *
     * @param secret the webhook signing secret
     * @param signedAt the signature time
     * @return the body and header
     * @throws SdrpValidationException when the secret is empty or the time is {@code null}
     */
    public SignedWebhook sign(String secret, Instant signedAt) {
        if (signedAt == null) {
            throw new SdrpValidationException("timestamp", "timestamp is required");
        }
        return sign(secret, signedAt.getEpochSecond());
    }

    /**
     * Signs the event now.
     *
     * @param secret the webhook signing secret
     * @return the body and header
     * @throws SdrpValidationException when the secret is empty
     */
    public SignedWebhook sign(String secret) {
        return sign(secret, Instant.now().getEpochSecond());
    }

    /** Accepts only values that are JSON as they are, so writing the event cannot fail. */
    private static void requireJson(String field, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal) {
            return;
        }
        if (value instanceof Double || value instanceof Float) {
            if (Double.isFinite(((Number) value).doubleValue())) {
                return;
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new SdrpValidationException(field, field + " has a map key that is not a string");
                }
                requireJson(field, entry.getValue());
            }
            return;
        } else if (value instanceof java.util.List<?> list) {
            for (Object item : list) {
                requireJson(field, item);
            }
            return;
        }
        throw new SdrpValidationException(field, field + " must be a JSON value (string, finite number, boolean, map, list or null)");
    }

    private TestWebhookEvent withDataMap(Map<String, Object> changed) {
        return new TestWebhookEvent(id, type, apiVersion, occurredAt, changed);
    }

    @Override
    public String toString() {
        return "TestWebhookEvent[id=" + id + ", type=" + type + ", data=" + data + "]";
    }
}
