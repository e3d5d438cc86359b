package com.siglume.sdrp.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON and timestamp helpers shared by the sandbox's parts. */
final class Json {

    /** Floats read as BigDecimal so amounts are never rounded through a double. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** ECMAScript's Date.prototype.toISOString form: always milliseconds, always Z. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    /** Compact JSON bytes of a tree of maps, lists, strings, numbers, booleans and nulls. */
    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** Formats an instant as the reference API does. */
    static String iso(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    /** Formats tenths of a minor unit as the decimal string statements use: 8 -> "0.8", 1000 -> "100". */
    static String tenths(long tenths) {
        return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
    }
}
