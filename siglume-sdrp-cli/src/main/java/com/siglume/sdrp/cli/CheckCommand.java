package com.siglume.sdrp.cli;

import com.siglume.sdrp.check.CheckMode;
import com.siglume.sdrp.check.CheckReport;
import com.siglume.sdrp.check.CheckResult;
import com.siglume.sdrp.check.CheckSettings;
import com.siglume.sdrp.check.SiglumeChecks;
import com.siglume.sdrp.internal.SdrpJson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code preflight}, {@code readiness}, {@code verify} and {@code doctor}: runs
 * {@link SiglumeChecks} and prints one line per check (or one JSON document). Exit status 0 when
 * every check passed, 1 when one failed.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false, versionProvider = SiglumeCli.Version.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every check passed", "1:a check failed; its line says what to fix",
            "2:the command line or a setting is invalid"})
final class CheckCommand implements Callable<Integer> {

    /** The SDK's one JSON configuration, indented for people reading a terminal. */
    private static final ObjectWriter JSON = SdrpJson.MAPPER.writerWithDefaultPrettyPrinter();

    private final CliContext context;
    private final CheckMode mode;
    private final boolean doctor;

    @Option(names = "--sandbox", description = "Check against the sandbox (as SIGLUME_ENV=sandbox): the API base"
            + " defaults to SIGLUME_SANDBOX_API_BASE, else http://127.0.0.1:8787/v1; against a sandbox on this"
            + " machine, unset values take the local sandbox's defaults.")
    private boolean sandbox;

    @Option(names = "--base-url", paramLabel = "<url>", description = "Siglume API base URL. Default:"
            + " SIGLUME_API_BASE, else the sandbox or production API.")
    private String baseUrl;

    @Option(names = "--merchant", paramLabel = "<key>", description = "Merchant key. Default:"
            + " SIGLUME_DIRECT_PAYMENT_MERCHANT.")
    private String merchant;

    @Option(names = "--origin", paramLabel = "<origin>", description = "The shop's public origin. Default:"
            + " SHOP_PUBLIC_ORIGIN.")
    private String origin;

    @Option(names = "--webhook-url", paramLabel = "<url>", description = "The shop's public webhook URL. Default:"
            + " SHOP_WEBHOOK_URL.")
    private String webhookUrl;

    @Option(names = "--currency", paramLabel = "<JPY|USD>", description = "Probe currency. Default:"
            + " SIGLUME_DIRECT_PAYMENT_TEST_CURRENCY, else JPY.")
    private String currency;

    @Option(names = "--amount-minor", paramLabel = "<amount>", description = "Standard-band probe amount in minor"
            + " units. Default: SIGLUME_DIRECT_PAYMENT_TEST_AMOUNT_MINOR, else 501 (JPY) or 301 (USD).")
    private String amountMinor;

    @Option(names = "--no-api", description = "Check the local configuration only; call no API.")
    private boolean noApi;

    @Option(names = "--no-probe", description = "Skip the Hosted Checkout and webhook delivery probes (a partial"
            + " check: readiness and verify then fail).")
    private boolean noProbe;

    @Option(names = "--json", description = "Print one JSON document: ok, command, environment, checks (name,"
            + " status, detail), summary.")
    private boolean json;

    @Option(names = "--env-file", paramLabel = "<file>", description = "Read unset variables from this file."
            + " Default: .env in the working directory, when there is one.")
    private Path envFile;

    CheckCommand(CliContext context, CheckMode mode, boolean doctor) {
        this.context = context;
        this.mode = mode;
        this.doctor = doctor;
    }

    @Override
    public Integer call() {
        Map<String, String> environment = CliEnvironment.load(context, envFile);
        CheckSettings.Builder builder = CheckSettings.builder()
                .environment(environment::get)
                .apiBase(baseUrl)
                .merchant(merchant)
                .shopOrigin(origin)
                .webhookUrl(webhookUrl)
                .currency(currency)
                .amountMinor(amountMinor)
                .callApi(!noApi)
                .probe(!noProbe);
        if (sandbox) {
            builder.sandbox(true);
        }
        CheckSettings settings = builder.build();
        CheckReport report = SiglumeChecks.of(settings).run(mode);
        if (json) {
            printJson(settings, report);
        } else {
            printText(settings, report);
        }
        context.out().flush();
        return report.ok() ? 0 : 1;
    }

    private void printText(CheckSettings settings, CheckReport report) {
        PrintStream out = context.out();
        if (doctor) {
            out.println("Configuration:");
            settings.summary().forEach((name, value) -> out.println("  " + name + ": " + value));
            out.println();
        }
        for (CheckResult check : report.checks()) {
            out.println((check.passed() ? "OK   " : "FAIL ") + check.name() + ": " + check.detail());
        }
        out.println(report.summary());
    }

    private void printJson(CheckSettings settings, CheckReport report) {
        Map<String, Object> document = new LinkedHashMap<>(report.toDocument());
        if (doctor) {
            document.put("configuration", settings.summary());
        }
        context.out().println(JSON.writeValueAsString(document));
    }
}
