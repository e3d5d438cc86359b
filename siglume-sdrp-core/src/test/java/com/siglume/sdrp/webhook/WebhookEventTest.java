package com.siglume.sdrp.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    private static WebhookEvent parse(String json) {
        return WebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String EVENT = "{\"id\":\" evt_1 \",\"type\":\"direct_payment.confirmed\","
            + "\"api_version\":\"2026-06-11\",\"occurred_at\":\"2026-06-11T00:00:00Z\",\"extra\":{\"k\":[1,{\"x\":2}]},"
            + "\"data\":{\"amount\":\"0.2\",\"ratio\":0.1,\"big\":12345678901234567890,\"items\":[{\"a\":null}],"
            + "\"mode\":\" readiness_probe \"}}";

    @Test
    void keepsEveryFieldWithExactNumbersAndTrimsTheEnvelope() {
        WebhookEvent event = parse(EVENT);

        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.apiVersion()).isEqualTo("2026-06-11");
        assertThat(event.occurredAt()).isEqualTo("2026-06-11T00:00:00Z");
        assertThat(event.fields()).containsKey("extra");
        assertThat(event.data().get("ratio")).isEqualTo(new BigDecimal("0.1"));
        assertThat(event.data().get("big")).hasToString("12345678901234567890");
        assertThat(event.data().get("amount")).isEqualTo("0.2");
        assertThat(event.rawJson()).isEqualTo(EVENT);
        assertThat(event.toString()).isEqualTo("WebhookEvent[id=evt_1, type=direct_payment.confirmed]");
    }

    @Test
    void numbersKeepTheirExactType() {
        WebhookEvent event = parse("{\"id\":\"b\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{\"i\":7,\"l\":9007199254740991,\"f\":1.50,\"e\":1e2,"
                + "\"t\":true,\"n\":null,\"s\":\"\\u00e9\\n\"}}");

        assertThat(event.id()).isEqualTo("b");
        assertThat(event.data().get("i")).isEqualTo(7);
        assertThat(event.data().get("l")).isEqualTo(9_007_199_254_740_991L);
        assertThat(event.data().get("f")).isEqualTo(new BigDecimal("1.50"));
        assertThat(event.data().get("e")).isEqualTo(new BigDecimal("1e2"));
        assertThat(event.data().get("t")).isEqualTo(Boolean.TRUE);
        assertThat(event.data()).containsEntry("n", null);
        assertThat(event.data().get("s")).isEqualTo("\u00e9\n");
    }

    @Test
    void refusesARepeatedFieldAtAnyDepth() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"id\":\"b\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{}}"))
                .isInstanceOf(WebhookPayloadException.class).hasMessageContaining("duplicate field");
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{\"challenge_hash\":\"x\",\"challenge_hash\":\"y\"}}"))
                .isInstanceOf(WebhookPayloadException.class).hasMessageContaining("duplicate field");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesARepeatedFieldInsideAnArrayAndKeepsNestedValuesUnmodifiable() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{\"items\":[{\"k\":1,\"k\":2}]}}"))
                .isInstanceOf(WebhookPayloadException.class).hasMessage("webhook body has a duplicate field");

        WebhookEvent event = parse("{\"id\":\"a\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{\"items\":[{\"k\":1}]}}");
        List<?> items = (List<?>) event.data().get("items");
        assertThatThrownBy(() -> ((List<Object>) items).add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<String, Object>) items.get(0)).put("k", 2))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNumberBeyondDecimalRangeIsAPayloadError() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{\"amount_minor\":3e9999999999999999999999999999}}"))
                .isInstanceOf(WebhookPayloadException.class)
                .hasMessage("webhook body is not valid JSON");
    }

    @Test
    void acceptsOnlyUtf8AllowingItsByteOrderMark() {
        String json = "{\"id\":\"a\",\"type\":\"t\",\"api_version\":\"v\",\"occurred_at\":\"o\",\"data\":{}}";
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32"))) {
            assertThatThrownBy(() -> WebhookEvent.parse(json.getBytes(charset)))
                    .as(charset.name())
                    .isInstanceOf(WebhookPayloadException.class)
                    .hasMessage("webhook body must be UTF-8 JSON");
        }
        byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookEvent.parse(withBom).id()).isEqualTo("a");
    }

    @Test
    void refusesMalformedUtf8InsteadOfReplacingIt() {
        // overlong '/', overlong NUL, a code point above U+10FFFF, an encoded high and low
        // surrogate, a lone continuation byte, a truncated sequence, bytes never valid in UTF-8
        List<byte[]> invalid = List.of(new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xFE}, new byte[] {(byte) 0xFF});
        for (byte[] sequence : invalid) {
            byte[] body = withIdBytes(sequence);
            assertThatThrownBy(() -> WebhookEvent.parse(body))
                    .as(java.util.HexFormat.of().formatHex(sequence))
                    .isInstanceOf(WebhookPayloadException.class)
                    .hasMessage("webhook body must be UTF-8 JSON");
        }
        WebhookEvent valid = WebhookEvent.parse(withIdBytes("\u00e9\ud83d\ude00".getBytes(StandardCharsets.UTF_8)));
        assertThat(valid.id()).isEqualTo("evt_\u00e9\ud83d\ude00");
    }

    /** A well-formed event whose id is {@code evt_} followed by the given bytes. */
    private static byte[] withIdBytes(byte[] idTail) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"id\":\"evt_".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(idTail);
        body.writeBytes(("\",\"type\":\"t\",\"api_version\":\"v\",\"occurred_at\":\"o\",\"data\":{}}")
                .getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void isDeeplyUnmodifiable() {
        WebhookEvent event = parse(EVENT);
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) event.data().get("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = (Map<String, Object>) event.fields().get("extra");
        @SuppressWarnings("unchecked")
        List<Object> nested = (List<Object>) extra.get("k");

        assertThatThrownBy(() -> event.data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> event.fields().remove("id")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> items.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.put("a", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nested.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<?, ?>) nested.get(1)).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(item).containsEntry("a", null);
    }

    @Test
    void rawBytesAreACopy() {
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
        WebhookEvent event = WebhookEvent.parse(body);
        body[0] = 'X';
        event.rawBytes()[1] = 'X';

        assertThat(event.rawBytes()).isEqualTo(EVENT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesReadinessProbes() {
        assertThat(parse(EVENT).isReadinessProbe()).isTrue();
        assertThat(parse(EVENT.replace("\"mode\":\" readiness_probe \"", "\"readiness_probe\":true")).isReadinessProbe())
                .isTrue();
        assertThat(parse(EVENT.replace("\"mode\":\" readiness_probe \"", "\"readiness_probe\":\"true\""))
                .isReadinessProbe()).isFalse();
        assertThat(parse(EVENT.replace("readiness_probe", "external_402")).isReadinessProbe()).isFalse();
    }

    @Test
    void dataStringAppliesThePresenceRule() {
        WebhookEvent event = parse(EVENT);

        assertThat(event.dataString("mode")).isEqualTo("readiness_probe");
        assertThat(event.dataString("ratio")).isNull();
        assertThat(event.dataString("missing")).isNull();
        assertThat(event.dataString(null)).isNull();
    }

    @Test
    void refusesEnvelopesWithoutTheRequiredFields() {
        for (String json : List.of("[]", "\"x\"", "{\"data\":{}}",
                EVENT.replace("\"type\":\"direct_payment.confirmed\"", "\"type\":\" \""),
                EVENT.replace("\"api_version\":\"2026-06-11\"", "\"api_version\":20260611"),
                EVENT.replace("\"occurred_at\":\"2026-06-11T00:00:00Z\"", "\"occurred_at\":null"),
                EVENT.replace("\"data\":{", "\"data\":[{").replace("}}", "}]}"))) {
            assertThatThrownBy(() -> parse(json)).as(json).isExactlyInstanceOf(WebhookPayloadException.class);
        }
    }
}
