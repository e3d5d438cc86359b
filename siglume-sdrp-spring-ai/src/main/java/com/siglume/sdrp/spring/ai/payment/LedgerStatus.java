package com.siglume.sdrp.spring.ai.payment;

import java.util.Locale;

/**
 * Where a payment recorded in the {@link JdbcSpendLedger} stands.
 */
public enum LedgerStatus {

    /** The budget is reserved and the payment is being made (or stopped before it finished). */
    RESERVED,
    /** The payment was executed; its receipt is recorded. */
    PAID,
    /** The payment was sent but no answer said whether it went through; the budget stays reserved. */
    UNKNOWN;

    /** The value stored in the {@code status} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LedgerStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
