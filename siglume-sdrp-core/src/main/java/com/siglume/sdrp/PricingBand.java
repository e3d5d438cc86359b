package com.siglume.sdrp;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pricing band the platform picks from a payment's amount (PROTOCOL §1), with the
 * settlement fields a confirmation of that band carries. The one place the SDK keeps the band
 * thresholds and the band-to-cadence rule: the classifier, the sandbox and the checkout use it.
 */
public enum PricingBand {

    /** JPY 501 and up, USD 301 cents and up: settled per payment, on chain. */
    STANDARD("standard", "per_payment", Sdrp.FINALITY_STANDARD, Sdrp.STATUS_SETTLED),
    /** JPY 50 to 500, USD 31 to 300 cents: aggregated weekly. */
    MICRO("micro", "weekly", Sdrp.FINALITY_METERED, Sdrp.STATUS_PENDING_SETTLEMENT),
    /** JPY 1 to 49, USD 1 to 30 cents: aggregated monthly. */
    NANO("nano", "monthly", Sdrp.FINALITY_METERED, Sdrp.STATUS_PENDING_SETTLEMENT);

    private final String wireName;
    private final String settlementCadence;
    private final String finality;
    private final String settlementStatus;

    PricingBand(String wireName, String settlementCadence, String finality, String settlementStatus) {
        this.wireName = wireName;
        this.settlementCadence = settlementCadence;
        this.finality = finality;
        this.settlementStatus = settlementStatus;
    }

    /**
     * Picks the band for an amount.
     *
     * @param currency {@code JPY} or {@code USD}, normalised here
     * @param amountMinor a positive amount in minor units
     * @return the band
     * @throws com.siglume.sdrp.SdrpValidationException when the currency or amount is invalid
     */
    public static PricingBand of(String currency, long amountMinor) {
        String normalised = SdrpInputs.currency(currency);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        boolean jpy = "JPY".equals(normalised);
        if (amount >= (jpy ? 501 : 301)) {
            return STANDARD;
        }
        return amount >= (jpy ? 50 : 31) ? MICRO : NANO;
    }

    /**
     * Looks a band up by its name on the wire, exactly as written ({@code standard}, {@code micro},
     * {@code nano}).
     *
     * @param wireName the {@code pricing_band} value, may be {@code null}
     * @return the band, or empty for {@code null} or a name this SDK does not know
     */
    public static Optional<PricingBand> fromWireName(@Nullable String wireName) {
        for (PricingBand band : values()) {
            if (band.wireName.equals(wireName)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the band's name on the wire.
     *
     * @return {@code standard}, {@code micro} or {@code nano}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the {@code settlement_cadence} of a confirmation in this band.
     *
     * @return {@code per_payment}, {@code weekly} or {@code monthly}
     */
    public String settlementCadence() {
        return settlementCadence;
    }

    /**
     * Returns the {@code finality} of a confirmation in this band.
     *
     * @return {@code per_payment_onchain} or {@code aggregated_onchain_settlement}
     */
    public String finality() {
        return finality;
    }

    /**
     * Returns the {@code settlement_status} of a payment confirmation in this band.
     *
     * @return {@code settled} or {@code pending_settlement}
     */
    public String settlementStatus() {
        return settlementStatus;
    }

    /**
     * Tells whether payments in this band are aggregated into settlement batches.
     *
     * @return {@code true} for micro and nano
     */
    public boolean isMetered() {
        return this != STANDARD;
    }
}
