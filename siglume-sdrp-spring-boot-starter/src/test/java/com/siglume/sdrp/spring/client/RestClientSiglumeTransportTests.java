package com.siglume.sdrp.spring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.spring.test.FakeSiglumeApi.Answer;
import com.siglume.sdrp.spring.test.FakeSiglumeApi;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configured merchant client over the RestClient transport, against a loopback API:
 * requests, error answers, timeouts from {@code siglume.client.timeout}, and no redirects.
 */
class RestClientSiglumeTransportTests {

    private FakeSiglumeApi api;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSiglumeApi();
        runner = new ApplicationContextRunner()
                .withConfiguration(StarterAutoConfigurations.of(HttpClientAutoConfiguration.class,
                        RestClientAutoConfiguration.class))
                .withPropertyValues("siglume.merchant-auth-token=merchant_token_rest", "siglume.api-base=" + api.baseUrl(),
                        // Room for a loaded build machine; the timeout test sets its own, shorter one.
                        "siglume.client.max-retries=0", "siglume.client.timeout=5s");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sendsAuthenticatedRequestsAndReadsTheAnswer() {
        runner.run(context -> {
            HostedCheckoutReadiness readiness = context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop");
            assertThat(readiness.ready()).isTrue();
            assertThat(readiness.status()).isEqualTo("ready");
            assertThat(api.requests()).containsExactly("GET /v1/sdrp/direct-payments/merchants/my-shop/readiness");
            assertThat(api.authorizations()).containsExactly("Bearer merchant_token_rest");
        });
    }

    @Test
    void errorAnswersReachTheClientAsApiErrors() {
        api.readiness(Answer.of(503, "{\"error\":{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"maintenance\"}}"));
        runner.run(context -> assertThatThrownBy(
                () -> context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop"))
                .isInstanceOfSatisfying(SiglumeApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE");
                }));
    }

    @Test
    void clientTimeoutPropertyBoundsTheWait() {
        api.readiness(new Answer(200, FakeSiglumeApi.READY, 3_000));
        runner.withPropertyValues("siglume.client.timeout=500ms").run(context -> assertThatThrownBy(
                () -> context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop"))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> assertThat(e.isTimeout()).isTrue()));
    }

    @Test
    void redirectsAreNotFollowed() {
        api.readiness(Answer.redirect(api.baseUrl() + "/sdrp/direct-payments/merchants/other/readiness"));
        runner.run(context -> {
            assertThatThrownBy(() -> context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop"))
                    .isInstanceOfSatisfying(SiglumeApiException.class, e -> assertThat(e.status()).isEqualTo(302));
            assertThat(api.requests()).hasSize(1);
        });
    }

    @Test
    void requestsCarryTheSdkUserAgent() {
        runner.run(context -> {
            context.getBean(SiglumeMerchantClient.class).getMerchantReadiness("my-shop");
            assertThat(api.userAgents()).containsExactly(Sdrp.userAgent());
            assertThat(context.getBean(SiglumeMerchantClient.class).toString()).doesNotContain("merchant_token_rest");
        });
    }
}
