package com.siglume.sdrp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SandboxReadiness;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check commands against the sandbox and a shop, one knob at a time: each check passing and
 * failing, the exit status, the JSON document, and no token or secret in any output.
 */
class CheckCommandsTest {

    private static final String TOKEN = "mtok_" + UUID.randomUUID().toString().replace("-", "");
    private static final String SECRET = "whsec_" + UUID.randomUUID().toString().replace("-", "");

    private static SiglumeSandbox sandbox;
    private static TinyShop shop;

    @TempDir
    Path workingDirectory;

    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void start() {
        sandbox = SiglumeSandbox.builder().port(0).merchantAuthToken(TOKEN).webhookSecret(SECRET)
                .webhookRetryPolicy(WebhookRetryPolicy.NONE).build().start();
        shop = new TinyShop(SECRET);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        shop.close();
    }

    @BeforeEach
    void configure() {
        sandbox.reset();
        sandbox.setWebhookUrl(shop.webhookUrl());
        shop.reset();
        env.put("SIGLUME_ENV", "sandbox");
        env.put("SIGLUME_API_BASE", sandbox.apiBase());
        env.put("SIGLUME_DIRECT_PAYMENT_MERCHANT", sandbox.merchant());
        env.put("SIGLUME_MERCHANT_AUTH_TOKEN", TOKEN);
        env.put("SIGLUME_WEBHOOK_SECRET", SECRET);
        env.put("SHOP_PUBLIC_ORIGIN", "http://localhost:3000");
        env.put("SHOP_WEBHOOK_URL", shop.webhookUrl());
    }

