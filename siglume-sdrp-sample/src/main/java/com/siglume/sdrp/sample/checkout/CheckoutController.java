package com.siglume.sdrp.sample.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sample.order.OrderNotFoundException;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /checkout/siglume/start}: the "Pay with Siglume" button. The body names the order
 * only; the amount and currency come from the stored order, and {@link SiglumeCheckout} keeps
 * one active attempt per order, reusing its session while it is open.
 */
@RestController
public class CheckoutController {

    /**
     * The request body.
     *
     * @param orderId the order to pay
     */
    public record StartRequest(@JsonProperty("order_id") @Nullable String orderId) {
    }

    /**
     * The answer: where to send the buyer.
     *
     * @param orderId the order id
     * @param checkoutUrl the Hosted Checkout page
     * @param sessionId the checkout session id
     */
    public record StartResponse(
            @JsonProperty("order_id") String orderId,
            @JsonProperty("checkout_url") String checkoutUrl,
            @JsonProperty("session_id") String sessionId) {
    }

    private final OrderRepository orders;
    private final SiglumeCheckout checkout;

    /**
     * Creates the controller.
     *
     * @param orders the order store
     * @param checkout the Siglume checkout, which the starter provides
     */
    public CheckoutController(OrderRepository orders, SiglumeCheckout checkout) {
        this.orders = orders;
        this.checkout = checkout;
    }

    /**
     * Starts (or resumes) Hosted Checkout for an order.
     *
     * @param request {@code {"order_id": "..."}}
     * @return {@code {order_id, checkout_url, session_id}}
     * @throws InvalidCheckoutRequestException when {@code order_id} is missing (400)
     * @throws OrderNotFoundException when there is no such order (404)
     * @throws com.siglume.sdrp.spring.checkout.CheckoutRefusedException when the order is paid,
     *         under review or being confirmed (409)
     */
    @PostMapping(path = "/checkout/siglume/start", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public StartResponse start(@RequestBody(required = false) @Nullable StartRequest request) {
        if (request == null || !SdrpInputs.isPresent(request.orderId())) {
            throw new InvalidCheckoutRequestException("order_id is required.");
        }
        String orderId = SdrpInputs.trim(request.orderId());
        Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        CheckoutStart start = checkout.start(CheckoutOrder.of(order.id(), order.amountMinor(), order.currency())
                .withDescription(order.description()));
        orders.markPending(order.id(), start.attempt(), start.sessionId(), Instant.now());
        return new StartResponse(start.orderId(), start.checkoutUrl(), start.sessionId());
    }
}
