package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import com.siglume.sdrp.spring.ai.policy.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link SiglumeAgentPayments#review} found about an offer, without paying or reserving
 * anything and without asking the approver.
 *
 * @param offer the normalised offer
 * @param pricingBand the band the platform will apply
 * @param periodStart the first day of the current budget period
 * @param budgetRemainingMinor what the current period's budget has left in the offer's
 *        currency, or {@code null} when the currency is not allowed
 * @param refusal the policy rule or budget the offer breaks now, or {@code null} when paying it
 *        would be up to the approver
 * @param previous the ledger's entry for this challenge, or {@code null} when it was never paid
 */
public record OfferReview(PaymentOffer offer, PricingBand pricingBand, LocalDate periodStart,
        Long budgetRemainingMinor, Refusal refusal, LedgerEntry previous) {

    /**
     * Returns the refusal, if any.
     *
     * @return the refusal, or empty
     */
    public Optional<Refusal> refusalIfAny() {
        return Optional.ofNullable(refusal);
    }
}
