package com.siglume.sdrp.client.checkout;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.PaymentSettlement;
import com.siglume.sdrp.client.SettlementReport;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Hosted Checkout session as the API reports it. Its status is informational: fulfil orders
 * only from a verified {@code direct_payment.confirmed} webhook. Timestamps are ISO-8601 text as sent.
 */
public final class CheckoutSession extends ApiAnswer implements SettlementReport {

    private final Fields fields;
    private final PaymentSettlement settlement;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private CheckoutSession(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
        this.settlement = new PaymentSettlement(fields.pricingBand(), fields.settlementCadence(), fields.finality(),
                fields.protocolFeeMinor(), fields.settlementStatus());
    }

    /** {@return the session id} */
    public String sessionId() {
        return fields.sessionId();
    }

    /** {@return the merchant key} */
    public String merchant() {
        return fields.merchant();
    }

    /** {@return the currency, {@code JPY} or {@code USD}} */
    public String currency() {
        return fields.currency();
    }

    /** {@return the token, {@code JPYC} or {@code USDC}} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the amount in minor units} */
    public Long amountMinor() {
        return fields.amountMinor();
    }

    /**
     * {@return the session status; {@link CheckoutSessionStatus#UNKNOWN} for a value this SDK does not know,
     * {@code null} when absent}
     */
    public @Nullable CheckoutSessionStatus status() {
        return CheckoutSessionStatus.fromWireName(fields.status());
    }

    /**
     * {@return the status as sent: {@code open}, {@code authenticated}, {@code paid}, {@code expired}, {@code
     * cancelled} or {@code failed}, or {@code null} when absent}
     */
    public @Nullable String statusWireName() {
        return fields.status();
    }

    /** {@return the challenge hash} */
    public String challengeHash() {
        return fields.challengeHash();
    }

    /** {@return the payment requirement id once paid, or {@code null}} */
    public @Nullable String requirementId() {
        return fields.requirementId();
    }

    /** {@return how the payment settles: band, cadence, finality, fee and status} */
    @Override
    public PaymentSettlement settlement() {
        return settlement;
    }

    /** {@return the on-chain receipt id, or {@code null}} */
    public @Nullable String chainReceiptId() {
        return fields.chainReceiptId();
    }

    /** {@return the success return URL} */
    public String successUrl() {
        return fields.successUrl();
    }

    /** {@return the cancel return URL} */
    public String cancelUrl() {
        return fields.cancelUrl();
    }

    /** {@return the expiry time, or {@code null}} */
    public @Nullable String expiresAt() {
        return fields.expiresAt();
    }

    /** {@return when the shopper signed in, or {@code null}} */
    public @Nullable String authenticatedAt() {
        return fields.authenticatedAt();
    }

    /** {@return when it was paid, or {@code null}} */
    public @Nullable String paidAt() {
        return fields.paidAt();
    }

    /** {@return when it was cancelled, or {@code null}} */
    public @Nullable String cancelledAt() {
        return fields.cancelledAt();
    }

    /** {@return when it was created, or {@code null}} */
    public @Nullable String createdAt() {
        return fields.createdAt();
    }

    /** {@return the metadata given at creation (unmodifiable)} */
    public Map<String, Object> metadataJsonb() {
        return fields.metadataJsonb();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("merchant") String merchant,
            @JsonProperty("currency") String currency,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("amount_minor") Long amountMinor,
            @JsonProperty("status") @Nullable String status,
            @JsonProperty("challenge_hash") String challengeHash,
            @JsonProperty("requirement_id") @Nullable String requirementId,
            @JsonProperty("pricing_band") @Nullable String pricingBand,
            @JsonProperty("settlement_cadence") @Nullable String settlementCadence,
            @JsonProperty("finality") @Nullable String finality,
            @JsonProperty("protocol_fee_minor") @Nullable BigDecimal protocolFeeMinor,
            @JsonProperty("settlement_status") @Nullable String settlementStatus,
            @JsonProperty("chain_receipt_id") @Nullable String chainReceiptId,
            @JsonProperty("success_url") String successUrl,
            @JsonProperty("cancel_url") String cancelUrl,
            @JsonProperty("expires_at") @Nullable String expiresAt,
            @JsonProperty("authenticated_at") @Nullable String authenticatedAt,
            @JsonProperty("paid_at") @Nullable String paidAt,
            @JsonProperty("cancelled_at") @Nullable String cancelledAt,
            @JsonProperty("created_at") @Nullable String createdAt,
            @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            metadataJsonb = ClientJson.immutableMap(metadataJsonb);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
