package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * @param status {@link #OPEN}, {@link #PAID}, {@link #CANCELLED} or {@link #EXPIRED}
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

    /** Status of a session that can still be paid or cancelled. */
    public static final String OPEN = "open";
    /** Status of a paid session. */
    public static final String PAID = "paid";
    /** Status of a cancelled session. */
    public static final String CANCELLED = "cancelled";
    /** Status of a session left open past its expiry. */
    public static final String EXPIRED = "expired";

    /**
     * Returns where the buyer's browser goes back to from this session: the success URL once
     * paid, else the cancel URL, with {@code session_id} added to its query (before any
     * {@code #fragment}).
     *
     * @return the return URL
     */
    public String returnUrl() {
        String url = PAID.equals(status) ? successUrl : cancelUrl;
        int hash = url.indexOf('#');
        String head = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = head.contains("?") ? "&" : "?";
        return head + separator + "session_id="
                + URLEncoder.encode(sessionId, StandardCharsets.UTF_8).replace("+", "%20") + fragment;
    }
}
