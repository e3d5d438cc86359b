package com.siglume.sdrp.spring.webhook;

import java.util.Locale;

/**
 * What happened to a recorded webhook event; stored in the {@code status} column.
 */
public enum EventStatus {
    /** Listeners received it and committed. */
    PROCESSED,
    /**
     * A {@code direct_payment.confirmed} event no listener received (for example an
     * {@link com.siglume.sdrp.confirmation.Unclassified} one with no listener for it): kept for
     * manual review.
     */
    REVIEW,
    /** A readiness-probe delivery: acknowledged, no listener called. */
    PROBE,
    /** An event of a type no listener subscribed to: acknowledged and kept. */
    IGNORED;

    /**
     * Returns the stored form.
     *
     * @return for example {@code processed}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the stored form.
     *
     * @param value for example {@code review}
     * @return the status
     * @throws IllegalArgumentException when the value is not a status (a corrupted row)
     */
    public static EventStatus fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
