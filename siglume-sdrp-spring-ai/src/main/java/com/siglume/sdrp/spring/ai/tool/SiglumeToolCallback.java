package com.siglume.sdrp.spring.ai.tool;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeTransportException;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.util.json.schema.JsonSchemaGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One payment tool: its JSON schema generated from the argument record, its arguments read with
 * Jackson, its answer a JSON object. Arguments that cannot be read, and failures of the Siglume
 * API, come back as a JSON object with {@code error} and {@code message}, so the model always
 * gets an answer it can act on; nothing is thrown for them.
 *
 * @param <I> the argument record
 */
final class SiglumeToolCallback<I> implements ToolCallback {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ToolDefinition definition;
    private final Class<I> inputType;
    private final Function<I, ObjectNode> handler;

    private SiglumeToolCallback(String name, String description, Class<I> inputType, Function<I, ObjectNode> handler) {
        this.definition = ToolDefinition.builder().name(name).description(description)
                .inputSchema(JsonSchemaGenerator.generateForType(inputType)).build();
        this.inputType = inputType;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    static <I> SiglumeToolCallback<I> of(String name, String description, Class<I> inputType,
            Function<I, ObjectNode> handler) {
        return new SiglumeToolCallback<>(name, description, inputType, handler);
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return definition;
    }

    @Override
    public String call(String toolInput) {
        I input;
        try {
            input = JSON.readValue(toolInput == null || toolInput.isBlank() ? "{}" : toolInput, inputType);
        } catch (JacksonException e) {
            return error("invalid_input", "The arguments are not valid for " + definition.name() + ": "
                    + e.getOriginalMessage()).toString();
        }
        try {
            return handler.apply(input).toString();
        } catch (SdrpValidationException e) {
            return error("invalid_input", e.getMessage()).toString();
        } catch (SiglumeApiException e) {
            return error("siglume_api_error", "Siglume answered HTTP " + e.status() + " " + e.code() + ".")
                    .put("status", e.status()).put("code", e.code()).toString();
        } catch (SiglumeTransportException e) {
            return error("siglume_unreachable", "Siglume could not be reached; try again later.").toString();
        }
    }

    static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error", code).put("message", message);
    }

    @Override
    public String toString() {
        return "SiglumeToolCallback[" + definition.name() + "]";
    }
}
