package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.boot.SiglumeSandboxTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pays order_123 on a sandbox started for the test, as a buyer would. */
@SiglumeSandboxTest(properties = "spring.datasource.url=jdbc:h2:mem:shop")
class MyShopTests {

    @Autowired
    SiglumeSandbox sandbox;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOrderIsMarkedPaidOnceByTheSignedWebhook() throws Exception {
        HttpResponse<String> checkout = post("/orders/order_123/checkout");
        assertThat(checkout.statusCode()).isEqualTo(303);
        String checkoutUrl = checkout.headers().firstValue("Location").orElseThrow();
        assertThat(checkoutUrl).startsWith(sandbox.baseUrl() + "/pay/");
        assertThat(get("/orders/order_123").body()).contains("\"status\":\"pending\"");

        // The buyer presses "Confirm payment"; the sandbox sends the signed webhook.
        String sessionId = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
        sandbox.confirm(sessionId);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(get("/orders/order_123").body()).contains("\"status\":\"paid\"");

        // The same event again changes nothing, and is counted as a duplicate.
        sandbox.redeliver(sessionId);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(sandbox.deliveries()).allSatisfy(delivery -> assertThat(delivery.delivered()).isTrue());
        assertThat(get("/actuator/metrics/siglume.webhook.deliveries?tag=outcome:duplicate").body())
                .contains("\"value\":1.0");
        assertThat(get("/orders/order_123").body()).contains("\"status\":\"paid\"");

        HttpResponse<String> again = post("/orders/order_123/checkout");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"reason\":\"already_paid\"");

        HttpResponse<String> health = get("/actuator/health/siglume");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
