package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.FakeSiglumeApi;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator side of the starter in a running application: the {@code siglume} health
 * component, its absence from liveness, client metrics, and secrets hidden from the
 * {@code env} and {@code configprops} endpoints even when they show values.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.merchant-auth-token=" + HealthAndActuatorTests.TOKEN, "siglume.merchant=my-shop",
                "siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.challenge-secret=" + HealthAndActuatorTests.CHALLENGE,
                "siglume.webhook.additional-secrets=" + HealthAndActuatorTests.OLD_SECRET,
                "spring.datasource.generate-unique-name=true",
                "management.endpoints.web.exposure.include=health,env,configprops",
                "management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always"})
class HealthAndActuatorTests {

    static final String TOKEN = "merchant_token_never_shown";
    static final String CHALLENGE = "challenge_secret_never_shown";
    static final String OLD_SECRET = "whsec_old_secret_never_shown";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeSiglumeApi API = FakeSiglumeApi.started();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("siglume.api-base", API::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Test
    void siglumeHealthComponentReportsReadiness() throws Exception {
        HttpResponse<String> response = new WebhookHttp(port).send("GET", "/actuator/health/siglume");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("status").asString()).isEqualTo("UP");
        assertThat(json.get("details").get("merchant").asString()).isEqualTo("my-shop");
        assertThat(json.get("details").get("status").asString()).isEqualTo("ready");
        assertThat(response.body()).doesNotContain(TOKEN, TestWebhooks.SECRET);
    }

    @Test
    void livenessGroupDoesNotIncludeSiglume() throws Exception {
        HttpResponse<String> response = new WebhookHttp(port).send("GET", "/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("siglume");
    }

    @Test
    void clientCallsAreObservedAsHttpClientRequests() throws Exception {
        new WebhookHttp(port).send("GET", "/actuator/health/siglume");
        assertThat(meters.find("http.client.requests").timers()).isNotEmpty();
    }

    @Test
    void clientOperationsAreObservedAsSiglumeClientRequests() throws Exception {
        new WebhookHttp(port).send("GET", "/actuator/health/siglume");
        io.micrometer.core.instrument.Timer timer = meters.find("siglume.client.requests")
                .tag("operation", "getMerchantReadiness").tag("status", "200").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isPositive();
    }

    @Test
    void envAndConfigpropsNeverShowTokensOrSecrets() throws Exception {
        WebhookHttp http = new WebhookHttp(port);
        HttpResponse<String> configprops = http.send("GET", "/actuator/configprops/siglume");
        assertThat(configprops.statusCode()).isEqualTo(200);
        assertThat(configprops.body()).contains("my-shop").contains("******")
                .doesNotContain(TOKEN, CHALLENGE, TestWebhooks.SECRET, OLD_SECRET);
        for (String key : new String[] {"siglume.merchant-auth-token", "siglume.webhook.secret",
                "siglume.challenge-secret", "siglume.webhook.additional-secrets"}) {
            HttpResponse<String> env = http.send("GET", "/actuator/env/" + key);
            assertThat(env.statusCode()).as(key).isEqualTo(200);
            assertThat(env.body()).as(key).contains("******").doesNotContain(TOKEN, CHALLENGE, TestWebhooks.SECRET,
                    OLD_SECRET);
        }
        HttpResponse<String> merchant = http.send("GET", "/actuator/env/siglume.merchant");
        assertThat(merchant.body()).contains("my-shop");
    }

}
