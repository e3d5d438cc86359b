package com.siglume.sdrp.client.requirements;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.siglume.sdrp.client.CapabilityAnswer;
import com.siglume.sdrp.client.PaymentMode;
import com.siglume.sdrp.client.PaymentSettlement;
import com.siglume.sdrp.client.SettlementReport;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.shared.CapabilityFields;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A direct payment requirement as the API reports it (created, read or verified). Timestamps
 * are ISO-8601 text as sent; Micro/Nano fee amounts are exact decimals.
 */
public final class PaymentRequirement extends CapabilityAnswer implements SettlementReport {

    private final Fields fields;
    private final PaymentSettlement settlement;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private PaymentRequirement(Fields fields) {
        super(fields, fields.capability());
        this.fields = fields;
        this.settlement = new PaymentSettlement(fields.pricingBand(), fields.settlementCadence(), fields.finality(),
                fields.protocolFeeMinor(), fields.settlementStatus());
    }

    /** {@return the requirement id (long name)} */
    public String directPaymentRequirementId() {
        return fields.directPaymentRequirementId();
    }

    /** {@return the requirement id; the {@code reference_id} of its transactions} */
    public String requirementId() {
        return fields.requirementId();
    }

    /** {@return the requirement id (short name)} */
    public String id() {
        return fields.id();
    }

    /**
     * {@return the payment mode; {@link PaymentMode#UNKNOWN} for a value this SDK does not know, {@code null}
     * when absent}
     */
    public @Nullable PaymentMode mode() {
        return PaymentMode.fromWireName(fields.mode());
    }

    /** {@return the mode as sent: the payment mode, {@code external_402}, or {@code null} when absent} */
    public @Nullable String modeWireName() {
        return fields.mode();
    }

    /** {@return the merchant key, or {@code null}} */
    public @Nullable String merchant() {
        return fields.merchant();
    }

    /** {@return the challenge hash, or {@code null}} */
    public @Nullable String challengeHash() {
        return fields.challengeHash();
    }

    /** {@return the requirement hash} */
    public String requirementHash() {
        return fields.requirementHash();
    }

    /** {@return the request hash (v1)} */
    public String requestHash() {
        return fields.requestHash();
    }

    /** {@return the request hash v2, or {@code null}} */
    public @Nullable String requestHashV2() {
        return fields.requestHashV2();
    }

    /** {@return Siglume's signature over the requirement} */
    public String siglumeSignature() {
        return fields.siglumeSignature();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the currency, {@code JPY} or {@code USD}} */
    public String currency() {
        return fields.currency();
    }

    /** {@return the amount in minor units} */
    public Long amountMinor() {
        return fields.amountMinor();
    }

    /** {@return the fee in basis points} */
    public Long feeBps() {
        return fields.feeBps();
    }

    /** {@return how the payment settles: band, cadence, finality, fee and status} */
    @Override
    public PaymentSettlement settlement() {
        return settlement;
    }

    /** {@return the requirement status} */
    public String status() {
        return fields.status();
    }

    /** {@return the expiry time, or {@code null}} */
    public @Nullable String expiresAt() {
        return fields.expiresAt();
    }

    /** {@return the confirmation time, or {@code null}} */
    public @Nullable String confirmedAt() {
        return fields.confirmedAt();
    }

    /** {@return the spend time, or {@code null}} */
    public @Nullable String spentAt() {
        return fields.spentAt();
    }

    /** {@return the on-chain receipt id, or {@code null}} */
    public @Nullable String chainReceiptId() {
        return fields.chainReceiptId();
    }

    /** {@return the payment transaction to execute} */
    public TransactionRequest transactionRequest() {
        return fields.transactionRequest();
    }

    /** {@return the allowance approval transaction, or {@code null}} */
    public @Nullable TransactionRequest approveTransactionRequest() {
        return fields.approveTransactionRequest();
    }

    /** {@return the buyer confirmation, or {@code null}} */
    public @Nullable String buyerConfirmation() {
        return fields.buyerConfirmation();
    }

    /** {@return whether the payment is non-custodial, or {@code null}} */
    public @Nullable Boolean nonCustodial() {
        return fields.nonCustodial();
    }

    /** {@return the requirement metadata (unmodifiable)} */
    public Map<String, Object> metadataJsonb() {
        return fields.metadataJsonb();
    }

    /** {@return the creation time, or {@code null}} */
    public @Nullable String createdAt() {
        return fields.createdAt();
    }

    /** {@return the last update time, or {@code null}} */
    public @Nullable String updatedAt() {
        return fields.updatedAt();
    }

    /**
     * Returns the allowance approval transaction when the requirement has a non-empty one.
     *
     * @return the transaction, or empty
     */
    public Optional<TransactionRequest> approveTransactionRequestIfPresent() {
        return approveTransactionRequest() == null || approveTransactionRequest().isEmpty() ? Optional.empty()
                : Optional.of(approveTransactionRequest());
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("direct_payment_requirement_id") String directPaymentRequirementId,
            @JsonProperty("requirement_id") String requirementId,
            @JsonProperty("id") String id,
            @JsonProperty("mode") @Nullable String mode,
            @JsonProperty("merchant") @Nullable String merchant,
            @JsonProperty("challenge_hash") @Nullable String challengeHash,
            @JsonUnwrapped CapabilityFields capability,
            @JsonProperty("requirement_hash") String requirementHash,
            @JsonProperty("request_hash") String requestHash,
            @JsonProperty("request_hash_v2") @Nullable String requestHashV2,
            @JsonProperty("siglume_signature") String siglumeSignature,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("currency") String currency,
            @JsonProperty("amount_minor") Long amountMinor,
            @JsonProperty("fee_bps") Long feeBps,
            @JsonProperty("pricing_band") @Nullable String pricingBand,
            @JsonProperty("settlement_cadence") @Nullable String settlementCadence,
            @JsonProperty("finality") @Nullable String finality,
            @JsonProperty("protocol_fee_minor") @Nullable BigDecimal protocolFeeMinor,
            @JsonProperty("settlement_status") @Nullable String settlementStatus,
            @JsonProperty("status") String status,
            @JsonProperty("expires_at") @Nullable String expiresAt,
            @JsonProperty("confirmed_at") @Nullable String confirmedAt,
            @JsonProperty("spent_at") @Nullable String spentAt,
            @JsonProperty("chain_receipt_id") @Nullable String chainReceiptId,
            @JsonProperty("transaction_request") TransactionRequest transactionRequest,
            @JsonProperty("approve_transaction_request") @Nullable TransactionRequest approveTransactionRequest,
            @JsonProperty("buyer_confirmation") @Nullable String buyerConfirmation,
            @JsonProperty("non_custodial") @Nullable Boolean nonCustodial,
            @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
            @JsonProperty("created_at") @Nullable String createdAt,
            @JsonProperty("updated_at") @Nullable String updatedAt) {

        Fields {
            metadataJsonb = ClientJson.immutableMap(metadataJsonb);
        }
    }
}
