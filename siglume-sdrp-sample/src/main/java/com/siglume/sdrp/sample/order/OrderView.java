package com.siglume.sdrp.sample.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order as {@code GET /orders/{id}} shows it. The challenge hash and checkout URL stay on the
 * server: the page only needs to know where the order stands.
 *
 * @param orderId the order id
 * @param description what the buyer pays for
 * @param amountMinor the amount in minor units
 * @param currency the currency
 * @param status where the order stands
 * @param payable whether a checkout may be started for it
 * @param attempt how many checkout attempts (sessions, or challenges for agents) were made
 * @param checkoutSessionId the current session id, or {@code null} (none, or an agent challenge)
 * @param requirementId the payment requirement from the webhook, or {@code null}
 * @param chainReceiptId the on-chain receipt of a Standard payment, or {@code null}
 * @param createdAt when the order was created
 * @param updatedAt when the order last changed
 */
public record OrderView(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("description") String description,
        @JsonProperty("amount_minor") long amountMinor,
        @JsonProperty("currency") String currency,
        @JsonProperty("status") OrderStatus status,
        @JsonProperty("payable") boolean payable,
        @JsonProperty("attempt") int attempt,
        @JsonProperty("checkout_session_id") @Nullable String checkoutSessionId,
        @JsonProperty("requirement_id") @Nullable String requirementId,
        @JsonProperty("chain_receipt_id") @Nullable String chainReceiptId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    /**
     * Builds the view of an order.
     *
     * @param order the stored order
     * @return its view
     */
    public static OrderView of(Order order) {
        return new OrderView(order.id(), order.description(), order.amountMinor(), order.currency(), order.status(),
                order.status().isPayable(), order.attempt(), order.checkoutSessionId(), order.requirementId(),
                order.chainReceiptId(), order.createdAt(), order.updatedAt());
    }
}
