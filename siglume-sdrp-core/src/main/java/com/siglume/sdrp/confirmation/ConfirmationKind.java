package com.siglume.sdrp.confirmation;

/**
 * What a classified {@code direct_payment.confirmed} event allows the merchant to do.
 */
public enum ConfirmationKind {
    /** A Standard payment settled on chain: the order may be marked paid. */
    STANDARD_SETTLED("standard_settled"),
    /** Micro/Nano usage accepted, settlement pending: fulfil as unsettled. */
    METERED_USAGE_ACCEPTED("metered_usage_accepted"),
    /** A Micro/Nano settlement batch settled: reconcile revenue; names no order. */
    METERED_BATCH_SETTLED("metered_batch_settled"),
    /** Anything else: route to durable manual review, never fulfil. */
    UNKNOWN("unknown");

    private final String wireName;

    ConfirmationKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name the reference SDKs use for this kind.
     *
     * @return for example {@code standard_settled}
     */
    public String wireName() {
        return wireName;
    }
}
