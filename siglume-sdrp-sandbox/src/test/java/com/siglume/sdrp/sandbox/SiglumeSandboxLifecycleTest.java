package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, starting and closing: loopback only, port 0, clean shutdown, typed errors. */
class SiglumeSandboxLifecycleTest {

    @Test
    void portZeroPicksAFreeLoopbackPort() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start()) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.apiBase()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/v1");
            assertThat(sandbox.isRunning()).isTrue();
        }
    }

    @Test
    void defaultsAreTheReferenceDefaults() {
        SiglumeSandbox sandbox = SiglumeSandbox.builder().build();

        assertThat(sandbox.merchant()).isEqualTo("sandbox_merchant");
        assertThat(sandbox.merchantAuthToken()).isEqualTo("sandbox_merchant_token");
        assertThat(sandbox.webhookSecret()).isEqualTo("whsec_sandbox_local");
        assertThat(sandbox.origin()).isEqualTo("http://localhost:3000");
        assertThat(sandbox.webhookUrl()).isEmpty();
        assertThat(sandbox.requiresAuth()).isTrue();
        assertThat(sandbox.webhookRetryPolicy()).isEqualTo(WebhookRetryPolicy.DEFAULT);
        assertThat(SiglumeSandbox.DEFAULT_PORT).isEqualTo(8787);
        sandbox.close();
    }

    @Test
    void builderValuesAreNormalisedWithTheProtocolRules() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).merchant(" My_Shop ")
                .origin("HTTPS://Shop.Example/path").webhookUrl(" https://shop.example/hook ").build().start()) {
            assertThat(sandbox.merchant()).isEqualTo("my_shop");
            assertThat(sandbox.origin()).isEqualTo("https://shop.example");
            assertThat(sandbox.webhookUrl()).hasValue("https://shop.example/hook");
            assertThat(sandbox.environment()).containsExactly(
                    Map.entry("SIGLUME_ENV", "sandbox"),
                    Map.entry("SIGLUME_API_BASE", sandbox.apiBase()),
                    Map.entry("SIGLUME_DIRECT_PAYMENT_MERCHANT", "my_shop"),
                    Map.entry("SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "sandbox_challenge_secret"),
                    Map.entry("SIGLUME_MERCHANT_AUTH_TOKEN", "sandbox_merchant_token"),
                    Map.entry("SIGLUME_AUTH_TOKEN", "sandbox_buyer_token"),
                    Map.entry("SIGLUME_WEBHOOK_SECRET", "whsec_sandbox_local"),
                    Map.entry("SHOP_PUBLIC_ORIGIN", "https://shop.example"),
                    Map.entry("SHOP_WEBHOOK_URL", "https://shop.example/hook"));
        }
    }

    @Test
    void badBuilderValuesAreRefusedWithTheField() {
        SiglumeSandboxBuilder builder = SiglumeSandbox.builder();
        assertField(() -> builder.port(-1), "port");
        assertField(() -> builder.port(65_536), "port");
        assertField(() -> builder.merchant("x"), "merchant");
        assertField(() -> builder.merchant(null), "merchant");
        assertField(() -> builder.merchantAuthToken(" "), "merchant_auth_token");
        assertField(() -> builder.merchantAuthToken("cli_abc"), "merchant_auth_token");
        assertField(() -> builder.buyerAuthToken(null), "buyer_auth_token");
        assertField(() -> builder.buyerAuthToken("cli_abc"), "buyer_auth_token");
        assertField(() -> builder.challengeSecret(" "), "challenge_secret");
        assertField(() -> SiglumeSandbox.builder().buyerAuthToken("sandbox_merchant_token").build(), "buyer_auth_token");
        assertField(() -> builder.webhookSecret(""), "webhook_secret");
        assertField(() -> builder.origin("http://shop.example"), "checkout_allowed_origins");
        assertField(() -> builder.webhookUrl("ftp://localhost/hook"), "webhook_url");
        assertField(() -> builder.webhookUrl("http://10.0.0.5/hook"), "webhook_url");
        assertField(() -> builder.webhookTimeout(Duration.ZERO), "webhook_timeout");
        assertField(() -> builder.clock(null), "clock");
        assertField(() -> builder.webhookRetryPolicy(null), "webhook_retry");
    }

    @Test
    void setWebhookUrlRefusesNonLoopbackHttpAndKeepsTheOldValue() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).webhookUrl("http://localhost:8080/hook").build().start()) {
            assertField(() -> sandbox.setWebhookUrl("http://example.com/hook"), "webhook_url");
            assertThat(sandbox.webhookUrl()).hasValue("http://localhost:8080/hook");
        }
    }

    @Test
    void startingTwiceOrAfterCloseIsRefused() {
        SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start();
        assertThatThrownBy(sandbox::start).isInstanceOfSatisfying(SandboxException.class,
                e -> assertThat(e.code()).isEqualTo("SANDBOX_ALREADY_STARTED"));
        sandbox.close();
        assertThatThrownBy(sandbox::start).isInstanceOf(SandboxException.class);
        assertThat(sandbox.isRunning()).isFalse();
    }

    @Test
    void addressesAreUnknownBeforeStart() {
        SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build();

        assertThatThrownBy(sandbox::apiBase).isInstanceOfSatisfying(SandboxException.class,
                e -> assertThat(e.code()).isEqualTo("SANDBOX_NOT_STARTED"));
        assertThatThrownBy(sandbox::port).isInstanceOf(SandboxException.class);
        assertThat(sandbox.toString()).contains("not started");
        sandbox.close();
    }

    @Test
    void aTakenPortIsATypedError() {
        try (SiglumeSandbox first = SiglumeSandbox.builder().port(0).build().start()) {
            SiglumeSandbox second = SiglumeSandbox.builder().port(first.port()).build();
            assertThatThrownBy(second::start).isInstanceOfSatisfying(SandboxException.class,
                    e -> assertThat(e.code()).isEqualTo("SANDBOX_BIND_FAILED"));
            second.close();
        }
    }

    @Test
    void closeStopsServingAndEndsEveryBackgroundThread() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url())
                .webhookRetryPolicy(new WebhookRetryPolicy(5, Duration.ofSeconds(30), 1.0, Duration.ofSeconds(30))).build().start();
        Http http = Http.merchant(sandbox);
        receiver.answerNext(500);
        http.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        sandbox.confirm("chk_sandbox_1");
        assertThat(sandbox.deliveries().get(0).nextAttemptAt()).isNotNull();
        String prefix = sandbox.threadNamePrefix() + "-";
        assertThat(threads(prefix)).isNotEmpty();

        sandbox.close();
        sandbox.close();

        for (Thread thread : threads(prefix)) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(threads(prefix)).isEmpty();
        assertThat(sandbox.isRunning()).isFalse();
        assertThat(sandbox.awaitDeliveries(Duration.ZERO)).isTrue();
        assertThatThrownBy(() -> new Http(sandbox.baseUrl(), null).get("/v1/sandbox/settings"))
                .isInstanceOf(ConnectException.class);
        receiver.close();
    }

    @Test
    void toStringShowsNoTokenOrSecret() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).merchantAuthToken("tok_very_private")
                .webhookSecret("whsec_very_private").build().start()) {
            assertThat(sandbox.toString()).contains(sandbox.baseUrl(), "sandbox_merchant")
                    .doesNotContain("tok_very_private", "whsec_very_private");
        }
    }

    @Test
    void javaOperationsNameTheSessionAndRefuseUnknownOnes() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start()) {
            assertThat(sandbox.session(null)).isEmpty();
            assertField(() -> sandbox.confirm(" "), "session_id");
            assertThatThrownBy(() -> sandbox.confirm("chk_sandbox_1")).isInstanceOfSatisfying(SandboxException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.code()).isEqualTo("CHECKOUT_SESSION_NOT_FOUND");
            });
            assertThatThrownBy(() -> sandbox.redeliver("chk_sandbox_1")).isInstanceOf(SandboxException.class);
            assertThatThrownBy(() -> sandbox.awaitDeliveries(Duration.ofSeconds(-1))).isInstanceOf(SdrpValidationException.class);
        }
    }

    private static List<Thread> threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive()).toList();
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SdrpValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
