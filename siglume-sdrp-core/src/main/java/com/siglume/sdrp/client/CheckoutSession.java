package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A Hosted Checkout session as the API reports it. Its status is informational: fulfil orders
 * only from a verified {@code direct_payment.confirmed} webhook. Timestamps are ISO-8601 text as sent.
 *
 * @param sessionId the session id
 * @param merchant the merchant key
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param amountMinor the amount in minor units
 * @param status {@code open}, {@code authenticated}, {@code paid}, {@code expired}, {@code cancelled} or {@code failed}
 * @param challengeHash the challenge hash
 * @param requirementId the payment requirement id once paid, or {@code null}
 * @param pricingBand {@code standard}, {@code micro} or {@code nano}, or {@code null}
 * @param settlementCadence {@code per_payment}, {@code weekly} or {@code monthly}, or {@code null}
 * @param finality the settlement finality, or {@code null}
 * @param protocolFeeMinor the protocol fee in minor units (decimal), or {@code null}
 * @param settlementStatus the settlement status, or {@code null}
 * @param chainReceiptId the on-chain receipt id, or {@code null}
 * @param successUrl the success return URL
 * @param cancelUrl the cancel return URL
 * @param expiresAt expiry time, or {@code null}
 * @param authenticatedAt when the shopper signed in, or {@code null}
 * @param paidAt when it was paid, or {@code null}
 * @param cancelledAt when it was cancelled, or {@code null}
 * @param createdAt when it was created, or {@code null}
 * @param metadataJsonb the metadata given at creation (unmodifiable)
 * @param extra every other field of the answer (unmodifiable)
 */
public record CheckoutSession(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("merchant") String merchant,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("amount_minor") Long amountMinor,
        @JsonProperty("status") String status,
        @JsonProperty("challenge_hash") String challengeHash,
        @JsonProperty("requirement_id") String requirementId,
        @JsonProperty("pricing_band") String pricingBand,
        @JsonProperty("settlement_cadence") String settlementCadence,
        @JsonProperty("finality") String finality,
        @JsonProperty("protocol_fee_minor") BigDecimal protocolFeeMinor,
        @JsonProperty("settlement_status") String settlementStatus,
        @JsonProperty("chain_receipt_id") String chainReceiptId,
        @JsonProperty("success_url") String successUrl,
        @JsonProperty("cancel_url") String cancelUrl,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("authenticated_at") String authenticatedAt,
        @JsonProperty("paid_at") String paidAt,
        @JsonProperty("cancelled_at") String cancelledAt,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public CheckoutSession {
        metadataJsonb = ClientJson.immutableMap(metadataJsonb);
        extra = ClientJson.immutableMap(extra);
    }
}
