package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One payment in the sandbox's books, however the buyer paid: a confirmed Hosted Checkout
 * session or an executed payment requirement. The balances and the Micro/Nano statements are
 * built from these, so both paths count the same way.
 *
 * @param paymentId the session id ({@code chk_sandbox_<n>}) or the requirement id ({@code dpr_sandbox_<n>})
 * @param channel how the buyer paid
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param tokenSymbol {@code JPYC} or {@code USDC}
 * @param pricingBand the band the amount falls in
 * @param requirementId the payment requirement id
 * @param challengeHash the challenge hash the merchant's order stores
 * @param chainReceiptId the on-chain receipt of a Standard payment; {@code null} for Micro/Nano,
 *        which settle later in a batch
 * @param metadata the shop's or the buyer's metadata (unmodifiable)
 * @param paidAt when it was paid
 * @param confirmationEvent the {@code direct_payment.confirmed} event sent for it (unmodifiable)
 */
public record SandboxPayment(
        String paymentId,
        Channel channel,
        String merchant,
        long amountMinor,
        String currency,
        String tokenSymbol,
        PricingBand pricingBand,
        String requirementId,
        String challengeHash,
        String chainReceiptId,
        Map<String, Object> metadata,
        Instant paidAt,
        Map<String, Object> confirmationEvent) {

    /** How a buyer paid. */
    public enum Channel {
        /** A person confirmed a Hosted Checkout session. */
        HOSTED_CHECKOUT,
        /** An agent executed a payment requirement through the buyer API. */
        DIRECT_API
    }

    /**
     * Copies the maps, keeping their order.
     *
     * @param paymentId the payment id
     * @param channel how the buyer paid
     * @param merchant the merchant key
     * @param amountMinor the amount
     * @param currency the currency
     * @param tokenSymbol the token
     * @param pricingBand the band
     * @param requirementId the requirement id
     * @param challengeHash the challenge hash
     * @param chainReceiptId the on-chain receipt, or {@code null}
     * @param metadata the metadata
     * @param paidAt when it was paid
     * @param confirmationEvent the confirmation event
     */
    public SandboxPayment {
        // Kept in order, JSON nulls included, which Map.copyOf would refuse.
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        confirmationEvent = Collections.unmodifiableMap(new LinkedHashMap<>(confirmationEvent));
    }

    /** {@return the id of the {@code direct_payment.confirmed} event sent for it} */
    public String confirmationEventId() {
        return (String) confirmationEvent.get("id");
    }

    /**
     * {@return the event's {@code data}: the band, settlement and (for Micro/Nano) accounting fields}
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> confirmationData() {
        return (Map<String, Object>) confirmationEvent.get("data");
    }
}
