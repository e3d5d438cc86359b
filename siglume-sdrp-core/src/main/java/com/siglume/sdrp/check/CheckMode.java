package com.siglume.sdrp.check;

import java.util.Locale;

/**
 * How far the checks go.
 *
 * <ul>
 *   <li>{@link #PREFLIGHT}: configuration, account, readiness, subscription and a Hosted Checkout
 *       session; no webhook delivery, so it runs before the webhook endpoint exists.</li>
 *   <li>{@link #READINESS} and {@link #VERIFY}: all of that plus a signed readiness-probe test
 *       delivery that the shop must answer with a 2xx status.</li>
 * </ul>
 */
public enum CheckMode {
    /** Everything but the webhook delivery probe. */
    PREFLIGHT,
    /** Everything, the webhook delivery probe included. */
    READINESS,
    /** The same checks as {@link #READINESS}. */
    VERIFY;

    /**
     * Tells whether this mode requires the webhook delivery probe.
     *
     * @return {@code false} for {@link #PREFLIGHT} only
     */
    public boolean requiresDeliveryProbe() {
        return this != PREFLIGHT;
    }

    /**
     * Returns the command name.
     *
     * @return for example {@code verify}
     */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
