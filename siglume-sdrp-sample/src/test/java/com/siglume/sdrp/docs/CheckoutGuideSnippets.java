package com.siglume.sdrp.docs;

import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;

/**
 * The one-line checkout start of {@code docs/checkout.md} and {@code README.md}, compiled, on an
 * order as a shop stores it.
 */
@SuppressWarnings("unused")
final class CheckoutGuideSnippets {

    private CheckoutGuideSnippets() {
    }

    record Order(String id, long amountMinor, String currency) {
    }

    static CheckoutStart start(SiglumeCheckout checkout, Order order) {
        CheckoutStart start;
        start = checkout.start(CheckoutOrder.of(order.id(), order.amountMinor(), order.currency()));
        return start;
    }
}
