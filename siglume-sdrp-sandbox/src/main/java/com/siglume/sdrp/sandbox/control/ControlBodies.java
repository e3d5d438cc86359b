package com.siglume.sdrp.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SandboxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The bodies of the sandbox's own {@code PUT}/{@code POST} routes. Every refusal, of a field's
 * type here or of a value by the sandbox's Java API, is a 400 {@value #INVALID_REQUEST}.
 */
final class ControlBodies {

    static final String INVALID_REQUEST = "INVALID_SANDBOX_REQUEST";

    private ControlBodies() {
    }

    record WebhookUrl(@JsonProperty("webhook_url") JsonNode webhookUrl) {

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

    record Readiness(
            @JsonProperty("ready") JsonNode ready,
            @JsonProperty("status") JsonNode status,
            @JsonProperty("missing_requirements") JsonNode missingRequirements,
            @JsonProperty("blockers") JsonNode blockers) {
    }

    record HostedCheckout(
            @JsonProperty("enabled") JsonNode enabled,
            @JsonProperty("status") JsonNode status,
            @JsonProperty("code") JsonNode code) {
    }

    record ApiFault(
            @JsonProperty("type") JsonNode type,
            @JsonProperty("status") JsonNode status,
            @JsonProperty("code") JsonNode code,
            @JsonProperty("message") JsonNode message,
            @JsonProperty("retry_after_seconds") JsonNode retryAfterSeconds,
            @JsonProperty("duration_ms") JsonNode durationMs,
            @JsonProperty("count") JsonNode count) {
    }

    record WebhookFault(@JsonProperty("type") JsonNode type, @JsonProperty("count") JsonNode count) {
    }

    record WebhookRetry(
            @JsonProperty("max_attempts") JsonNode maxAttempts,
            @JsonProperty("initial_backoff_ms") JsonNode initialBackoffMs,
            @JsonProperty("multiplier") JsonNode multiplier,
            @JsonProperty("max_backoff_ms") JsonNode maxBackoffMs) {
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
