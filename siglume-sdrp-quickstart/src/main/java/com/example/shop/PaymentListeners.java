package com.example.shop;

import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.OrderPaymentReview;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import org.springframework.stereotype.Component;

/** What to do when an order is paid, or when a payment needs a person. */
@Component
public class PaymentListeners {

    private final OrderStore orders;

    public PaymentListeners(OrderStore orders) {
        this.orders = orders;
    }

    /** A Standard payment settled and matched its order: called once per order. */
    @SiglumePaymentListener
    public void paid(OrderPaid paid) {
        orders.markPaid(paid.orderId(), paid.requirementId());
    }

    /** A payment that did not add up (or a second payment for a paid order): keep it for review. */
    @SiglumePaymentListener
    public void review(OrderPaymentReview review) {
        orders.recordReview(review.event().id(), review.orderId(), review.reason().wireName());
    }
}
