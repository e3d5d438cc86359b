package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.client.internal.WireNames;
import org.jspecify.annotations.Nullable;

/**
 * The status of a Hosted Checkout session. Informational only: fulfil an order from the verified
 * {@code direct_payment.confirmed} webhook, never from this status.
 */
public enum CheckoutSessionStatus {
    /** Created; the shopper has not signed in yet. */
    OPEN("open"),
    /** The shopper signed in to Siglume. */
    AUTHENTICATED("authenticated"),
    /** Hosted Checkout accepted the wallet payment flow (for Micro/Nano not yet settled). */
    PAID("paid"),
    /** The session expired unused. */
    EXPIRED("expired"),
    /** The shopper cancelled. */
    CANCELLED("cancelled"),
    /** The payment failed. */
    FAILED("failed"),
    /** A status this SDK version does not know; the answer's {@code statusWireName()} holds it. */
    UNKNOWN(null);

    private final @Nullable String wireName;

    CheckoutSessionStatus(@Nullable String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the status's name on the wire.
     *
     * @return for example {@code paid}; {@code null} for {@link #UNKNOWN}
     */
    public @Nullable String wireName() {
        return wireName;
    }

    /**
     * Looks a status up by its name on the wire, exactly as written.
     *
     * @param wireName the {@code status} text, may be {@code null}
     * @return the status, {@link #UNKNOWN} for a name this SDK does not know, {@code null} for {@code null}
     */
    public static @Nullable CheckoutSessionStatus fromWireName(@Nullable String wireName) {
        return WireNames.lookup(values(), CheckoutSessionStatus::wireName, wireName, UNKNOWN);
    }
}
