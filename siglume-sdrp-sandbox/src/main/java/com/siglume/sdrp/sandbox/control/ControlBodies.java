package com.siglume.sdrp.sandbox.control;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SandboxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies of the sandbox's own {@code PUT}/{@code POST} routes. Every refusal, of a field's
 * type here or of a value by the sandbox's Java API, is a 400 {@value #INVALID_REQUEST}.
 */
final class ControlBodies {

    static final String INVALID_REQUEST = "INVALID_SANDBOX_REQUEST";

    private ControlBodies() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WebhookUrl(JsonNode webhookUrl) {

        String url() {
            if (absent(webhookUrl)) {
                return null;
            }
            if (!webhookUrl.isString()) {
                throw invalid("webhook_url must be a string or null");
            }
            return webhookUrl.stringValue();
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Readiness(JsonNode ready, JsonNode status, JsonNode missingRequirements, JsonNode blockers) {
    }

    record HostedCheckout(JsonNode enabled, JsonNode status, JsonNode code) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiFault(
            JsonNode type,
            JsonNode status,
            JsonNode code,
            JsonNode message,
            JsonNode retryAfterSeconds,
            JsonNode durationMs,
            JsonNode count) {
    }

    record WebhookFault(JsonNode type, JsonNode count) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WebhookRetry(
            JsonNode maxAttempts,
            JsonNode initialBackoffMs,
            JsonNode multiplier,
            JsonNode maxBackoffMs) {
    }

    /** Runs a call of the Java API, answering its validation refusal as a 400. */
    static <T> T control(Supplier<T> action) {
        try {
            return action.get();
        } catch (SdrpValidationException e) {
            throw invalid(e.getMessage());
        }
    }

    static void controlRun(Runnable action) {
        control(() -> {
            action.run();
            return null;
        });
    }

    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    static boolean bool(JsonNode value, String name) {
        if (value == null || !value.isBoolean()) {
            throw invalid(name + " must be true or false");
        }
        return value.booleanValue();
    }

    static String string(JsonNode value, String name) {
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw invalid(name + " must be a non-blank string");
        }
        return value.stringValue();
    }

    static int integer(JsonNode value, String name) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name + " must be an integer");
        }
        return value.intValue();
    }

    static double number(JsonNode value, String name) {
        if (value == null || !value.isNumber()) {
            throw invalid(name + " must be a number");
        }
        return value.doubleValue();
    }

    static List<String> strings(JsonNode value, String name) {
        if (absent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(name + " must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw invalid(name + " must be a list of strings");
            }
            result.add(item.stringValue());
        }
        return result;
    }

    static SandboxException invalid(String message) {
        return new SandboxException(400, INVALID_REQUEST, message);
    }
}
