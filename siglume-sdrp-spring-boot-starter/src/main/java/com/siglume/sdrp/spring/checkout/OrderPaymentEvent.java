package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * What the checkout made of a {@code direct_payment.confirmed} event by matching it to an
 * order's checkout attempt. Exactly one is delivered per confirmation that could concern an
 * order (not for a settled Micro/Nano batch, which names no order), to the
 * {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener} methods whose first parameter
 * is its type (or this interface, for all of them), inside the transaction that records the
 * event. The same payment reported again (another event id, the same requirement id) produces
 * none: {@link OrderPaid} for one order is delivered once.
 */
public sealed interface OrderPaymentEvent permits OrderPaid, OrderFulfilledUnsettled, OrderPaymentReview {

    /**
     * Returns the order.
     *
     * @return the order id, or {@code null} for a review of a confirmation that names no attempt
     */
    @Nullable String orderId();

    /**
     * Returns the verified event.
     *
     * @return the event
     */
    WebhookEvent event();
}
