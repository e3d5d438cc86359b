package com.siglume.sdrp.spring.ai.policy;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;

/**
 * The spending limits of one currency, in minor units.
 *
 * @param maxPerPayment the largest single payment
 * @param budgetPerPeriod the most all payments of one budget period may add up to
 */
public record CurrencyLimits(long maxPerPayment, long budgetPerPeriod) {

    /**
     * Checks the values.
     *
     * @throws SdrpValidationException when a limit is not a positive integer, or one payment may
     *         exceed the whole budget
     */
    public CurrencyLimits {
        SdrpInputs.positiveInteger("max_per_payment", maxPerPayment);
        SdrpInputs.positiveInteger("budget", budgetPerPeriod);
        if (maxPerPayment > budgetPerPeriod) {
            throw new SdrpValidationException("max_per_payment", "max-per-payment (" + maxPerPayment
                    + ") is larger than the budget (" + budgetPerPeriod + ")");
        }
    }
}
