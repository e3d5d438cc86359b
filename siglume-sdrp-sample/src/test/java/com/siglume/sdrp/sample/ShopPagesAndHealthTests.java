package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pages a person clicks through, the order list, and the actuator health.
 */
class ShopPagesAndHealthTests extends ShopTestBase {

    @Test
    void orderListShowsTheSeededOrders() {
        JsonNode orders = shop.get("/orders").json().path("orders");

        assertThat(orders).hasSize(3);
        assertThat(orders.get(0).path("order_id").asString()).isEqualTo("order_123");
        assertThat(orders.get(0).path("amount_minor").asLong()).isEqualTo(1200);
        assertThat(orders.get(0).path("currency").asString()).isEqualTo("JPY");
        assertThat(orders.get(1).path("order_id").asString()).isEqualTo("order_micro");
        assertThat(orders.get(1).path("amount_minor").asLong()).isEqualTo(300);
        assertThat(orders.get(2).path("order_id").asString()).isEqualTo("order_nano");
        assertThat(orders.get(2).path("amount_minor").asLong()).isEqualTo(30);
        for (JsonNode order : orders) {
            assertThat(order.path("status").asString()).isEqualTo("created");
            assertThat(order.path("payable").asBoolean()).isTrue();
        }
    }

    @Test
    void shopPageAndReturnPagesAreServed() {
        ShopHttp.Answer home = shop.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.body()).contains("id=\"orders\"", "src=\"/shop.js\"").doesNotContain("https://");

        ShopHttp.Answer script = shop.get("/shop.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("\"Pay with Siglume\"", "/checkout/siglume/start");

        ShopHttp.Answer success = shop.get("/checkout/success?order_id=order_123&session_id=chk_sandbox_1");
        assertThat(success.status()).isEqualTo(200);
        assertThat(success.body()).contains("id=\"order-status\"", "id=\"back-link\"", "data-page=\"success\"");

        ShopHttp.Answer cancel = shop.get("/checkout/cancel?order_id=order_123");
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body()).contains("id=\"order-status\"", "id=\"back-link\"", "data-page=\"cancel\"");
    }

    @Test
    void healthShowsSiglumeUpAgainstTheSandbox() {
        ShopHttp.Answer health = shop.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("siglume").path("status").asString()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain(sandbox.merchantAuthToken(), sandbox.webhookSecret());
    }
}
