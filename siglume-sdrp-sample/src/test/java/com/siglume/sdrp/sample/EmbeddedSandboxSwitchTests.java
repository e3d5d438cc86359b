package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.sample.sandbox.EmbeddedSandboxInitializer;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shop.sandbox.embedded=false}: the shop uses the {@code siglume.*} settings it is given,
 * as it would for a real merchant account, and refuses to start without them.
 */
class EmbeddedSandboxSwitchTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutEmbeddedSandboxTheShopUsesTheConfiguredApi() {
        try (SiglumeSandbox external = SiglumeSandbox.builder().port(0).merchant("external_shop")
                .merchantAuthToken("tok_external").webhookSecret("whsec_external").challengeSecret("cs_external")
                .build().start();
                ShopRun run = ShopRun.start("--shop.data-dir=" + dataDir, "--shop.sandbox.embedded=false",
                        "--siglume.api-base=" + external.apiBase(), "--siglume.merchant=external_shop",
                        "--siglume.merchant-auth-token=tok_external", "--siglume.webhook.secret=whsec_external",
                        "--siglume.challenge-secret=cs_external")) {
            assertThat(run.hasBean(EmbeddedSandboxInitializer.SANDBOX_BEAN_NAME)).isFalse();
            external.setWebhookUrl("http://127.0.0.1:" + run.port() + "/siglume/webhook");

            ShopHttp.Answer started = run.shop().startCheckout("order_123");
            assertThat(started.status()).isEqualTo(200);
            String sessionId = started.json().path("session_id").asString();
            assertThat(external.session(sessionId)).hasValueSatisfying(
                    session -> assertThat(session.merchant()).isEqualTo("external_shop"));

            external.confirm(sessionId);
            assertThat(run.shop().order("order_123").path("status").asString()).isEqualTo("paid");
        }
    }

    @Test
    void withoutEmbeddedSandboxOrCredentialsTheShopDoesNotStart() {
        assertThatThrownBy(() -> ShopRun.start("--shop.data-dir=" + dataDir, "--shop.sandbox.embedded=false",
                "--siglume.merchant-auth-token="))
                .hasRootCauseInstanceOf(SiglumeConfigurationException.class)
                .rootCause().hasMessageContaining("merchant bearer token");
    }
}
