package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line starts a sandbox and prints the settings to paste into an application. */
class SiglumeSandboxCliTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheEnvironmentLinesForTheRunningSandbox() throws Exception {
        try (SiglumeSandbox sandbox = SiglumeSandboxCli.start(List.of("--port", "0",
                "--webhook-url", "http://localhost:8080/siglume/webhook"), Map.of(), out)) {
            String apiBase = "http://127.0.0.1:" + sandbox.port() + "/v1";

            assertThat(printed().lines().toList()).startsWith(
                    "Siglume SDRP sandbox is running.",
                    "SIGLUME_ENV=sandbox",
                    "SIGLUME_API_BASE=" + apiBase,
                    "SIGLUME_DIRECT_PAYMENT_MERCHANT=sandbox_merchant",
                    "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET=sandbox_challenge_secret",
                    "SIGLUME_MERCHANT_AUTH_TOKEN=sandbox_merchant_token",
                    "SIGLUME_AUTH_TOKEN=sandbox_buyer_token",
                    "SIGLUME_WEBHOOK_SECRET=whsec_sandbox_local",
                    "SHOP_PUBLIC_ORIGIN=http://localhost:3000",
                    "SHOP_WEBHOOK_URL=http://localhost:8080/siglume/webhook");
            assertThat(printed()).contains(
                    "siglume.api-base=" + apiBase,
                    "siglume.merchant-auth-token=sandbox_merchant_token",
                    "siglume.challenge-secret=sandbox_challenge_secret",
                    "curl -X POST " + apiBase + "/sandbox/checkout-sessions/<session_id>/redeliver",
                    "Press Ctrl-C to stop.");
            assertThat(new Http(sandbox.baseUrl(), "sandbox_merchant_token").get("/v1/market/webhooks/subscriptions").dataList())
                    .singleElement().extracting(s -> s.get("callback_url")).isEqualTo("http://localhost:8080/siglume/webhook");
        }
    }

    @Test
    void optionsOverrideTheDefaults() throws Exception {
        try (SiglumeSandbox sandbox = SiglumeSandboxCli.start(List.of("--port=0", "--merchant", "my_shop",
                "--merchant-token", "local_token", "--buyer-token", "local_agent_token", "--challenge-secret",
                "local_challenge", "--webhook-secret", "whsec_mine", "--origin", "https://shop.example",
                "--no-auth"), Map.of(), out)) {
            assertThat(sandbox.merchant()).isEqualTo("my_shop");
            assertThat(sandbox.merchantAuthToken()).isEqualTo("local_token");
            assertThat(sandbox.buyerAuthToken()).isEqualTo("local_agent_token");
            assertThat(sandbox.challengeSecret()).isEqualTo("local_challenge");
            assertThat(sandbox.webhookSecret()).isEqualTo("whsec_mine");
            assertThat(sandbox.origin()).isEqualTo("https://shop.example");
            assertThat(sandbox.requiresAuth()).isFalse();
            assertThat(printed()).contains("SIGLUME_DIRECT_PAYMENT_MERCHANT=my_shop", "No webhook URL yet");
        }
    }

    @Test
    void environmentVariablesAreTheFallbacksAsInTheReference() {
        Map<String, String> env = Map.of(
                "SIGLUME_SANDBOX_PORT", "0",
                "SIGLUME_DIRECT_PAYMENT_MERCHANT", "env_shop",
                "SHOP_PUBLIC_ORIGIN", "http://localhost:5173",
                "SHOP_WEBHOOK_URL", "http://127.0.0.1:5173/hook",
                "SIGLUME_WEBHOOK_SECRET", "whsec_from_env",
                "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "challenge_from_env");
        try (SiglumeSandbox sandbox = SiglumeSandboxCli.start(List.of("--merchant", "flag_shop"), env, out)) {
            assertThat(sandbox.merchant()).isEqualTo("flag_shop");
            assertThat(sandbox.origin()).isEqualTo("http://localhost:5173");
            assertThat(sandbox.webhookUrl()).hasValue("http://127.0.0.1:5173/hook");
            assertThat(sandbox.webhookSecret()).isEqualTo("whsec_from_env");
            assertThat(sandbox.challengeSecret()).isEqualTo("challenge_from_env");
        }
    }

    @Test
    void jsonPrintsOneDocument() {
        try (SiglumeSandbox sandbox = SiglumeSandboxCli.start(List.of("--port", "0", "--json"), Map.of(), out)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = Http.JSON.readValue(printed(), Map.class);
            assertThat(json).containsEntry("api_base", sandbox.apiBase())
                    .containsEntry("merchant", "sandbox_merchant")
                    .containsEntry("merchant_auth_token", "sandbox_merchant_token")
                    .containsEntry("buyer_auth_token", "sandbox_buyer_token")
                    .containsEntry("challenge_secret", "sandbox_challenge_secret")
                    .containsEntry("webhook_url", null)
                    .containsEntry("webhook_secret", "whsec_sandbox_local")
                    .containsKey("env");
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingStarts() {
        for (List<String> args : List.of(List.of("--port"), List.of("--port", "--json"), List.of("--bogus"),
                List.of("sandbox"), List.of("--port", "eighty"), List.of("--port", "70000"),
                List.of("--port", "0", "--webhook-url", "http://example.com/hook"), List.of("--json=yes"))) {
            assertThatThrownBy(() -> SiglumeSandboxCli.start(args, Map.of(), out)).as(args.toString())
                    .isInstanceOf(SdrpValidationException.class);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageLine() {
        PrintStream original = System.out;
        System.setOut(out);
        try {
            SiglumeSandboxCli.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        assertThat(printed().trim()).isEqualTo(SiglumeSandboxCli.USAGE);
        assertThat(SiglumeSandboxCli.USAGE).startsWith("Usage: java -jar siglume-sdrp-sandbox-").contains("-cli.jar", "--webhook-url");
    }
}
