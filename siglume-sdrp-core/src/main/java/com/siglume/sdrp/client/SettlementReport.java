package com.siglume.sdrp.client;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An answer that reports how its payment settles; each accessor reads {@link #settlement()}.
 */
public interface SettlementReport {

    /** {@return how the payment settles} */
    PaymentSettlement settlement();

    /** {@return the pricing band, {@code standard}, {@code micro} or {@code nano}, or {@code null}} */
    default @Nullable String pricingBand() {
        return settlement().pricingBand();
    }

    /** {@return the settlement cadence, {@code per_payment}, {@code weekly} or {@code monthly}, or {@code null}} */
    default @Nullable String settlementCadence() {
        return settlement().settlementCadence();
    }

    /** {@return the settlement finality, or {@code null}} */
    default @Nullable String finality() {
        return settlement().finality();
    }

    /** {@return the protocol fee in minor units (decimal), or {@code null}} */
    default @Nullable BigDecimal protocolFeeMinor() {
        return settlement().protocolFeeMinor();
    }

    /** {@return the settlement status, or {@code null}} */
    default @Nullable String settlementStatus() {
        return settlement().settlementStatus();
    }
}
