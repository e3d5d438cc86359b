package com.siglume.sdrp.internal;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the SDK: clients, webhook parsing, the sandbox, the starter
 * and the command line all read and write JSON through {@link #MAPPER} or a copy of it.
 *
 * <p>Not part of the public API. Decimal numbers are read as {@code BigDecimal} so amounts stay
 * exact and are written plain; content after the JSON value is an error; unknown fields are
 * tolerated so a newer API can add them; keys keep the order they were written in.
 */
public final class SdrpJson {

    /** The shared mapper; immutable and thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * {@link #MAPPER} that also refuses a repeated key in an object: a signed webhook body must
     * mean one thing to every reader.
     */
    public static final JsonMapper STRICT = MAPPER.rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SdrpJson() {
    }
}
