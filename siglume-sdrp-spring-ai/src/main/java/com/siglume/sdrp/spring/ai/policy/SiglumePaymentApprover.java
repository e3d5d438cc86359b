package com.siglume.sdrp.spring.ai.policy;

/**
 * The last check before an agent's payment: declare a bean of this type to approve, deny, or
 * hand payments to a person. It runs after the {@link SpendPolicy} allowed the offer and before
 * the budget is reserved, once per attempt that is not already paid.
 *
 * <p>Without a bean of your own, a {@link ThresholdPaymentApprover} approves amounts up to each
 * currency's {@code auto-approve-up-to} and denies anything above it.
 *
 * <p>Implementations must be thread-safe; they may block (for example while a person answers).
 * An exception counts as a denial.
 */
@FunctionalInterface
public interface SiglumePaymentApprover {

    /**
     * Decides about one payment.
     *
     * @param offer the offer, already checked against the spend policy
     * @return approve, deny or ask a person
     */
    Approval review(PaymentOffer offer);
}
