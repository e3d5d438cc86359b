package com.siglume.sdrp.spring.ai.payment;

import java.time.LocalDate;

/**
 * One challenge in the {@link JdbcSpendLedger}: the offer it paid, the budget period it was
 * counted in, and how far the payment got.
 *
 * @param challengeHash the challenge hash, the entry's key
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param periodStart the first day of the budget period the amount counts against
 * @param status how far the payment got
 * @param receipt the receipt when {@link LedgerStatus#PAID}; otherwise {@code null}
 * @param requirementId the payment requirement id once one was created, else {@code null}
 */
public record LedgerEntry(String challengeHash, String merchant, long amountMinor, String currency,
        LocalDate periodStart, LedgerStatus status, PaymentReceipt receipt, String requirementId) {
}
