package com.siglume.sdrp.benchmarks.reactive.starter;

import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopOrders;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The reactive shop's fulfilment: a settled payment marks its order paid. The starter calls it
 * once per event id and subscribes to the answer inside the reactive transaction that records the
 * event, so the order change and the dedupe record commit together.
 */
@Component
class ReactiveOrderPaymentListener {

    private final ReactiveShopOrders orders;

    ReactiveOrderPaymentListener(ReactiveShopOrders orders) {
        this.orders = orders;
    }

    @SiglumePaymentListener
    public Mono<Void> onSettled(StandardSettled settled) {
        return orders.markPaid(settled);
    }
}
