package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.TestWebhookEvent;
import com.siglume.sdrp.spring.test.WebhookHttp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link CheckoutTestApplication} on a random port and H2, pointed at one loopback sandbox that
 * sends its webhooks to the application. Subclasses with the same properties share one context;
 * every test starts from empty tables, a fresh sandbox and empty listener records.
 */
@SpringBootTest(classes = CheckoutTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:checkout_tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000")
abstract class CheckoutSandboxTest {

    /** Lives as long as the test JVM, like the cached contexts that point at it. */
    static final SiglumeSandbox SANDBOX = SiglumeSandbox.builder().port(0).build().start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        for (String property : CheckoutTestApplication.sandboxProperties(SANDBOX)) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SiglumeCheckout checkout;

    @Autowired
    CheckoutTestApplication.OrderListeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        jdbc.update("DELETE FROM " + JdbcCheckoutAttemptStore.TABLE);
        jdbc.update("DELETE FROM siglume_webhook_events");
        SANDBOX.reset();
        SANDBOX.setWebhookUrl("http://127.0.0.1:" + port + "/siglume/webhook");
        listeners.clear();
    }

    /** Signs an event with the sandbox's secret and posts it to the application; expects 2xx. */
    void deliver(TestWebhookEvent event) {
        try {
            int status = new WebhookHttp(port).post("/siglume/webhook", event.toJsonBytes(),
                    event.sign(SANDBOX.webhookSecret()).signatureHeader()).statusCode();
            assertThat(status).as("delivery of %s", event.id()).isBetween(200, 299);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Starts checkout for an order and returns its attempt's challenge hash. */
    String challengeHashOf(String orderId, long amountMinor) {
        CheckoutStart start = checkout.start(CheckoutOrder.of(orderId, amountMinor, "JPY"));
        return SANDBOX.session(start.sessionId()).orElseThrow().challengeHash();
    }
}
