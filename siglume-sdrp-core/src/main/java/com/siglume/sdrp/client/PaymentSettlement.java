package com.siglume.sdrp.client;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a payment settles, as a payment requirement or a Hosted Checkout session reports it.
 * Standard payments settle one by one; Micro and Nano payments settle in batches.
 *
 * @param pricingBand the pricing band, {@code standard}, {@code micro} or {@code nano}, or {@code null}
 * @param settlementCadence the settlement cadence, {@code per_payment}, {@code weekly} or {@code monthly}, or
 *        {@code null}
 * @param finality the settlement finality, or {@code null}
 * @param protocolFeeMinor the protocol fee in minor units (decimal), or {@code null}
 * @param settlementStatus the settlement status, or {@code null}
 */
public record PaymentSettlement(
        @Nullable String pricingBand,
        @Nullable String settlementCadence,
        @Nullable String finality,
        @Nullable BigDecimal protocolFeeMinor,
        @Nullable String settlementStatus) {
}
