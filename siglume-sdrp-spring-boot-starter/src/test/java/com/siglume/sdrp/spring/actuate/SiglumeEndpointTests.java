package com.siglume.sdrp.spring.actuate;

import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.it.WebhookTestApplication;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.StoredEvent;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator/siglume} in a running application against the sandbox: GET answers the
 * configuration and the checks that change nothing; POST runs the full verify, whose test
 * delivery this application must record as a readiness probe.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.env=sandbox", "siglume.merchant=sandbox_merchant",
                "siglume.merchant-auth-token=" + SiglumeEndpointTests.TOKEN,
                "siglume.webhook.secret=" + SiglumeEndpointTests.SECRET, "siglume.client.max-retries=0",
                "spring.datasource.generate-unique-name=true",
                "management.endpoints.web.exposure.include=siglume"})
@Import(SiglumeEndpointTests.ShortDeliveryWait.class)
class SiglumeEndpointTests {

    static final String TOKEN = "merchant_token_of_the_endpoint_test";
    static final String SECRET = "whsec_secret_of_the_endpoint_test";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SiglumeSandbox SANDBOX = SiglumeSandbox.builder().port(0).merchantAuthToken(TOKEN)
            .webhookSecret(SECRET).webhookRetryPolicy(WebhookRetryPolicy.NONE).build().start();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SiglumeEventStore store;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("siglume.api-base", SANDBOX::apiBase);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @BeforeEach
    void pointTheSandboxHere() {
        SANDBOX.reset();
        SANDBOX.setWebhookUrl(webhookUrl());
    }

    private String webhookUrl() {
        return "http://127.0.0.1:" + port + "/siglume/webhook";
    }

    private HttpResponse<String> call(String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/siglume"))
                .timeout(Duration.ofSeconds(30));
        request = method.equals("GET") ? request.GET()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain(TOKEN).doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, SECRET.length() - 4));
        return response;
    }

    private static List<String> names(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.get("checks").forEach(check -> names.add(check.get("name").asString()));
        return names;
    }

    @Test
    void getAnswersTheConfigurationAndTheChecksThatChangeNothing() throws Exception {
        HttpResponse<String> response = call("GET");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("ok").asBoolean()).as(response.body()).isTrue();
        JsonNode configuration = document.get("configuration");
        assertThat(configuration.get("environment").asString()).isEqualTo("sandbox");
        assertThat(configuration.get("api_base").asString()).isEqualTo(SANDBOX.apiBase());
        assertThat(configuration.get("merchant_auth_token").asString()).isEqualTo("set, ends with \"test\"");
        assertThat(configuration.get("webhook_url").asString()).isEqualTo(webhookUrl());
        assertThat(names(document)).contains("webhook_callback_matches", "webhook_secret_matches_subscription_hint",
                "webhook_delivery_probe_skipped").doesNotContain("hosted_checkout_probe", "webhook_delivery_probe_passed");
        document.get("checks").forEach(check -> assertThat(check.get("status").asString()).isEqualTo("pass"));
        assertThat(SANDBOX.session("chk_sandbox_1")).isEmpty();
        assertThat(SANDBOX.deliveries()).isEmpty();
    }

    @Test
    void postRunsTheFullVerifyAndThisApplicationRecordsTheProbe() throws Exception {
        HttpResponse<String> response = call("POST");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("ok").asBoolean()).as(response.body()).isTrue();
        assertThat(document.get("command").asString()).isEqualTo("verify");
        assertThat(names(document)).hasSize(24).endsWith("hosted_checkout_probe", "webhook_delivery_probe_passed",
                "webhook_probe_recorded");
        String eventId = SANDBOX.deliveries().get(0).eventId();
        assertThat(store.find(eventId)).get().extracting(StoredEvent::status).isEqualTo(EventStatus.PROBE);
        assertThat(document.get("checks").get(23).get("detail").asString()).contains(eventId);
    }

    @Test
    void postFailsWhenAnotherApplicationTakesTheDelivery() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        other.start();
        try {
            String elsewhere = "http://127.0.0.1:" + other.getAddress().getPort() + "/siglume/webhook";
            SANDBOX.setWebhookUrl(elsewhere);
            System.setProperty("SHOP_WEBHOOK_URL", elsewhere);

            JsonNode document = JSON.readTree(call("POST").body());

            assertThat(document.get("ok").asBoolean()).isFalse();
            JsonNode last = document.get("checks").get(23);
            assertThat(last.get("name").asString()).isEqualTo("webhook_probe_recorded");
            assertThat(last.get("status").asString()).isEqualTo("fail");
            assertThat(last.get("detail").asString()).contains("did not record event").contains("within 1 s");
            assertThat(document.get("checks").get(22).get("status").asString()).isEqualTo("pass");
        } finally {
            System.clearProperty("SHOP_WEBHOOK_URL");
            other.stop(0);
        }
    }

    @Test
    void postNamesWhatIsWrong() throws Exception {
        SANDBOX.disableHostedCheckout();

        JsonNode document = JSON.readTree(call("POST").body());

        assertThat(document.get("ok").asBoolean()).isFalse();
        assertThat(document.get("summary").asString()).startsWith("Not ready.");
        JsonNode last = document.get("checks").get(document.get("checks").size() - 1);
        assertThat(last.get("name").asString()).isEqualTo("hosted_checkout_probe");
        assertThat(last.get("detail").asString()).contains("Hosted Checkout is not enabled");
    }

    /** The application's checks with a one-second delivery wait, declared as a user would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ShortDeliveryWait {

        @Bean
        SiglumeApplicationChecks siglumeApplicationChecks(SiglumeMerchantClient client,
                SiglumeConnectionDetails details, SiglumeProperties properties, Environment environment,
                ObjectProvider<SiglumeEventStore> eventStores) {
            return new SiglumeApplicationChecks(client, details, properties, environment, eventStores,
                    Duration.ofSeconds(1));
        }
    }
}
