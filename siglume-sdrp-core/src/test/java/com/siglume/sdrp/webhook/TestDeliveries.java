package com.siglume.sdrp.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds event bodies and clocks for the webhook tests. */
final class TestDeliveries {

    static final long T = 1_800_000_000L;

    private TestDeliveries() {
    }

    /** A valid {@code direct_payment.confirmed} event body with the given id. */
    static byte[] eventBody(String id) {
        return ("{\"id\":\"" + id + "\",\"type\":\"direct_payment.confirmed\",\"api_version\":\"2026-06-11\","
                + "\"occurred_at\":\"2026-06-11T00:00:00Z\",\"data\":{\"mode\":\"external_402\","
                + "\"pricing_band\":\"standard\",\"amount_minor\":1200,\"note\":\"caf\u00e9 \u2603\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    static Clock clockAtMillis(long epochMilli) {
        return Clock.fixed(Instant.ofEpochMilli(epochMilli), ZoneOffset.UTC);
    }
}
