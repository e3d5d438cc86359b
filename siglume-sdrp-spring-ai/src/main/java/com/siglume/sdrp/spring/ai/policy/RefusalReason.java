package com.siglume.sdrp.spring.ai.policy;

/**
 * Why a payment was not made. The {@link #wireName()} is what a model or MCP client reads in
 * the {@code refused} field of a tool result; it never changes once released.
 */
public enum RefusalReason {

    /** The offer's merchant, amount, currency or challenge breaks a protocol rule. */
    INVALID_OFFER("invalid_offer"),
    /** The policy has no limits for the offer's currency. */
    CURRENCY_NOT_ALLOWED("currency_not_allowed"),
    /** The amount is above the per-payment maximum for its currency. */
    AMOUNT_OVER_LIMIT("amount_over_limit"),
    /** The merchant is not on the allow-list. */
    MERCHANT_NOT_ALLOWED("merchant_not_allowed"),
    /** The amount falls in a pricing band the policy does not allow. */
    PRICING_BAND_NOT_ALLOWED("pricing_band_not_allowed"),
    /** Paying would take the period's spending above its budget. */
    BUDGET_EXCEEDED("budget_exceeded"),
    /** The approver denied the payment. */
    APPROVAL_DENIED("approval_denied"),
    /** The approver wants a person to decide; ask again once they have. */
    APPROVAL_REQUIRED("approval_required"),
    /** This challenge was already used for a different merchant, amount or currency. */
    CHALLENGE_REUSED("challenge_reused"),
    /** Another call is paying this challenge right now, or stopped before finishing. */
    PAYMENT_IN_PROGRESS("payment_in_progress"),
    /** The payment was sent but its outcome is unknown; read its status, never pay again. */
    PAYMENT_OUTCOME_UNKNOWN("payment_outcome_unknown"),
    /** Siglume refused the payment before any money moved. */
    PAYMENT_FAILED("payment_failed"),
    /** The payment requirement Siglume prepared does not match the approved offer. */
    REQUIREMENT_MISMATCH("requirement_mismatch");

    private final String wireName;

    RefusalReason(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the machine-readable code.
     *
     * @return for example {@code budget_exceeded}
     */
    public String wireName() {
        return wireName;
    }
}
