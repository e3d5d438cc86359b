package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.sample.ShopProperties;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The running shop never shows its tokens or secrets: not in the actuator's {@code env},
 * {@code configprops} or {@code health} answers (with values shown), not in the
 * {@code toString()} of any Siglume bean, not in error messages of failed API calls, and not in
 * webhook error answers. The secrets are the embedded sandbox's merchant token plus a challenge
 * secret, a user token and a previous webhook secret set for this test.
 */
class SecretExposureTests extends ReliabilityShopTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    ApplicationContext context;

    private List<String> secrets;

    @BeforeEach
    void secrets() {
        secrets = List.of(sandbox.merchantAuthToken(), CHALLENGE_SECRET, USER_TOKEN, PREVIOUS_WEBHOOK_SECRET);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void actuatorEnvConfigpropsAndHealthShowNoSecret() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/health",
                "/actuator/health/siglume", "/actuator/env/siglume.merchant-auth-token",
                "/actuator/env/siglume.challenge-secret", "/actuator/env/siglume.auth-token",
                "/actuator/env/siglume.webhook.secret", "/actuator/env/siglume.webhook.additional-secrets")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(secrets);
            assertThat(response.body()).as(path).doesNotContainPattern("whsec_[A-Za-z0-9]");
        }
        assertThat(get("/actuator/env/siglume.merchant-auth-token").body()).contains("******");
        assertThat(get("/actuator/configprops").body()).contains("siglume").contains("******");
        assertThat(get("/actuator/health/siglume").body()).contains(sandbox.merchant());
    }

    @Test
    void siglumeBeansDescribeThemselvesWithoutSecrets() {
        List<Object> beans = new ArrayList<>();
        for (Class<?> type : List.of(SiglumeMerchantClient.class, SiglumePaymentClient.class, WebhookVerifier.class,
                SiglumeProperties.class, SiglumeChallengeSigner.class, SiglumeWebhookProcessor.class,
                SiglumeEventStore.class, ShopProperties.class)) {
            assertThat(context.getBeansOfType(type)).as(type.getSimpleName()).isNotEmpty();
            beans.addAll(context.getBeansOfType(type).values());
        }
        for (Object bean : beans) {
            assertThat(bean.toString()).as(bean.getClass().getName()).doesNotContain(secrets)
                    .doesNotContain(sandbox.webhookSecret());
        }
    }

    @Test
    void failedApiCallsNameNoToken() {
        String wrongToken = "mtok_reliability_wrong_never_shown";
        SiglumeMerchantClient wrong = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase()).token(wrongToken)
                .build();
        SiglumeMerchantClient unreachable = SiglumeMerchantClient.builder().baseUrl("http://127.0.0.1:9/v1")
                .token(wrongToken).timeout(Duration.ofSeconds(2)).maxRetries(0).build();

        List<Throwable> failures = List.of(catchThrowable(() -> wrong.getMerchant(sandbox.merchant())),
                catchThrowable(() -> unreachable.getMerchant(sandbox.merchant())));

        for (Throwable failure : failures) {
            assertThat(failure).isNotNull();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(wrongToken);
                assertThat(t.toString()).doesNotContain(wrongToken);
            }
        }
        assertThat(wrong.toString()).doesNotContain(wrongToken);
    }

    @Test
    void webhookErrorAnswersEchoNoSignatureOrSecret() throws Exception {
        byte[] body = "{\"id\":\"evt_secret_echo\"}".getBytes(StandardCharsets.UTF_8);
        String wrongSecret = "whsec_reliability_wrong_never_shown";
        String header = WebhookSignatures.header(wrongSecret, body, Instant.now().getEpochSecond());
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(webhookUrl()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Siglume-Signature", header)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain(header.substring(header.indexOf("v1=") + 3))
                .doesNotContain(wrongSecret).doesNotContain(sandbox.webhookSecret()).doesNotContain("evt_secret_echo");
    }
}
