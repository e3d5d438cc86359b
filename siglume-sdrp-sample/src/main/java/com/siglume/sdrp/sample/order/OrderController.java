package com.siglume.sdrp.sample.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only order endpoints used by the shop pages: {@code GET /orders} and
 * {@code GET /orders/{id}}.
 */
@RestController
public class OrderController {

    /**
     * The body of {@code GET /orders}.
     *
     * @param orders every order, oldest first
     */
    public record OrderList(@JsonProperty("orders") List<OrderView> orders) {
    }

    private final OrderRepository orders;

    /**
     * Creates the controller.
     *
     * @param orders the order store
     */
    public OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Lists the orders.
     *
     * @return every order
     */
    @GetMapping("/orders")
    public OrderList list() {
        return new OrderList(orders.findAll().stream().map(OrderView::of).toList());
    }

    /**
     * Shows one order.
     *
     * @param orderId the order id
     * @return the order
     * @throws OrderNotFoundException when there is no such order (404)
     */
    @GetMapping("/orders/{orderId}")
    public OrderView get(@PathVariable String orderId) {
        return orders.findById(orderId).map(OrderView::of).orElseThrow(() -> new OrderNotFoundException(orderId));
    }
}
