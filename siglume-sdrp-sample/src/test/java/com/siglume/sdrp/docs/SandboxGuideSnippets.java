package com.siglume.sdrp.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.sandbox.junit.SiglumeSandboxExtension;
import com.siglume.sdrp.sandbox.spring.SiglumeSandboxProperties;
import com.siglume.sdrp.sandbox.spring.SiglumeWebhookRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The code blocks of {@code docs/sandbox.md}, compiled. Each member holds one block exactly as the
 * guide shows it. The example test classes are nested, so the build never runs them.
 */
@SuppressWarnings("unused")
final class SandboxGuideSnippets {

    private SandboxGuideSnippets() {
    }

    /** The reader's order, as far as the guide uses it. */
    interface Order {
        String challenge();
    }

    static void embedded(int appPort) {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start()) {
            SiglumeMerchantClient client = SiglumeMerchantClient.builder()
                    .baseUrl(sandbox.apiBase())              // http://127.0.0.1:<port>/v1
                    .token(sandbox.merchantAuthToken())
                    .build();
            sandbox.setWebhookUrl("http://localhost:" + appPort + "/siglume/webhook");
            // ...
        }
    }

    /** The JUnit 5 extension, injected as a parameter. */
    static final class ExtensionByParameter {

        @ExtendWith(SiglumeSandboxExtension.class)
        class CheckoutTest {

            @BeforeEach
            void clean(SiglumeSandbox sandbox) {
                sandbox.reset();                    // sessions, deliveries and knobs are per class otherwise
            }

            @Test
            void paysOnce(SiglumeSandbox sandbox) {
                // ...
            }
        }
    }

    /** The JUnit 5 extension, registered in a static field. */
    static final class ExtensionInField {

        @RegisterExtension
        static final SiglumeSandboxExtension SIGLUME =
                SiglumeSandboxExtension.using(() -> SiglumeSandbox.builder().port(0).merchant("my_shop"));
        // SIGLUME.sandbox() returns the running sandbox
    }

    /** A Spring Boot test against the sandbox. */
    static final class SpringBootTestExample {

        @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
        class ShopCheckoutIT {

            @RegisterExtension
            static final SiglumeSandboxExtension SIGLUME = new SiglumeSandboxExtension();

            @DynamicPropertySource
            static void siglume(DynamicPropertyRegistry registry) {
                SiglumeSandboxProperties.register(registry, SIGLUME::sandbox);
            }

            @LocalServerPort
            int port;

            @BeforeEach
            void pointWebhooksAtTheApp() {
                SIGLUME.sandbox().setWebhookUrl("http://localhost:" + port + "/siglume/webhook");
            }
        }
    }

    static void fastRetries() {
        SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0)
                .webhookRetryPolicy(new WebhookRetryPolicy(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(200)))
                .build().start();
        sandbox.awaitDeliveries(Duration.ofSeconds(10));   // true once nothing is running or scheduled
    }

    static void testEvents(Order order, HttpClient httpClient, int port) throws IOException, InterruptedException {
        String challengeHash = DirectPaymentChallenges.challengeHash(order.challenge());
        SignedWebhook delivery = WebhookTestEvents.standard()
                .withEventId("evt_order_123")
                .withRequirementId("dpr_order_123")
                .withChallengeHash(challengeHash)
                .sign("whsec_test", Instant.now().getEpochSecond());

        // plain HTTP to a running application
        httpClient.send(delivery.toHttpRequest(URI.create("http://localhost:" + port + "/siglume/webhook")),
                HttpResponse.BodyHandlers.discarding());

        // an invalid event: valid signature, unknown shape -> manual review
        SignedWebhook odd = WebhookTestEvents.standard().withData("pricing_band", "STANDARD").sign("whsec_test");

        // a stale one: your endpoint must answer non-2xx
        SignedWebhook stale = WebhookTestEvents.standard().sign("whsec_test", Instant.now().minusSeconds(600));

        // any bytes at all
        SignedWebhook notJson = SignedWebhook.of("whsec_test", "not json".getBytes(UTF_8), Instant.now().getEpochSecond());
    }

    static void mockMvc(MockMvc mockMvc, SignedWebhook delivery) throws Exception {
        mockMvc.perform(SiglumeWebhookRequests.signed(delivery)).andExpect(status().isOk());
        mockMvc.perform(SiglumeWebhookRequests.signed("/payments/webhooks/siglume", delivery)).andExpect(status().isOk());
    }
}
