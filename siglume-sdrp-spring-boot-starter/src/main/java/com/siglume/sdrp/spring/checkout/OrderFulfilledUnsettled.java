package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * Micro or Nano usage was accepted for an order's checkout attempt, the confirmation matched
 * the attempt and {@code siglume.checkout.allow-metered} is {@code true}: deliver the order, but
 * the money settles later in a weekly (Micro) or monthly (Nano) batch, reported by
 * {@link com.siglume.sdrp.confirmation.MeteredBatchSettled}. Delivered once per order.
 *
 * @param orderId the order id
 * @param attempt the attempt that was paid
 * @param amountMinor the attempt's amount in minor units
 * @param currency the attempt's currency
 * @param sessionId the attempt's checkout session id, or {@code null} for an agent challenge
 * @param requirementId the payment requirement id
 * @param chainReceiptId the event's on-chain receipt id, usually {@code null} until the batch settles
 * @param pricingBand {@link PricingBand#MICRO} or {@link PricingBand#NANO}
 * @param settlementCadence {@code weekly} or {@code monthly}
 * @param event the verified event
 */
public record OrderFulfilledUnsettled(String orderId, int attempt, long amountMinor, String currency,
        @Nullable String sessionId, String requirementId, @Nullable String chainReceiptId, PricingBand pricingBand,
        String settlementCadence, WebhookEvent event) implements OrderPaymentEvent {
}
