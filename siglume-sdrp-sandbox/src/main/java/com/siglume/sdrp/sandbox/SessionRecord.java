package com.siglume.sdrp.sandbox;

import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.EXPIRED;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.OPEN;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpInputs;
import java.time.Instant;
import java.util.Map;

/** One checkout session's state; mutable, guarded by the state's lock. */
final class SessionRecord {

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

    SessionRecord(String id, String merchant, SandboxState.NewSession request, String challengeHash,
                  String checkoutUrl, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.merchant = merchant;
        this.amountMinor = request.amountMinor();
        this.currency = request.currency();
        this.tokenSymbol = SdrpInputs.defaultToken(currency);
        this.band = PricingBand.of(currency, amountMinor);
        this.challengeHash = challengeHash;
        this.successUrl = request.successUrl();
        this.cancelUrl = request.cancelUrl();
        this.checkoutUrl = checkoutUrl;
        this.metadata = request.metadata();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The status as of {@code now}: an open session past its expiry reads as expired. */
    String statusAt(Instant now) {
        return OPEN.equals(status) && !now.isBefore(expiresAt) ? EXPIRED : status;
    }

    String chainReceiptId() {
        return "chain_sandbox_" + id;
    }

    SandboxCheckoutSession snapshot(Instant now) {
        return new SandboxCheckoutSession(id, merchant, amountMinor, currency, tokenSymbol, band, statusAt(now),
                challengeHash, checkoutUrl, successUrl, cancelUrl, createdAt, expiresAt, requirementId,
                confirmationEvent == null ? null : confirmationEvent.id());
    }

    /** The paid session as the books record it; a Micro/Nano payment has no on-chain receipt yet. */
    SandboxPayment payment() {
        return new SandboxPayment(id, SandboxPayment.Channel.HOSTED_CHECKOUT, merchant, amountMinor, currency,
                tokenSymbol, band, requirementId, challengeHash, band.isMetered() ? null : chainReceiptId(), metadata,
                paidAt, confirmationEvent.json());
    }

    SandboxState.SessionDetails details(Instant now) {
        boolean settled = SandboxCheckoutSession.PAID.equals(status) && !band.isMetered();
        return new SandboxState.SessionDetails(snapshot(now), metadata,
                confirmationEvent == null ? null : confirmationEvent.json(), settled ? chainReceiptId() : null,
                paidAt, cancelledAt);
    }
}
