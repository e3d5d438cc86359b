package com.siglume.sdrp.sandbox;

import java.math.BigDecimal;

/**
 * Where the money of one token went in the sandbox's books. A Standard payment moves its whole
 * amount to the merchant at once (the sandbox charges no Standard fee); a Micro/Nano payment
 * debits the buyer the provider's gross and leaves the provider's receivable (gross less the
 * protocol fee) pending until its batch settles. Amounts are minor units, exact decimals.
 *
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param payments how many payments were made in this token
 * @param buyerDebitedMinor what buyers paid
 * @param merchantSettledMinor what the merchant received on chain (Standard)
 * @param merchantPendingSettlementMinor what the merchant will receive when batches settle (Micro/Nano)
 * @param protocolFeesMinor the Micro/Nano protocol fees
 */
public record SandboxBalance(
        String tokenSymbol,
        int payments,
        BigDecimal buyerDebitedMinor,
        BigDecimal merchantSettledMinor,
        BigDecimal merchantPendingSettlementMinor,
        BigDecimal protocolFeesMinor) {
}
