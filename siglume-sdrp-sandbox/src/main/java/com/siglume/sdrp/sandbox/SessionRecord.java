package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One checkout session's state; mutable, guarded by the engine's lock. */
final class SessionRecord {

    static final String OPEN = "open";
    static final String PAID = "paid";
    static final String CANCELLED = "cancelled";
    static final String EXPIRED = "expired";

    final String id;
    final String merchant;
    final long amountMinor;
    final String currency;
    final String tokenSymbol;
    final PricingBand band;
    final String challengeHash;
    final String successUrl;
    final String cancelUrl;
    final String checkoutUrl;
    final Map<String, Object> metadata;
    final Instant createdAt;
    final Instant expiresAt;

    String status = OPEN;
    String requirementId;
    StoredEvent confirmationEvent;
    Instant paidAt;
    Instant cancelledAt;

    SessionRecord(String id, String merchant, long amountMinor, String currency, String tokenSymbol,
                  String challengeHash, String successUrl, String cancelUrl, String checkoutUrl,
                  Map<String, Object> metadata, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.merchant = merchant;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.tokenSymbol = tokenSymbol;
        this.band = PricingBand.of(currency, amountMinor);
        this.challengeHash = challengeHash;
        this.successUrl = successUrl;
        this.cancelUrl = cancelUrl;
        this.checkoutUrl = checkoutUrl;
        this.metadata = metadata;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The status as of {@code now}: an open session past its expiry reads as expired. */
    String statusAt(Instant now) {
        return OPEN.equals(status) && !now.isBefore(expiresAt) ? EXPIRED : status;
    }

    /** A metadata text value, or the fallback when it is absent or not a non-blank string. */
    String metadataText(String field, String fallback) {
        Object value = metadata.get(field);
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }

    /**
     * The session as the get-session route answers it: the reference sandbox's fields first,
     * then the band and lifecycle fields a real session also reports.
     */
    Map<String, Object> toJson(Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("session_id", id);
        json.put("merchant", merchant);
        json.put("amount_minor", amountMinor);
        json.put("currency", currency);
        json.put("token_symbol", tokenSymbol);
        json.put("status", statusAt(now));
        json.put("challenge_hash", challengeHash);
        json.put("success_url", successUrl);
        json.put("cancel_url", cancelUrl);
        json.put("metadata_jsonb", metadata);
        json.put("checkout_url", checkoutUrl);
        json.put("expires_at", Json.iso(expiresAt));
        if (requirementId != null) {
            json.put("requirement_id", requirementId);
        }
        if (confirmationEvent != null) {
            json.put("confirmation_event", confirmationEvent.json());
        }
        json.put("pricing_band", band.wireName());
        json.put("settlement_cadence", band.settlementCadence());
        json.put("finality", band.finality());
        json.put("chain_receipt_id", PAID.equals(status) && !band.isMetered() ? chainReceiptId() : null);
        json.put("created_at", Json.iso(createdAt));
        json.put("paid_at", Json.iso(paidAt));
        json.put("cancelled_at", Json.iso(cancelledAt));
        return json;
    }

    String chainReceiptId() {
        return "chain_sandbox_" + id;
    }

    SandboxCheckoutSession snapshot(Instant now) {
        return new SandboxCheckoutSession(id, merchant, amountMinor, currency, tokenSymbol, band, statusAt(now),
                challengeHash, checkoutUrl, successUrl, cancelUrl, createdAt, expiresAt, requirementId,
                confirmationEvent == null ? null : confirmationEvent.id());
    }
}
