package com.siglume.sdrp.docs.quickstart;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import org.springframework.stereotype.Component;

/** Applies verified, classified payment events to orders. */
@Component
public class PaymentListeners {

    private final OrderStore orders;

    /** Creates the listeners. */
    public PaymentListeners(OrderStore orders) {
        this.orders = orders;
    }

    /** A verified, classified Standard payment: the only event that marks an order paid. */
    @SiglumePaymentListener
    public void paid(StandardSettled settled) {
        if (!orders.markPaid(settled.challengeHash(), settled.requirementId())) {
            orders.recordReview(settled.event().id(), "order_not_payable");
        }
    }
}
