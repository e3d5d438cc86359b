package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one payment requirement a buyer created through the sandbox's buyer API.
 *
 * @param requirementId the id, {@code dpr_sandbox_<n>}
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param pricingBand the band the amount falls in
 * @param challengeHash the merchant challenge's hash, which the merchant's order stores
 * @param requestHash the request hash (v1)
 * @param requestHashV2 the request hash v2
 * @param allowanceAmountMinor the allowance the buyer asked to approve, or {@code null}
 * @param metadata the buyer's metadata (unmodifiable)
 * @param status {@link #PENDING}, {@link #CONFIRMED} or {@link #EXPIRED}
 * @param transactionRequest the prepared payment transaction (unmodifiable)
 * @param approveTransactionRequest the prepared allowance approval (unmodifiable), or {@code null}
 *        when no allowance was asked for
 * @param createdAt when it was created
 * @param expiresAt when it expires unless paid
 * @param confirmedAt when it was paid, or {@code null}
 * @param allowanceReceipt the allowance approval's receipt, or {@code null}
 * @param paymentReceipt the payment's receipt, or {@code null}
 * @param confirmationEventId the {@code direct_payment.confirmed} event id once paid, else {@code null}
 */
public record SandboxRequirement(
        String requirementId,
        String merchant,
        long amountMinor,
        String currency,
        String tokenSymbol,
        PricingBand pricingBand,
        String challengeHash,
        String requestHash,
        String requestHashV2,
        Long allowanceAmountMinor,
        Map<String, Object> metadata,
        String status,
        Map<String, Object> transactionRequest,
        Map<String, Object> approveTransactionRequest,
        Instant createdAt,
        Instant expiresAt,
        Instant confirmedAt,
        Receipt allowanceReceipt,
        Receipt paymentReceipt,
        String confirmationEventId) {

    /** Status of a requirement that can still be paid. */
    public static final String PENDING = "pending";
    /** Status of a paid requirement. */
    public static final String CONFIRMED = "confirmed";
    /** Status of a requirement left unpaid past its expiry. */
    public static final String EXPIRED = "expired";
    /** Settlement status of a requirement not paid yet. */
    public static final String PENDING_PAYMENT = "pending_payment";

    /**
     * Copies the maps, keeping their order.
     *
     * @param requirementId the id
     * @param merchant the merchant
     * @param amountMinor the amount
     * @param currency the currency
     * @param tokenSymbol the token
     * @param pricingBand the band
     * @param challengeHash the challenge hash
     * @param requestHash the request hash
     * @param requestHashV2 the request hash v2
     * @param allowanceAmountMinor the allowance, or {@code null}
     * @param metadata the metadata
     * @param status the status
     * @param transactionRequest the payment transaction
     * @param approveTransactionRequest the approval transaction, or {@code null}
     * @param createdAt when created
     * @param expiresAt when it expires
     * @param confirmedAt when paid, or {@code null}
     * @param allowanceReceipt the approval's receipt, or {@code null}
     * @param paymentReceipt the payment's receipt, or {@code null}
     * @param confirmationEventId the event id, or {@code null}
     */
    public SandboxRequirement {
        metadata = copy(metadata);
        transactionRequest = copy(transactionRequest);
        approveTransactionRequest = approveTransactionRequest == null ? null : copy(approveTransactionRequest);
    }

    /**
     * {@return the settlement status: {@link #PENDING_PAYMENT} until paid, then the band's
     * ({@code settled} for Standard, {@code pending_settlement} for Micro/Nano)}
     */
    public String settlementStatus() {
        return CONFIRMED.equals(status) ? pricingBand.settlementStatus() : PENDING_PAYMENT;
    }

    /** {@return the on-chain receipt once a Standard payment is made; {@code null} before, and for Micro/Nano} */
    public String chainReceiptId() {
        return paymentReceipt == null ? null : paymentReceipt.chainReceiptId();
    }

    /**
     * {@return the Micro/Nano protocol fee, as the confirmation and the statements state it;
     * {@code null} for Standard}
     */
    public BigDecimal protocolFeeMinor() {
        return pricingBand.isMetered()
                ? ConfirmationEvents.MeteredAccounting.of(currency, pricingBand, amountMinor).protocolFee() : null;
    }

    /** {@return when it last changed: created, allowance approved or paid} */
    public Instant updatedAt() {
        Instant latest = createdAt;
        for (Receipt receipt : new Receipt[] {allowanceReceipt, paymentReceipt}) {
            if (receipt != null && receipt.executedAt().isAfter(latest)) {
                latest = receipt.executedAt();
            }
        }
        return latest;
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The receipt of one executed prepared transaction.
     *
     * @param receiptId the receipt id, {@code rcpt_sandbox_<n>}
     * @param receiptKind {@code sdrp_direct_payment} or {@code sdrp_direct_payment_allowance}
     * @param txHash the transaction hash the sandbox made up for it
     * @param chainReceiptId the on-chain receipt of a Standard payment, else {@code null}
     * @param executedAt when it was executed
     * @param awaitedFinality whether the caller asked to wait for finality
     * @param metadata the execution metadata (unmodifiable)
     */
    public record Receipt(String receiptId, String receiptKind, String txHash, String chainReceiptId,
                          Instant executedAt, boolean awaitedFinality, Map<String, Object> metadata) {

        /**
         * Copies the metadata, keeping its order.
         *
         * @param receiptId the receipt id
         * @param receiptKind the receipt kind
         * @param txHash the transaction hash
         * @param chainReceiptId the on-chain receipt, or {@code null}
         * @param executedAt when executed
         * @param awaitedFinality whether finality was awaited
         * @param metadata the metadata
         */
        public Receipt {
            metadata = copy(metadata);
        }
    }
}
