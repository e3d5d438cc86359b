package com.siglume.sdrp.sample.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.SdrpInputs;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /checkout/siglume/start}: the "Pay with Siglume" button. The body names the order
 * only; everything else comes from the server.
 */
@RestController
public class CheckoutController {

    /**
     * The request body.
     *
     * @param orderId the order to pay
     */
    public record StartRequest(@JsonProperty("order_id") String orderId) {
    }

    private final CheckoutService checkout;

    /**
     * Creates the controller.
     *
     * @param checkout the checkout service
     */
    public CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    /**
     * Starts (or resumes) Hosted Checkout for an order.
     *
     * @param request {@code {"order_id": "..."}}
     * @return {@code {order_id, checkout_url, session_id}}
     * @throws InvalidCheckoutRequestException when {@code order_id} is missing (400)
     */
    @PostMapping(path = "/checkout/siglume/start", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckoutStart start(@RequestBody(required = false) StartRequest request) {
        if (request == null || !SdrpInputs.isPresent(request.orderId())) {
            throw new InvalidCheckoutRequestException("order_id is required.");
        }
        return checkout.start(SdrpInputs.trim(request.orderId()));
    }
}
