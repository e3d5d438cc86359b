package com.siglume.sdrp.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.docs.quickstart.QuickstartApplication;
import com.siglume.sdrp.sandbox.CheckoutOutcome;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookDelivery;
import com.siglume.sdrp.sandbox.junit.SiglumeSandboxExtension;
import com.siglume.sdrp.sandbox.spring.SiglumeSandboxProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the quickstart's code ({@code docs/quickstart.md}) as the guide assembles it: the starter,
 * the order table, the checkout controller and the listener, against a sandbox. The guide promises
 * that a sandbox order ends up paid from the webhook alone, exactly once.
 */
@SpringBootTest(classes = QuickstartApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // The sample shop's own embedded sandbox is not part of the quickstart.
                "shop.sandbox.embedded=false",
                "siglume.checkout.public-origin=http://localhost:8080",
                "spring.datasource.url=jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1",
                "spring.sql.init.mode=always",
                "spring.sql.init.schema-locations=classpath:com/siglume/sdrp/docs/quickstart/schema.sql",
                "siglume.webhook.jdbc.initialize-schema=always"})
class QuickstartFlowTest {

    @RegisterExtension
    static final SiglumeSandboxExtension SIGLUME = new SiglumeSandboxExtension();

    @DynamicPropertySource
    static void siglume(DynamicPropertyRegistry registry) {
        SiglumeSandboxProperties.register(registry, SIGLUME::sandbox);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void pointWebhooksAtTheShop() {
        SIGLUME.sandbox().setWebhookUrl("http://localhost:" + port + "/siglume/webhook");
    }

    @Test
    void sandboxOrderIsPaidFromTheWebhookOnce() throws Exception {
        SiglumeSandbox sandbox = SIGLUME.sandbox();

        HttpResponse<String> start = post("/orders/order_123/checkout");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
        String checkoutUrl = start.headers().firstValue("Location").orElseThrow();
        assertThat(checkoutUrl).startsWith(sandbox.baseUrl() + "/pay/");
        String sessionId = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
        assertThat(sandbox.session(sessionId).orElseThrow().amountMinor()).isEqualTo(1200);

        // The buyer is on the checkout page and the return URL can be opened any time: still pending.
        assertThat(get("/orders/order_123").body()).contains("\"status\":\"pending\"");

        CheckoutOutcome outcome = sandbox.confirm(sessionId);
        assertThat(outcome.redirectUrl()).startsWith("http://localhost:8080/checkout/success?order_id=order_123");
        assertThat(get("/checkout/success?order_id=order_123&session_id=" + sessionId).body())
                .isEqualTo("{\"id\":\"order_123\",\"amountMinor\":1200,\"currency\":\"JPY\",\"status\":\"paid\"}");

        WebhookDelivery again = sandbox.redeliver(sessionId);
        assertThat(again.responseStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_reviews").query(Long.class).single()).isZero();

        assertThat(post("/orders/order_123/checkout").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT nonce FROM siglume_checkout_attempts").query(String.class).list())
                .containsExactly("order_123-attempt_1");
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
