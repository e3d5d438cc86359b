package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.checkout.CheckoutRefusedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /agent/orders/{id}/challenge} over real HTTP: the offer of a stored order, the same
 * offer when asked again, and the answers for an unknown order and an order open in Hosted
 * Checkout.
 */
class AgentOfferEndpointTests extends ShopTestBase {

    @Test
    void theOfferIsTheStoredOrdersAndAskingAgainReturnsTheSameChallenge() {
        JsonNode first = offer("order_micro");
        JsonNode again = offer("order_micro");

        assertThat(first.path("order_id").asString()).isEqualTo("order_micro");
        assertThat(first.path("merchant").asString()).isEqualTo(sandbox.merchant());
        assertThat(first.path("amount_minor").asLong()).isEqualTo(300);
        assertThat(first.path("currency").asString()).isEqualTo("JPY");
        assertThat(first.path("challenge").asString()).startsWith("siglume-external-402-v1:order_micro-attempt_1:");
        assertThat(again).isEqualTo(first);
        assertThat(noncesOf("order_micro")).containsExactly("order_micro-attempt_1");
        JsonNode order = shop.order("order_micro");
        assertThat(order.path("status").asString()).isEqualTo("pending");
        assertThat(order.path("attempt").asInt()).isEqualTo(1);
        assertThat(order.path("checkout_session_id").isNull()).isTrue();
    }

    @Test
    void anUnknownOrderIs404AndAnOrderOpenInHostedCheckoutIs409() {
        ShopHttp.Answer unknown = shop.agentChallenge("order_missing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asString()).isEqualTo("Order not found.");

        startCheckout("order_123");
        ShopHttp.Answer open = shop.agentChallenge("order_123");

        assertThat(open.status()).isEqualTo(409);
        assertThat(open.json().path("error").asString())
                .isEqualTo(CheckoutRefusedException.Reason.CHECKOUT_OPEN.buyerMessage());
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1");
    }

    private JsonNode offer(String orderId) {
        ShopHttp.Answer answer = shop.agentChallenge(orderId);
        assertThat(answer.status()).as("offer for %s: %s", orderId, answer.body()).isEqualTo(200);
        return answer.json();
    }
}
