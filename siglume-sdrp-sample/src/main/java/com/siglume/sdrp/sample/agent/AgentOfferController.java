package com.siglume.sdrp.sample.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sample.order.OrderNotFoundException;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.OrderChallenge;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /agent/orders/{orderId}/challenge}: the offer an AI agent pays an order with through
 * the Siglume API, instead of a person going through Hosted Checkout. The amount and currency
 * come from the stored order; {@link SiglumeCheckout#challenge} records the challenge as the
 * order's attempt, so the payment's webhook reaches the same {@code OrderPaid} listener.
 */
@RestController
public class AgentOfferController {

    /**
     * The offer: what the agent passes to {@code siglume_pay_offer} (or to
     * {@code createPaymentRequirement}).
     *
     * @param orderId the order id
     * @param merchant the merchant key to pay
     * @param amountMinor the amount in minor units
     * @param currency the currency
     * @param challenge the merchant's one-time challenge for this order
     */
    public record AgentOffer(
            @JsonProperty("order_id") String orderId,
            @JsonProperty("merchant") String merchant,
            @JsonProperty("amount_minor") long amountMinor,
            @JsonProperty("currency") String currency,
            @JsonProperty("challenge") String challenge) {
    }

    private final OrderRepository orders;
    private final SiglumeCheckout checkout;

    /**
     * Creates the controller.
     *
     * @param orders the order store
     * @param checkout the Siglume checkout, which the starter provides
     * @param challengeSigner not used here: asking for it makes a shop without
     *        {@code siglume.challenge-secret} stop at startup with the starter's report, instead
     *        of failing at the first agent
     */
    public AgentOfferController(OrderRepository orders, SiglumeCheckout checkout,
            SiglumeChallengeSigner challengeSigner) {
        this.orders = orders;
        this.checkout = checkout;
    }

    /**
     * Issues (or returns again) the challenge of an order for an agent.
     *
     * @param orderId the order to pay
     * @return {@code {order_id, merchant, amount_minor, currency, challenge}}
     * @throws OrderNotFoundException when there is no such order (404)
     * @throws com.siglume.sdrp.spring.checkout.CheckoutRefusedException when the order is paid,
     *         under review, being confirmed or open in Hosted Checkout (409)
     */
    @PostMapping(path = "/agent/orders/{orderId}/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    public AgentOffer challenge(@PathVariable String orderId) {
        Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        OrderChallenge offer = checkout.challenge(CheckoutOrder.of(order.id(), order.amountMinor(), order.currency()));
        orders.markPending(order.id(), offer.attempt(), null, Instant.now());
        return new AgentOffer(offer.orderId(), offer.merchant(), offer.amountMinor(), offer.currency(),
                offer.challenge());
    }
}
