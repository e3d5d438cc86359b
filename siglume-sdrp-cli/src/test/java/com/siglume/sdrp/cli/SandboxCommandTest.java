package com.siglume.sdrp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code sandbox} is the sandbox's own command line: same options, output and exit status. */
class SandboxCommandTest {

    @TempDir
    Path workingDirectory;

    @Test
    void startsTheSandboxWithItsOwnOptionsAndKeepsItRunningUntilStopped() {
        List<String> seenWhileRunning = new ArrayList<>();
        SandboxLifetime lifetime = sandbox -> {
            try (sandbox) {
                SiglumeMerchantClient client = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase())
                        .token("tok_from_the_command_line").build();
                seenWhileRunning.add(client.getMerchant("cli_shop").merchantAccount().merchant());
            }
        };

        CliRun run = CliRun.run(Map.of("SHOP_WEBHOOK_URL", "http://localhost:8080/siglume/webhook"), workingDirectory,
                lifetime, "sandbox", "--port", "0", "--merchant", "cli_shop", "--merchant-token",
                "tok_from_the_command_line", "--json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(seenWhileRunning).containsExactly("cli_shop");
        JsonNode printed = JsonMapper.builder().build().readTree(run.out());
        assertThat(printed.get("merchant").asString()).isEqualTo("cli_shop");
        assertThat(printed.get("webhook_url").asString()).isEqualTo("http://localhost:8080/siglume/webhook");
        assertThat(printed.get("api_base").asString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void printsTheSameLinesAsTheSandboxJar() {
        List<SiglumeSandbox> started = new ArrayList<>();
        CliRun run = CliRun.run(Map.of(), workingDirectory, sandbox -> {
            started.add(sandbox);
            sandbox.close();
        }, "sandbox", "--port", "0", "--webhook-url", "http://localhost:8080/siglume/webhook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Siglume SDRP sandbox is running.")
                .contains("SIGLUME_API_BASE=" + started.get(0).apiBase())
                .contains("siglume.webhook.secret=whsec_sandbox_local")
                .contains("Press Ctrl-C to stop.");
    }

    @Test
    void aBadArgumentPrintsTheSandboxUsageAndExitsWith2() {
        CliRun bad = CliRun.run(Map.of(), workingDirectory, sandbox -> sandbox.close(), "sandbox", "--port", "x");
        CliRun help = CliRun.run(Map.of(), workingDirectory, sandbox -> sandbox.close(), "sandbox", "--help");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("siglume-sdrp-sandbox: --port must be an integer from 0 to 65535"
                + System.lineSeparator() + SiglumeSandboxCli.USAGE + System.lineSeparator());
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains(SiglumeSandboxCli.USAGE);
    }
}
