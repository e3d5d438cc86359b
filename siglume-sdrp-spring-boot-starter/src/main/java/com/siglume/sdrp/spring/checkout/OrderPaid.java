package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * A Standard payment settled on chain for an order's checkout attempt, and the confirmation
 * matched the attempt (merchant, amount, currency, pricing band). The only event that should
 * mark an order paid; delivered once per order.
 *
 * @param orderId the order id
 * @param attempt the attempt that was paid
 * @param amountMinor the attempt's amount in minor units
 * @param currency the attempt's currency
 * @param sessionId the attempt's checkout session id, or {@code null} for an agent challenge
 * @param requirementId the payment requirement id
 * @param chainReceiptId the on-chain receipt id
 * @param event the verified event
 */
public record OrderPaid(String orderId, int attempt, long amountMinor, String currency, @Nullable String sessionId,
        String requirementId, String chainReceiptId, WebhookEvent event) implements OrderPaymentEvent {
}
