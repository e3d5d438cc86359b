package com.siglume.sdrp.sample.order;

/**
 * No order has the requested id. Answered with 404.
 */
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String orderId;

    /**
     * Creates the exception.
     *
     * @param orderId the id that was asked for
     */
    public OrderNotFoundException(String orderId) {
        super("Order not found: " + orderId);
        this.orderId = orderId;
    }

    /**
     * Returns the id that was asked for.
     *
     * @return the order id
     */
    public String orderId() {
        return orderId;
    }
}
