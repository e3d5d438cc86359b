package com.siglume.sdrp.docs.quickstart;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Starts Hosted Checkout for an order and shows orders. */
@RestController
public class CheckoutController {

    private final SiglumeMerchantClient siglume;
    private final SiglumeProperties siglumeProperties;
    private final OrderStore orders;
    private final String shopOrigin;

    /** Creates the controller; the shop's public origin builds the return URLs. */
    public CheckoutController(SiglumeMerchantClient siglume, SiglumeProperties siglumeProperties, OrderStore orders,
            @Value("${shop.public-origin:http://localhost:8080}") String shopOrigin) {
        this.siglume = siglume;
        this.siglumeProperties = siglumeProperties;
        this.orders = orders;
        this.shopOrigin = shopOrigin;
    }

    /** The "Pay with Siglume" button: creates a Hosted Checkout session and sends the buyer there. */
    @PostMapping("/orders/{orderId}/checkout")
    public ResponseEntity<Void> checkout(@PathVariable String orderId) {
        ShopOrder order = orders.find(orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!order.payable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This order is already paid.");
        }
        int attempt = order.attempt() + 1;
        CreatedCheckoutSession session = siglume.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant(siglumeProperties.getMerchant())
                .amountMinor(order.amountMinor())                 // from your database, never from the browser
                .currency(order.currency())
                .nonce(order.id() + "-attempt_" + attempt)         // one nonce per checkout attempt
                .successUrl(shopOrigin + "/orders/" + order.id())
                .cancelUrl(shopOrigin + "/orders/" + order.id())
                .build());
        orders.recordAttempt(order.id(), attempt, session.challengeHash(), session.sessionId());
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(session.checkoutUrl())).build();
    }

    /** Where the buyer comes back to: shows the order, changes nothing. */
    @GetMapping("/orders/{orderId}")
    public ShopOrder order(@PathVariable String orderId) {
        return orders.find(orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
