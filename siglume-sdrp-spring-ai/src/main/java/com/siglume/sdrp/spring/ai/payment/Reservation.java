package com.siglume.sdrp.spring.ai.payment;

/**
 * The result of {@link JdbcSpendLedger#reserve}: the budget is held for the payment, the
 * budget is too small, or the challenge is already in the ledger.
 */
public sealed interface Reservation {

    /** The amount is reserved against the period's budget; the payment may be made. */
    record Reserved() implements Reservation {
    }

    /**
     * The period's budget cannot take the amount; nothing was recorded.
     *
     * @param spentMinor what the period has spent or reserved so far
     * @param budgetMinor the period's budget
     */
    record BudgetExceeded(long spentMinor, long budgetMinor) implements Reservation {
    }

    /**
     * The challenge was recorded before (possibly by a concurrent call); nothing changed.
     *
     * @param entry the entry recorded first
     */
    record AlreadyRecorded(LedgerEntry entry) implements Reservation {
    }
}
