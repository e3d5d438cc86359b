package com.siglume.sdrp.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata IDEs read: generated from the Javadoc of {@link SiglumeProperties}
 * and merged with the hand-written hints.
 */
class ConfigurationMetadataTests {

    private static final List<String> PROPERTIES = List.of("siglume.env", "siglume.api-base", "siglume.merchant",
            "siglume.merchant-auth-token", "siglume.auth-token", "siglume.challenge-secret", "siglume.client.timeout",
            "siglume.client.max-retries", "siglume.webhook.enabled", "siglume.webhook.path", "siglume.webhook.secret",
            "siglume.webhook.additional-secrets", "siglume.webhook.tolerance", "siglume.webhook.max-body-size",
            "siglume.webhook.read-timeout",
            "siglume.webhook.store", "siglume.webhook.jdbc.initialize-schema", "siglume.webhook.r2dbc.initialize-schema",
            "siglume.health.hosted-checkout.enabled",
            "siglume.health.hosted-checkout.cache-ttl", "siglume.webhook.jdbc.payload-retention",
            "siglume.webhook.require-payment-listener", "siglume.verify-on-startup", "siglume.checkout.enabled", "siglume.checkout.public-origin",
            "siglume.checkout.success-path", "siglume.checkout.cancel-path", "siglume.checkout.allow-metered",
            "management.endpoint.siglume.access",
            "management.endpoint.siglume.cache.time-to-live");

    @Test
    void everyPropertyIsDescribedFromItsJavadoc() throws Exception {
        JsonNode metadata = read();
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.get("properties").forEach(property -> byName.put(property.get("name").asString(), property));
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(PROPERTIES);
        for (String name : PROPERTIES) {
            JsonNode description = byName.get(name).get("description");
            assertThat(description).as(name).isNotNull();
            assertThat(description.asString()).as(name).hasSizeGreaterThan(20);
        }
        assertThat(byName.get("siglume.webhook.secret").get("description").asString())
                .contains("SIGLUME_WEBHOOK_SECRET");
        assertThat(byName.get("siglume.client.timeout").get("defaultValue").asString()).isEqualTo("15s");
        assertThat(byName.get("siglume.webhook.path").get("defaultValue").asString()).isEqualTo("/siglume/webhook")
                .isEqualTo(com.siglume.sdrp.Sdrp.DEFAULT_WEBHOOK_PATH);
        assertThat(byName.get("siglume.webhook.tolerance").get("defaultValue").asString()).isEqualTo("5m");
        assertThat(byName.get("siglume.webhook.jdbc.payload-retention").get("type").asString())
                .isEqualTo("java.time.Duration");
        assertThat(byName.get("siglume.webhook.jdbc.payload-retention").has("defaultValue")).isFalse();
        assertThat(byName.get("siglume.webhook.read-timeout").get("defaultValue").asString()).isEqualTo("10s");
        assertThat(byName.get("siglume.checkout.success-path").get("defaultValue").asString())
                .isEqualTo("/checkout/success");
        assertThat(byName.get("siglume.checkout.allow-metered").get("defaultValue").asBoolean()).isFalse();
        assertThat(byName.get("siglume.webhook.require-payment-listener").get("defaultValue").asBoolean()).isTrue();
    }

    @Test
    void hintsListTheAllowedValues() throws Exception {
        Map<String, List<String>> hints = new HashMap<>();
        read().get("hints").forEach(hint -> {
            List<String> values = new java.util.ArrayList<>();
            hint.get("values").forEach(value -> values.add(value.get("value").asString()));
            hints.put(hint.get("name").asString(), values);
        });
        assertThat(hints.get("siglume.env")).containsExactly("live", "sandbox");
        assertThat(hints.get("siglume.webhook.store")).containsExactly("auto", "jdbc", "memory");
        assertThat(hints.get("siglume.verify-on-startup")).containsExactly("off", "warn", "fail");
        assertThat(hints.get("siglume.webhook.jdbc.initialize-schema")).containsExactlyInAnyOrder("always", "embedded",
                "never");
        assertThat(hints.get("siglume.webhook.r2dbc.initialize-schema")).containsExactlyInAnyOrder("always",
                "embedded", "never");
    }

    private static JsonNode read() throws Exception {
        try (InputStream in = SiglumeProperties.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata on the classpath").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
