package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.client.internal.WireNames;
import org.jspecify.annotations.Nullable;

/**
 * The cadence of a recurring payment (PROTOCOL §3): {@link #MONTHLY} for subscriptions,
 * {@link #DAILY} as the approval tag of scheduled autopay (not a limit of one run a day).
 */
public enum RecurringCadence {
    /** Monthly: subscriptions. */
    MONTHLY("monthly"),
    /** Daily: the approval tag of scheduled autopay. */
    DAILY("daily"),
    /** A cadence this SDK version does not know; the answer's {@code cadenceWireName()} holds it. Never sent. */
    UNKNOWN(null);

    private final @Nullable String wireName;

    RecurringCadence(@Nullable String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the cadence's name on the wire.
     *
     * @return for example {@code monthly}; {@code null} for {@link #UNKNOWN}
     */
    public @Nullable String wireName() {
        return wireName;
    }

    /**
     * Looks a cadence up by its name on the wire, exactly as written.
     *
     * @param wireName the {@code cadence} text, may be {@code null}
     * @return the cadence, {@link #UNKNOWN} for a name this SDK does not know, {@code null} for {@code null}
     */
    public static @Nullable RecurringCadence fromWireName(@Nullable String wireName) {
        return WireNames.lookup(values(), RecurringCadence::wireName, wireName, UNKNOWN);
    }
}
