package com.siglume.sdrp.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.test.FakeSiglumeApi.Answer;
import com.siglume.sdrp.spring.test.FakeSiglumeApi;
import com.siglume.sdrp.spring.test.TestWebhooks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The Hosted Checkout readiness health check against a loopback stand-in of the API.
 */
class SiglumeHealthIndicatorTests {

    private static final String TOKEN = "merchant_token_for_health";
    private static final String ACTIVE_ACCOUNT = """
            {"data":{"merchant_account":{"merchant_account_id":"ma_1","merchant":"my-shop","merchant_user_id":"u_1",
            "billing_mandate_id":"bm_1","status":"active","billing_status":"active"}}}""";

    private FakeSiglumeApi api;
    private SiglumeHealthIndicator indicator;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSiglumeApi();
    }

    @AfterEach
    void stop() {
        if (indicator != null) {
            indicator.destroy();
        }
        api.close();
    }

    @Test
    void readyMerchantIsUp() {
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("merchant", "my-shop").containsEntry("source", "readiness")
                .containsEntry("ready", true).containsEntry("status", "ready").containsEntry("webhookSecret", "configured");
        assertThat(api.requests()).containsExactly("GET /v1/sdrp/direct-payments/merchants/my-shop/readiness");
        assertThat(api.authorizations()).containsExactly("Bearer " + TOKEN);
    }

    @Test
    void notReadyMerchantIsDownWithWhatIsMissing() {
        api.readiness(Answer.of(200, FakeSiglumeApi.NOT_READY));
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", "action_required")
                .containsEntry("missingRequirements", List.of("billing_mandate", "terms_acceptance"))
                .containsEntry("blockers", List.of("live_mode_disabled"));
    }

    @Test
    void withoutReadinessEndpointTheActiveAccountIsUp() {
        api.readiness(Answer.of(404, FakeSiglumeApi.NOT_FOUND));
        api.merchant(Answer.of(200, ACTIVE_ACCOUNT));
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("source", "merchant_account")
                .containsEntry("failedChecks", List.of()).containsEntry("billingMandate", true);
        assertThat(api.requests()).containsExactly("GET /v1/sdrp/direct-payments/merchants/my-shop/readiness",
                "GET /v1/sdrp/direct-payments/merchants/my-shop");
    }

    @Test
    void withoutReadinessEndpointAnIncompleteAccountIsDown() {
        api.readiness(Answer.of(404, FakeSiglumeApi.NOT_FOUND));
        api.merchant(Answer.of(200, """
                {"data":{"merchant_account":{"merchant_account_id":"ma_1","merchant":"my-shop","merchant_user_id":"u_1",
                "status":"pending","billing_status":"past_due"}}}"""));
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failedChecks",
                List.of("billing_mandate", "billing_status_active", "merchant_status_active"));
    }

    @Test
    void apiErrorIsDownWithItsCodeNotAnException() {
        api.readiness(Answer.of(503, "{\"error\":{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"maintenance\"}}"));
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "SERVICE_UNAVAILABLE").containsEntry("httpStatus", 503);
    }

    @Test
    void unreachableApiIsDown() {
        String base = api.baseUrl();
        api.close();
        indicator = new SiglumeHealthIndicator(client(base), "my-shop", TestWebhooks.SECRET, Duration.ofHours(1),
                Duration.ofSeconds(5), Clock.systemUTC());
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "UNREACHABLE");
    }

    @Test
    void slowApiIsDownAfterTheTimeoutInsteadOfBlocking() {
        api.readiness(new Answer(200, FakeSiglumeApi.READY, 3_000));
        indicator = new SiglumeHealthIndicator(client(api.baseUrl()), "my-shop", TestWebhooks.SECRET,
                Duration.ofHours(1), Duration.ofMillis(200), Clock.systemUTC());
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "TIMEOUT");
    }

    @Test
    void answerIsCachedForItsTimeToLive() {
        SiglumeHealthIndicator cached = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1));
        cached.health();
        api.readiness(Answer.of(200, FakeSiglumeApi.NOT_READY));
        assertThat(cached.health().getStatus()).isEqualTo(Status.UP);
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void expiredAnswerIsAskedAgain() {
        SiglumeHealthIndicator uncached = indicator("my-shop", TestWebhooks.SECRET, Duration.ZERO);
        assertThat(uncached.health().getStatus()).isEqualTo(Status.UP);
        api.readiness(Answer.of(200, FakeSiglumeApi.NOT_READY));
        assertThat(uncached.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void missingMerchantIsDownWithoutCallingTheApi() {
        Health health = indicator(null, TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("merchant", "missing");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void merchantKeyThatIsNotSelfServiceIsDown() {
        Health health = indicator("shop.with.dots", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("merchant", "invalid");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void missingOrMalformedWebhookSecretIsDownEvenWhenReady() {
        Health missing = indicator("my-shop", null, Duration.ofHours(1)).health();
        assertThat(missing.getStatus()).isEqualTo(Status.DOWN);
        assertThat(missing.getDetails()).containsEntry("webhookSecret", "missing").containsEntry("ready", true);
        indicator.destroy();
        Health malformed = indicator("my-shop", "plain-secret-value", Duration.ofHours(1)).health();
        assertThat(malformed.getStatus()).isEqualTo(Status.DOWN);
        assertThat(malformed.getDetails()).containsEntry("webhookSecret", "malformed");
        assertThat(malformed.toString()).doesNotContain("plain-secret-value");
    }

    @Test
    void detailsNeverContainTokenOrSecret() {
        api.readiness(Answer.of(401, "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"bad token\"}}"));
        Health health = indicator("my-shop", TestWebhooks.SECRET, Duration.ofHours(1)).health();
        assertThat(health.toString()).doesNotContain(TOKEN).doesNotContain(TestWebhooks.SECRET);
        assertThat(health.getDetails()).containsEntry("error", "UNAUTHORIZED");
    }

    private SiglumeHealthIndicator indicator(String merchant, String secret, Duration ttl) {
        indicator = new SiglumeHealthIndicator(client(api.baseUrl()), merchant, secret, ttl, Duration.ofSeconds(5),
                Clock.systemUTC());
        return indicator;
    }

    private static SiglumeMerchantClient client(String baseUrl) {
        return SiglumeMerchantClient.builder().token(TOKEN).baseUrl(baseUrl).timeout(Duration.ofSeconds(5))
                .maxRetries(0).build();
    }
}
