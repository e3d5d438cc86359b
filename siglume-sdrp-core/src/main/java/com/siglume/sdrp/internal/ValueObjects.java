package com.siglume.sdrp.internal;

/**
 * What the SDK's value classes share: they keep their values in a private record (for
 * equality and the description) and show them under their own name.
 *
 * <p>Not part of the public API.
 */
public final class ValueObjects {

    private ValueObjects() {
    }

    /**
     * Describes a value object the way a record describes itself, under the public type's name.
     *
     * @param typeName the public type's simple name
     * @param values the record holding the values
     * @return for example {@code CheckoutSession[sessionId=chk_1, ...]}
     */
    public static String describe(String typeName, Record values) {
        String text = values.toString();
        return typeName + text.substring(text.indexOf('['));
    }
}
