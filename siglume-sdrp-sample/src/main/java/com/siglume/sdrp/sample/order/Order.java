package com.siglume.sdrp.sample.order;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order as the shop stores it. Amount and currency are the server's own; nothing the browser
 * sends ever changes them.
 *
 * @param id the order id, for example {@code order_123}
 * @param description what the buyer is paying for
 * @param amountMinor the amount in minor units (yen for JPY, cents for USD)
 * @param currency {@code JPY} or {@code USD}
 * @param status where the order stands
 * @param attempt the number of its current checkout attempt (0 before the first)
 * @param checkoutSessionId the current Hosted Checkout session, or {@code null}
 * @param requirementId the payment requirement named by the confirming webhook, or {@code null}
 * @param chainReceiptId the on-chain receipt of a Standard payment, or {@code null}
 * @param createdAt when the order was created
 * @param updatedAt when the order last changed
 */
public record Order(String id, String description, long amountMinor, String currency, OrderStatus status,
        int attempt, @Nullable String checkoutSessionId, @Nullable String requirementId,
        @Nullable String chainReceiptId, Instant createdAt, Instant updatedAt) {
}
