package com.siglume.sdrp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --sandbox} against a sandbox with its defaults and a running shop: every check
 * passes and the exit status is 0, with nothing configured but where the two listen.
 */
class VerifySandboxTest {

    static final List<String> VERIFY_CHECKS = List.of("target_environment", "merchant_key", "merchant_token",
            "shop_origin", "webhook_url", "webhook_secret_present", "standard_probe_amount",
            "hosted_checkout_readiness_api", "hosted_checkout_readiness_ready", "hosted_checkout_missing_requirements",
            "hosted_checkout_blockers", "merchant_responsibility_attested", "live_mode_enabled", "merchant_exists",
            "billing_mandate", "billing_status_active", "merchant_status_active", "webhook_subscription_exists",
            "webhook_callback_matches", "direct_payment_confirmed_subscribed",
            "webhook_secret_matches_subscription_hint", "hosted_checkout_probe", "webhook_delivery_probe_passed");

    @TempDir
    Path workingDirectory;

    @Test
    void everyCheckPassesAgainstTheSandboxAndARunningShop() {
        try (SiglumeSandbox sandbox = SiglumeSandbox.builder().port(0).build().start();
                TinyShop shop = new TinyShop(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET)) {
            sandbox.setWebhookUrl(shop.webhookUrl());

            CliRun run = CliRun.run(Map.of("SIGLUME_SANDBOX_API_BASE", sandbox.apiBase(),
                    "SHOP_WEBHOOK_URL", shop.webhookUrl()), workingDirectory, "verify", "--sandbox");

            assertThat(run.exitCode()).as(run.all()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(VERIFY_CHECKS.size() + 1);
            for (int i = 0; i < VERIFY_CHECKS.size(); i++) {
                assertThat(lines.get(i)).startsWith("OK   " + VERIFY_CHECKS.get(i) + ": ");
            }
            assertThat(lines.get(VERIFY_CHECKS.size())).isEqualTo("Ready for 10-minute SDRP integration (sandbox).");
            assertThat(run.line("merchant_key")).endsWith("sandbox_merchant (sandbox default)");
            assertThat(shop.received()).hasSize(1);
            assertThat(shop.received().get(0).event().isReadinessProbe()).isTrue();
            assertThat(sandbox.session("chk_sandbox_1")).isPresent();
        }
    }
}
