package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.time.Instant;

/**
 * A snapshot of one sandbox Hosted Checkout session.
 *
 * @param sessionId the id, {@code chk_sandbox_<n>}
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param pricingBand the band the amount falls in
 * @param status {@code open}, {@code paid}, {@code cancelled} or {@code expired}
 * @param challengeHash the session's challenge hash
 * @param checkoutUrl the page a buyer opens
 * @param successUrl where the buyer returns after paying
 * @param cancelUrl where the buyer returns after cancelling
 * @param createdAt when it was created
 * @param expiresAt when it expires if still open
 * @param requirementId the payment requirement id once paid, else {@code null}
 * @param confirmationEventId the {@code direct_payment.confirmed} event id once paid, else {@code null}
 */
public record SandboxCheckoutSession(
        String sessionId,
        String merchant,
        long amountMinor,
        String currency,
        String tokenSymbol,
        PricingBand pricingBand,
        String status,
        String challengeHash,
        String checkoutUrl,
        String successUrl,
        String cancelUrl,
        Instant createdAt,
        Instant expiresAt,
        String requirementId,
        String confirmationEventId) {
}
