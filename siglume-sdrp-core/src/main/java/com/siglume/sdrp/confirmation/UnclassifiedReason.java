package com.siglume.sdrp.confirmation;

/**
 * Why an event could not be classified as a payment the merchant may act on.
 */
public enum UnclassifiedReason {
    /** The event type is not {@code direct_payment.confirmed}. */
    NOT_DIRECT_PAYMENT_CONFIRMED("not_direct_payment_confirmed"),
    /** {@code data.mode} is neither {@code external_402} nor {@code metered_settlement_batch}. */
    UNSUPPORTED_CONFIRMATION_MODE("unsupported_confirmation_mode"),
    /** A metered settlement batch event lacks a required field or value. */
    INVALID_METERED_SETTLEMENT_CONFIRMATION("invalid_metered_settlement_confirmation"),
    /** A Standard confirmation lacks a required field or value. */
    MISSING_STANDARD_SETTLEMENT_FIELDS("missing_standard_settlement_fields"),
    /** A Micro/Nano confirmation lacks a required field or value. */
    MISSING_METERED_USAGE_FIELDS("missing_metered_usage_fields"),
    /** The pricing band is missing or not one the protocol defines. */
    UNKNOWN_CONFIRMATION_SHAPE("unknown_confirmation_shape");

    private final String wireName;

    UnclassifiedReason(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name the reference SDKs use for this reason.
     *
     * @return for example {@code missing_standard_settlement_fields}
     */
    public String wireName() {
        return wireName;
    }
}
