package com.siglume.sdrp.sandbox.boot.app;

import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/** A tiny shop: the starter, an H2 database and a listener that remembers paid orders. */
@SpringBootApplication
public class PaidOrdersApplication {

    /**
     * Runs the shop.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        SpringApplication.run(PaidOrdersApplication.class, args);
    }

    /** Remembers the orders the webhook marked paid. */
    @Component
    public static class PaidOrders {

        private final List<String> paid = new CopyOnWriteArrayList<>();

        /**
         * Records a paid order.
         *
         * @param order the payment
         */
        @SiglumePaymentListener
        public void paid(OrderPaid order) {
            paid.add(order.orderId());
        }

        /** {@return the ids of the paid orders, in order} */
        public List<String> orderIds() {
            return List.copyOf(paid);
        }
    }
}
