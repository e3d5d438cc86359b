package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.client.internal.WireNames;
import org.jspecify.annotations.Nullable;

/**
 * The payment mode of requirements, subscriptions and scheduled autopay authorizations.
 */
public enum PaymentMode {
    /** Direct Request Payment, {@code external_402}. */
    EXTERNAL_402(Sdrp.PAYMENT_MODE),
    /** A mode this SDK version does not know; the answer's {@code modeWireName()} holds it. Never sent. */
    UNKNOWN(null);

    private final @Nullable String wireName;

    PaymentMode(@Nullable String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the mode's name on the wire.
     *
     * @return for example {@code external_402}; {@code null} for {@link #UNKNOWN}
     */
    public @Nullable String wireName() {
        return wireName;
    }

    /**
     * Looks a mode up by its name on the wire, exactly as written.
     *
     * @param wireName the {@code mode} text, may be {@code null}
     * @return the mode, {@link #UNKNOWN} for a name this SDK does not know, {@code null} for {@code null}
     */
    public static @Nullable PaymentMode fromWireName(@Nullable String wireName) {
        return WireNames.lookup(values(), PaymentMode::wireName, wireName, UNKNOWN);
    }
}
