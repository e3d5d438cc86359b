package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The pages a person clicks through, the order list, the actuator health and metrics, and the
 * address the shop listens on.
 */
class ShopPagesAndHealthTests extends ShopTestBase {

    @Autowired
    Environment environment;

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
        assertThat(success.body()).contains("data-page=\"success\"", "src=\"/checkout-return.js\"")
                .doesNotContain("Thank you");

        ShopHttp.Answer cancel = shop.get("/checkout/cancel?order_id=order_123");
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body()).contains("data-page=\"cancel\"", "src=\"/checkout-return.js\"");

        ShopHttp.Answer returnScript = shop.get("/checkout-return.js");
        assertThat(returnScript.status()).isEqualTo(200);
        assertThat(returnScript.body()).contains("\"order-status\"", "\"back-link\"", "\"Order not found\"");
    }

    @Test
    void everyPageLinksTheFaviconAndTheDefaultIconAddressFindsIt() {
        for (String page : List.of("/", "/checkout/success?order_id=order_123", "/checkout/cancel?order_id=order_123")) {
            assertThat(shop.get(page).body()).as(page)
                    .contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        }
        ShopHttp.Answer icon = shop.get("/favicon.svg");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg ").contains("viewBox=\"0 0 32 32\"");

        ShopHttp.Answer ico = shop.get("/favicon.ico");
        assertThat(ico.status()).isEqualTo(301);
        assertThat(ico.header("Location")).endsWith("/favicon.svg");
    }

    @Test
    void metricsAndPrometheusShowTheWebhookDeliveries() {
        confirmInSandbox(startCheckout("order_123").path("session_id").asString());
        assertThat(status("order_123")).isEqualTo("paid");

        ShopHttp.Answer names = shop.get("/actuator/metrics");
        assertThat(names.status()).isEqualTo(200);
        assertThat(names.json().path("names").valueStream().map(JsonNode::asString))
                .contains("siglume.webhook.deliveries", "siglume.webhook.processing");

        ShopHttp.Answer deliveries = shop.get("/actuator/metrics/siglume.webhook.deliveries?tag=outcome:processed");
        assertThat(deliveries.status()).isEqualTo(200);
        assertThat(deliveries.json().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);

        ShopHttp.Answer prometheus = shop.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.contentType()).startsWith("text/plain");
        assertThat(prometheus.body()).containsPattern("(?m)^siglume_webhook_deliveries_total\\{[^}]*outcome=\"processed\"")
                .contains("# TYPE siglume_webhook_deliveries_total counter", "siglume_webhook_processing_seconds")
                .doesNotContain(sandbox.merchantAuthToken(), sandbox.webhookSecret());
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws SocketException {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(shop.get("/orders").status()).isEqualTo(200);
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : network.inetAddresses().toList()) {
                if (!address.isLoopbackAddress()) {
                    assertThat(connects(address)).as("connect to %s:%d", address.getHostAddress(), port).isFalse();
                }
            }
        }
    }

    private boolean connects(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
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
