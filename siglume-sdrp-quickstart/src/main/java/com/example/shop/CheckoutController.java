package com.example.shop;

import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutRefusedException;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Starts Hosted Checkout for an order and shows orders. */
@RestController
public class CheckoutController {

    private final SiglumeCheckout checkout;
    private final OrderStore orders;

    public CheckoutController(SiglumeCheckout checkout, OrderStore orders) {
        this.checkout = checkout;
        this.orders = orders;
    }

    /** The "Pay with Siglume" button: sends the buyer to the order's Hosted Checkout session. */
    @PostMapping("/orders/{orderId}/checkout")
    public ResponseEntity<Void> checkout(@PathVariable String orderId) {
        ShopOrder order = order(orderId);
        // Which order, what amount: from your database, never from the browser.
        CheckoutStart start = checkout.start(CheckoutOrder.of(order.id(), order.amountMinor(), order.currency()));
        orders.markPending(order.id());
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(start.checkoutUrl())).build();
    }

    /** Where the buyer comes back to after paying: shows the order, changes nothing. */
    @GetMapping("/checkout/success")
    public ShopOrder returned(@RequestParam("order_id") String orderId) {
        return order(orderId);
    }

    @GetMapping("/orders/{orderId}")
    public ShopOrder order(@PathVariable String orderId) {
        return orders.find(orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A paid order, or one whose payment is being confirmed or reviewed, is not paid again: 409 and why. */
    @ExceptionHandler(CheckoutRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public Refusal refused(CheckoutRefusedException refused) {
        return new Refusal(refused.orderId(), refused.reason().wireName(), refused.reason().buyerMessage());
    }

    /** The answer to a refused checkout, for example {@code already_paid}. */
    public record Refusal(String orderId, String reason, String message) {
    }
}
