package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A direct payment requirement as the API reports it (created, read or verified). Timestamps
 * are ISO-8601 text as sent; Micro/Nano fee amounts are exact decimals.
 *
 * @param directPaymentRequirementId the requirement id (long name)
 * @param requirementId the requirement id; the {@code reference_id} of its transactions
 * @param id the requirement id (short name)
 * @param mode the payment mode, {@code external_402}
 * @param merchant the merchant key, or {@code null}
 * @param challengeHash the challenge hash, or {@code null}
 * @param buyerUserId the buyer
 * @param agentId the agent acting for the buyer, or {@code null}
 * @param productListingId the product listing
 * @param listingId the listing
 * @param accessGrantId the access grant, or {@code null}
 * @param capabilityKey the capability key
 * @param requirementHash the requirement hash
 * @param requestHash the request hash (v1)
 * @param requestHashV2 the request hash v2, or {@code null}
 * @param siglumeSignature Siglume's signature over the requirement
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param currency {@code JPY} or {@code USD}
 * @param amountMinor the amount in minor units
 * @param feeBps the fee in basis points
 * @param pricingBand {@code standard}, {@code micro} or {@code nano}, or {@code null}
 * @param settlementCadence {@code per_payment}, {@code weekly} or {@code monthly}, or {@code null}
 * @param finality the settlement finality, or {@code null}
 * @param protocolFeeMinor the protocol fee in minor units (decimal), or {@code null}
 * @param settlementStatus the settlement status, or {@code null}
 * @param status the requirement status
 * @param expiresAt expiry time, or {@code null}
 * @param confirmedAt confirmation time, or {@code null}
 * @param spentAt spend time, or {@code null}
 * @param chainReceiptId the on-chain receipt id, or {@code null}
 * @param transactionRequest the payment transaction to execute
 * @param approveTransactionRequest the allowance approval transaction, or {@code null}
 * @param buyerConfirmation the buyer confirmation, or {@code null}
 * @param nonCustodial whether the payment is non-custodial, or {@code null}
 * @param metadataJsonb the requirement metadata (unmodifiable)
 * @param createdAt creation time, or {@code null}
 * @param updatedAt last update time, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record PaymentRequirement(
        @JsonProperty("direct_payment_requirement_id") String directPaymentRequirementId,
        @JsonProperty("requirement_id") String requirementId,
        @JsonProperty("id") String id,
        @JsonProperty("mode") String mode,
        @JsonProperty("merchant") String merchant,
        @JsonProperty("challenge_hash") String challengeHash,
        @JsonProperty("buyer_user_id") String buyerUserId,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("product_listing_id") String productListingId,
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("access_grant_id") String accessGrantId,
        @JsonProperty("capability_key") String capabilityKey,
        @JsonProperty("requirement_hash") String requirementHash,
        @JsonProperty("request_hash") String requestHash,
        @JsonProperty("request_hash_v2") String requestHashV2,
        @JsonProperty("siglume_signature") String siglumeSignature,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("currency") String currency,
        @JsonProperty("amount_minor") Long amountMinor,
        @JsonProperty("fee_bps") Long feeBps,
        @JsonProperty("pricing_band") String pricingBand,
        @JsonProperty("settlement_cadence") String settlementCadence,
        @JsonProperty("finality") String finality,
        @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
        @JsonProperty("settlement_status") String settlementStatus,
        @JsonProperty("status") String status,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("confirmed_at") String confirmedAt,
        @JsonProperty("spent_at") String spentAt,
        @JsonProperty("chain_receipt_id") String chainReceiptId,
        @JsonProperty("transaction_request") TransactionRequest transactionRequest,
        @JsonProperty("approve_transaction_request") TransactionRequest approveTransactionRequest,
        @JsonProperty("buyer_confirmation") String buyerConfirmation,
        @JsonProperty("non_custodial") Boolean nonCustodial,
        @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public PaymentRequirement {
        metadataJsonb = ClientJson.immutableMap(metadataJsonb);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the allowance approval transaction when the requirement has a non-empty one.
     *
     * @return the transaction, or empty
     */
    public Optional<TransactionRequest> approveTransactionRequestIfPresent() {
        return approveTransactionRequest == null || approveTransactionRequest.isEmpty() ? Optional.empty()
                : Optional.of(approveTransactionRequest);
    }
}
