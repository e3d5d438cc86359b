package com.siglume.sdrp.spring.ai.payment;

/**
 * What an agent's payment produced. The merchant fulfils from Siglume's
 * {@code direct_payment.confirmed} webhook, never from this.
 *
 * @param challengeHash the paid challenge's hash
 * @param requirementId the payment requirement id
 * @param receiptId the transaction receipt id, or {@code null} when Siglume did not return one
 * @param chainReceiptId the on-chain receipt id, or {@code null} when not (yet) known
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param pricingBand {@code standard}, {@code micro} or {@code nano}
 * @param requirementStatus the requirement's status after verification, or {@code null} when
 *        verification did not answer
 * @param verified whether the verification call answered
 */
public record PaymentReceipt(String challengeHash, String requirementId, String receiptId, String chainReceiptId,
        String merchant, long amountMinor, String currency, String pricingBand, String requirementStatus,
        boolean verified) {
}
