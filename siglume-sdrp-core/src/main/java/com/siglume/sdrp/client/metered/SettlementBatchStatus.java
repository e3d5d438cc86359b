package com.siglume.sdrp.client.metered;

import com.siglume.sdrp.client.internal.WireNames;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle state of a Micro/Nano settlement batch. Revenue is settled only when the
 * status is {@link #SETTLED} and the batch has a chain receipt.
 */
public enum SettlementBatchStatus {
    /** The pre-debit notice is not delivered yet. */
    NOTICE_PENDING("notice_pending"),
    /** The pre-debit notice could not be delivered. */
    NOTICE_DELIVERY_FAILED("notice_delivery_failed"),
    /** Ready to be debited. */
    READY("ready"),
    /** The debit was submitted on chain. */
    SUBMITTED("submitted"),
    /** Settled on chain. */
    SETTLED("settled"),
    /** The debit failed; it may be retried. */
    FAILED("failed"),
    /** Past due: Micro/Nano usage is paused ({@code METERED_SETTLEMENT_PAST_DUE}). */
    PAST_DUE("past_due"),
    /** Terminal: marked uncollectible. */
    UNCOLLECTIBLE("uncollectible"),
    /** Terminal: written off. */
    WRITTEN_OFF("written_off"),
    /** A status this SDK version does not know; the batch's {@code statusWireName()} holds it. */
    UNKNOWN(null);

    private final @Nullable String wireName;

    SettlementBatchStatus(@Nullable String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the status's name on the wire.
     *
     * @return for example {@code settled}; {@code null} for {@link #UNKNOWN}
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
    public static @Nullable SettlementBatchStatus fromWireName(@Nullable String wireName) {
        return WireNames.lookup(values(), SettlementBatchStatus::wireName, wireName, UNKNOWN);
    }
}