    private CliRun run(String... args) {
        CliRun run = CliRun.run(env, workingDirectory, args);
        assertThat(run.all()).doesNotContain(TOKEN).doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, SECRET.length() - 4));
        return run;
    }

    private static void assertFails(CliRun run, String check, String detail) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.line(check)).startsWith("FAIL " + check + ": ").contains(detail);
        assertThat(run.out().lines().filter(line -> line.startsWith("FAIL "))).hasSize(1);
        assertThat(run.out()).endsWith("Not ready. Fix the FAIL checks before opening checkout." + System.lineSeparator());
    }

    @Test
    void verifyPassesWithTheShopsOwnSettings() {
        CliRun run = run("verify");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).doesNotContain("FAIL").doesNotContain("sandbox default")
                .contains("Ready for 10-minute SDRP integration (sandbox).");
        assertThat(run.line("merchant_token")).contains("ends with \"" + TOKEN.substring(TOKEN.length() - 4) + "\"");
        assertThat(run.line("webhook_secret_matches_subscription_hint"))
                .contains("\"" + SECRET.substring(SECRET.length() - 4) + "\"");
    }

    @Test
    void readinessAndDoctorRunTheSameChecksAndDoctorShowsTheConfiguration() {
        CliRun readiness = run("readiness");
        CliRun doctor = run("doctor");

        assertThat(readiness.exitCode()).as(readiness.all()).isZero();
        assertThat(doctor.exitCode()).as(doctor.all()).isZero();
        assertThat(doctor.out()).startsWith("Configuration:").contains("  merchant: sandbox_merchant")
                .contains("  webhook_secret: set, ends with \"" + SECRET.substring(SECRET.length() - 4) + "\"")
                .contains("  webhook_url: " + shop.webhookUrl());
        assertThat(doctor.out().lines().filter(line -> line.startsWith("OK "))).hasSize(23);
        assertThat(readiness.out().lines().filter(line -> line.startsWith("OK "))).hasSize(23);
    }

    @Test
    void readinessNotReadyNamesTheMissingRequirementsAndBlockers() {
        sandbox.setReadiness(SandboxReadiness.notReady(List.of("billing_mandate"), List.of("terms_not_accepted")));

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("hosted_checkout_readiness_ready")).startsWith("FAIL")
                .contains("status=action_required").contains("missing=billing_mandate").contains("blockers=terms_not_accepted");
        assertThat(run.line("hosted_checkout_missing_requirements")).startsWith("FAIL").contains("billing_mandate");
        assertThat(run.line("hosted_checkout_blockers")).startsWith("FAIL").contains("terms_not_accepted");
        assertThat(run.out()).doesNotContain("webhook_subscription_exists").doesNotContain("hosted_checkout_probe");
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void hostedCheckoutSwitchedOffSaysSo() {
        sandbox.disableHostedCheckout();

        CliRun run = run("verify");

        assertFails(run, "hosted_checkout_probe", "Hosted Checkout is not enabled for this merchant account");
        assertThat(run.out()).doesNotContain("webhook_delivery_probe_passed");
        assertThat(shop.received()).isEmpty();
    }

    @Test
    void aWrongSecretDoesNotMatchTheSubscriptionHint() {
        env.put("SIGLUME_WEBHOOK_SECRET", "whsec_another_subscriptions_secret");

        CliRun run = run("verify");

        assertFails(run, "webhook_secret_matches_subscription_hint",
                "does not end with the subscription's signing_secret_hint \"" + SECRET.substring(SECRET.length() - 4));
        assertThat(run.all()).doesNotContain("whsec_another_subscriptions_secret");
    }

    @Test
    void aMalformedSecretFailsBeforeAnyApiCall() {
        env.put("SIGLUME_WEBHOOK_SECRET", "sk_not_a_webhook_secret_at_all");

        CliRun run = run("verify");

        assertFails(run, "webhook_secret_present", "is not of the form whsec_");
        assertThat(run.out().lines().filter(line -> line.matches("(OK|FAIL) .*"))).hasSize(7);
        assertThat(run.all()).doesNotContain("sk_not_a_webhook_secret_at_all");
    }

    @Test
    void aMissingSecretSaysWhichVariableToSet() {
        env.remove("SIGLUME_WEBHOOK_SECRET");
        env.remove("SIGLUME_ENV");
        env.put("SHOP_PUBLIC_ORIGIN", "https://shop.example.com");
        env.put("SHOP_WEBHOOK_URL", "https://shop.example.com/siglume/webhook");

        CliRun run = run("verify");

        assertFails(run, "webhook_secret_present", "Set SIGLUME_WEBHOOK_SECRET");
        assertThat(run.line("target_environment")).contains("live");
    }

    @Test
    void aSubscriptionToAnotherUrlDoesNotMatchTheShop() {
        sandbox.setWebhookUrl("http://127.0.0.1:9/other/webhook");

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("webhook_callback_matches")).startsWith("FAIL")
                .contains("No active webhook subscription points at " + shop.webhookUrl())
                .contains("the active ones point at http://127.0.0.1:9/other/webhook");
        // Without the shop's subscription, its event types and secret hint cannot be checked either.
        assertThat(run.line("direct_payment_confirmed_subscribed")).startsWith("FAIL");
        assertThat(run.line("webhook_secret_matches_subscription_hint")).startsWith("FAIL");
        assertThat(run.out()).doesNotContain("hosted_checkout_probe");
    }

    @Test
    void noSubscriptionAtAllFailsItsExistence() {
        sandbox.setWebhookUrl(null);

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("webhook_subscription_exists")).startsWith("FAIL").contains("no active webhook subscription");
    }

    @Test
    void aShopThatIsDownGetsNoAnswer() {
        sandbox.setWebhookUrl("http://127.0.0.1:9/siglume/webhook");
        env.put("SHOP_WEBHOOK_URL", "http://127.0.0.1:9/siglume/webhook");

        CliRun run = run("verify");

        assertFails(run, "webhook_delivery_probe_passed", "got no answer");
        assertThat(run.line("hosted_checkout_probe")).startsWith("OK");
    }

    @Test
    void aShopAnswering500Fails() {
        shop.answer(500);

        CliRun run = run("verify");

        assertFails(run, "webhook_delivery_probe_passed", "response_status=500");
        assertThat(shop.received()).hasSize(1);
    }

    @Test
    void aShopWithAnotherSecretRefusesTheSignature() {
        try (TinyShop other = new TinyShop("whsec_the_shop_has_another_secret")) {
            sandbox.setWebhookUrl(other.webhookUrl());
            env.put("SHOP_WEBHOOK_URL", other.webhookUrl());

            CliRun run = run("verify");

            assertFails(run, "webhook_delivery_probe_passed", "response_status=401: the shop refused the signature");
        }
    }

    @Test
    void apiFaultsAreReportedWithTheirCode() {
        sandbox.injectApiFaults(ApiFault.status(500), 6);

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("hosted_checkout_readiness_api")).startsWith("FAIL").contains("INTERNAL_ERROR (500)");
        assertThat(run.line("merchant_api")).startsWith("FAIL").contains("INTERNAL_ERROR (500)");
    }

    @Test
    void anUnreachableApiIsReportedAsSuch() {
        env.put("SIGLUME_API_BASE", "http://127.0.0.1:9/v1");

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("hosted_checkout_readiness_api")).startsWith("FAIL").contains("No answer from http://127.0.0.1:9/v1");
    }

    @Test
    void aWrongTokenIsRefusedByTheApi() {
        env.put("SIGLUME_MERCHANT_AUTH_TOKEN", "mtok_wrong_token_for_this_merchant");

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("merchant_api")).contains("INVALID_AUTH_TOKEN (401)");
        assertThat(run.all()).doesNotContain("mtok_wrong_token_for_this_merchant");
    }

    @Test
    void aDeveloperPortalKeyIsNoMerchantToken() {
        env.put("SIGLUME_MERCHANT_AUTH_TOKEN", "cli_0123456789abcdef");

        CliRun run = run("verify");

        assertFails(run, "merchant_token", "Developer Portal keys (cli_...)");
        assertThat(run.all()).doesNotContain("cli_0123456789abcdef");
    }

    @Test
    void theAuthTokenIsTheTokensFallback() {
        env.remove("SIGLUME_MERCHANT_AUTH_TOKEN");
        env.put("SIGLUME_AUTH_TOKEN", TOKEN);

        assertThat(run("verify").exitCode()).isZero();
    }

    @Test
    void liveModeNeedsEveryValueAndHttps() {
        env.remove("SIGLUME_ENV");
        env.remove("SIGLUME_DIRECT_PAYMENT_MERCHANT");

        CliRun run = run("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("merchant_key")).startsWith("FAIL").contains("Set SIGLUME_DIRECT_PAYMENT_MERCHANT");
        assertThat(run.line("shop_origin")).startsWith("FAIL").contains("is not https");
        assertThat(run.line("webhook_url")).startsWith("FAIL").contains("https");
        assertThat(run.out()).doesNotContain("hosted_checkout_readiness_api");
    }

    @Test
    void anOriginWithAPathIsNoOrigin() {
        env.put("SHOP_PUBLIC_ORIGIN", "http://localhost:3000/shop");

        assertFails(run("verify"), "shop_origin", "is not an origin");
    }

    @Test
    void theProbeAmountMustBeStandard() {
        env.put("SIGLUME_DIRECT_PAYMENT_TEST_AMOUNT_MINOR", "500");
        assertFails(run("verify"), "standard_probe_amount", "JPY 501 or more");

        assertThat(run("verify", "--currency", "USD", "--amount-minor", "301").exitCode()).isZero();
    }

    @Test
    void noProbeIsNotReadiness() {
        CliRun run = run("verify", "--no-probe");

        assertFails(run, "hosted_checkout_probe", "--no-probe skips");
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
        assertThat(shop.received()).isEmpty();
    }

    @Test
    void preflightSendsNoWebhookAndPassesWithoutAShop() {
        sandbox.setWebhookUrl("http://127.0.0.1:9/siglume/webhook");
        env.put("SHOP_WEBHOOK_URL", "http://127.0.0.1:9/siglume/webhook");

        CliRun run = run("preflight");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.line("webhook_delivery_probe_skipped")).startsWith("OK");
        assertThat(run.line("hosted_checkout_probe")).startsWith("OK");
        assertThat(run.out()).doesNotContain("webhook_delivery_probe_passed")
                .contains("Preflight passed (sandbox).");
        assertThat(sandbox.deliveries()).isEmpty();
    }

    @Test
    void noApiChecksTheLocalConfigurationOnly() {
        env.put("SIGLUME_API_BASE", "http://127.0.0.1:9/v1");

        CliRun run = run("verify", "--no-api");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("OK "))).hasSize(7);
        assertThat(run.out()).contains("Local configuration checks passed");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        env.put("SIGLUME_DIRECT_PAYMENT_MERCHANT", "someone_else");
        env.put("SHOP_WEBHOOK_URL", "http://127.0.0.1:9/elsewhere");
        env.put("SIGLUME_API_BASE", "http://127.0.0.1:9/v1");

        CliRun run = run("verify", "--merchant", sandbox.merchant(), "--webhook-url", shop.webhookUrl(),
                "--base-url", sandbox.apiBase(), "--origin", "http://127.0.0.1:3000");

        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void jsonIsOneDocumentWithEveryCheck() {
        shop.answer(500);

        CliRun run = run("verify", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode document = JsonMapper.builder().build().readTree(run.out());
        assertThat(document.get("ok").asBoolean()).isFalse();
        assertThat(document.get("command").asString()).isEqualTo("verify");
        assertThat(document.get("environment").asString()).isEqualTo("sandbox");
        JsonNode checks = document.get("checks");
        assertThat(checks).hasSize(23);
        for (JsonNode check : checks) {
            assertThat(check.propertyNames()).containsExactly("name", "status", "detail");
            assertThat(check.get("status").asString()).isIn("pass", "fail");
        }
        assertThat(checks.get(0).get("name").asString()).isEqualTo("target_environment");
        JsonNode last = checks.get(22);
        assertThat(last.get("name").asString()).isEqualTo("webhook_delivery_probe_passed");
        assertThat(last.get("status").asString()).isEqualTo("fail");
        assertThat(last.get("detail").asString()).contains("response_status=500");
        assertThat(document.get("summary").asString()).startsWith("Not ready.");
    }

    @Test
    void doctorJsonAddsTheConfigurationWithoutSecrets() {
        CliRun run = run("doctor", "--json");

        JsonNode configuration = JsonMapper.builder().build().readTree(run.out()).get("configuration");
        assertThat(configuration.get("merchant_auth_token").asString()).startsWith("set, ends with");
        assertThat(configuration.get("api_base").asString()).isEqualTo(sandbox.apiBase());
    }

    @Test
    void aDotEnvFileFillsInWhatTheEnvironmentLeavesUnset() throws Exception {
        Map<String, String> fromFile = new HashMap<>(env);
        env.clear();
        env.put("SIGLUME_DIRECT_PAYMENT_MERCHANT", sandbox.merchant());
        fromFile.put("SIGLUME_DIRECT_PAYMENT_MERCHANT", "not_this_one");
        StringBuilder text = new StringBuilder("# sandbox settings\n");
        fromFile.forEach((name, value) -> text.append(name).append("=\"").append(value).append("\"\n"));
        Files.writeString(workingDirectory.resolve(".env"), text);

        assertThat(run("verify").exitCode()).isZero();

        Path other = Files.createDirectory(workingDirectory.resolve("other"));
        Files.move(workingDirectory.resolve(".env"), other.resolve("shop.env"));
        assertThat(run("verify").exitCode()).isEqualTo(1);
        assertThat(run("verify", "--env-file", "other/shop.env").exitCode()).isZero();
    }

    @Test
    void usageErrorsExitWith2() {
        CliRun unknown = run("verify", "--no-such-option");
        CliRun currency = run("verify", "--currency", "EUR");
        CliRun missingFile = run("verify", "--env-file", "missing.env");
        CliRun nothing = run();

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
        assertThat(currency.exitCode()).isEqualTo(2);
        assertThat(currency.err()).contains("currency must be one of [JPY, USD]");
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("--env-file missing.env does not exist");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: siglume-sdrp").contains("verify");
    }

    @Test
    void helpVersionAndCompletion() {
        CliRun help = run("verify", "--help");
        CliRun version = run("--version");
        CliRun completion = run("generate-completion");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--sandbox").contains("--base-url").contains("--json").contains("--env-file")
                .contains("1   a check failed");
        assertThat(version.out()).startsWith("siglume-sdrp ");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).contains("complete").contains("siglume-sdrp").contains("verify");
    }
}
