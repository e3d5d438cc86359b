package com.siglume.sdrp.client.requirements;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A prepared Web3 transaction request ({@code transaction_request} or
 * {@code approve_transaction_request} of a payment requirement), kept exactly as the API sent
 * it so that it can be sent back to {@code execute-prepared} unchanged, unknown fields included.
 *
 * <p>Immutable: the JSON is copied in and out.
 */
public final class TransactionRequest {

    private final ObjectNode json;

    private TransactionRequest(ObjectNode json) {
        this.json = json;
    }

    /** Binds the object of an answer. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static TransactionRequest fromJson(JsonNode json) {
        return new TransactionRequest(ClientJson.jsonObject("transaction_request", json));
    }

    /**
     * Reads one from JSON text, for example one stored earlier from {@link #json()}.
     *
     * @param json a JSON object
     * @return the transaction request
     * @throws SdrpValidationException when {@code json} is not one JSON object
     */
    public static TransactionRequest parse(String json) {
        JsonNode node = json == null ? null
                : ClientJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
        return fromJson(node);
    }

    /**
     * Builds one from a map of JSON values.
     *
     * @param fields the fields
     * @return the transaction request
     * @throws SdrpValidationException when a value is not JSON
     */
    public static TransactionRequest of(Map<String, ?> fields) {
        return new TransactionRequest(ClientJson.jsonObject("transaction_request", fields));
    }

    /**
     * Returns the JSON text of the object, as the API sent it (unknown fields included).
     *
     * @return compact JSON
     */
    public String json() {
        return json.toString();
    }

    /** The object written back into request bodies; a copy, so this stays immutable. */
    @JsonValue
    ObjectNode jsonNode() {
        return json.deepCopy();
    }

    /**
     * Returns every field as unmodifiable Java values.
     *
     * @return the fields
     */
    public Map<String, Object> fields() {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) ClientJson.toJava(json);
        return fields;
    }

    /**
     * Tells whether the object has no fields.
     *
     * @return {@code true} for {@code {}}
     */
    public boolean isEmpty() {
        return json.isEmpty();
    }

    /**
     * Returns the network, for example {@code polygon}.
     *
     * @return the network, or {@code null}
     */
    public @Nullable String network() {
        return ClientJson.text(json, "network");
    }

    /**
     * Returns the chain id.
     *
     * @return the chain id, or {@code null}
     */
    public @Nullable Long chainId() {
        JsonNode value = json.get("chain_id");
        return value != null && value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /**
     * Returns the sender address.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String from() {
        return ClientJson.text(json, "from");
    }

    /**
     * Returns the target address.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String to() {
        return ClientJson.text(json, "to");
    }

    /**
     * Returns the call data.
     *
     * @return the hex data, or {@code null}
     */
    public @Nullable String data() {
        return ClientJson.text(json, "data");
    }

    /**
     * Returns the {@code metadata_jsonb} object merged into execution metadata.
     *
     * @return the metadata (unmodifiable), empty when absent or not an object
     */
    public Map<String, Object> metadataJsonb() {
        JsonNode value = json.get("metadata_jsonb");
        if (value == null || !value.isObject()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) ClientJson.toJava(value);
        return metadata;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TransactionRequest that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /**
     * Returns the JSON text, as {@link #json()} does.
     *
     * @return the compact JSON
     */
    @Override
    public String toString() {
        return json();
    }
}
