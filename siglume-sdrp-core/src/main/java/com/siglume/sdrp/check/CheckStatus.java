package com.siglume.sdrp.check;

import java.util.Locale;

/** Whether one check passed. */
public enum CheckStatus {
    /** The check passed. */
    PASS,
    /** The check failed; its detail says what to fix. */
    FAIL;

    /**
     * Returns the name used in JSON documents.
     *
     * @return {@code pass} or {@code fail}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
