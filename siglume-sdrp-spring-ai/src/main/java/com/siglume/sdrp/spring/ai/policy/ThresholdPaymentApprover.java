package com.siglume.sdrp.spring.ai.policy;

import com.siglume.sdrp.SdrpInputs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default approver: approves a payment up to its currency's threshold and denies anything
 * above it, or in a currency without a threshold.
 */
public final class ThresholdPaymentApprover implements SiglumePaymentApprover {

    private final Map<String, Long> thresholds;

    /**
     * Creates the approver.
     *
     * @param thresholds currency ({@code JPY}, {@code USD}, any case) to the largest amount
     *        approved without a person, in minor units; zero approves nothing
     * @throws com.siglume.sdrp.SdrpValidationException when a currency is unknown
     * @throws IllegalArgumentException when a threshold is negative
     */
    public ThresholdPaymentApprover(Map<String, Long> thresholds) {
        Map<String, Long> copy = new LinkedHashMap<>();
        thresholds.forEach((currency, threshold) -> {
            if (threshold == null || threshold < 0) {
                throw new IllegalArgumentException("the auto-approval threshold of " + currency + " must be zero or more");
            }
            copy.put(SdrpInputs.currency(currency), threshold);
        });
        this.thresholds = Collections.unmodifiableMap(copy);
    }

    @Override
    public Approval review(PaymentOffer offer) {
        long threshold = thresholds.getOrDefault(offer.currency(), 0L);
        if (offer.amountMinor() <= threshold) {
            return Approval.approve();
        }
        return Approval.deny("The amount " + offer.amountMinor() + " " + offer.currency()
                + " is above the automatic approval threshold of " + threshold + " " + offer.currency()
                + "; a person has to pay it.");
    }

    /**
     * Returns the thresholds.
     *
     * @return currency to threshold in minor units, unmodifiable
     */
    public Map<String, Long> thresholds() {
        return thresholds;
    }
}
