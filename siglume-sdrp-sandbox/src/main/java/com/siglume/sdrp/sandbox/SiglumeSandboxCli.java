package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.SdrpJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Runs a sandbox from the command line until Ctrl-C and prints the settings to paste into an
 * application:
 *
 * <pre>
 * java -jar siglume-sdrp-sandbox-&lt;version&gt;-cli.jar --port 8787 --webhook-url http://localhost:8080/siglume/webhook
 * </pre>
 *
 * <p>Options not given fall back to the same environment variables the reference sandbox
 * reads ({@code SIGLUME_SANDBOX_PORT}, {@code SIGLUME_DIRECT_PAYMENT_MERCHANT},
 * {@code SHOP_PUBLIC_ORIGIN}, {@code SHOP_WEBHOOK_URL}, {@code SIGLUME_WEBHOOK_SECRET}, and for the
 * buyer API {@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET}), then to the defaults.
 */
public final class SiglumeSandboxCli {

    /** One line of usage, printed by {@code --help} and after a bad argument. */
    public static final String USAGE = "Usage: java -jar siglume-sdrp-sandbox-" + Sdrp.version() + "-cli.jar"
            + " [--port 8787] [--webhook-url <url>] [--merchant <key>] [--merchant-token <token>]"
            + " [--buyer-token <token>] [--challenge-secret <secret>] [--webhook-secret <secret>]"
            + " [--origin <origin>] [--no-auth] [--json]";

    private static final Set<String> VALUE_OPTIONS = Set.of(
            "port", "webhook-url", "merchant", "merchant-token", "buyer-token", "challenge-secret", "webhook-secret",
            "origin");
    private static final Set<String> FLAG_OPTIONS = Set.of("no-auth", "json", "help");

    private SiglumeSandboxCli() {
    }

    /**
     * Starts the sandbox and blocks until the process is stopped.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return;
        }
        SiglumeSandbox sandbox;
        try {
            sandbox = start(List.of(args), System.getenv(), out);
        } catch (SdrpException e) {
            System.err.println("siglume-sdrp-sandbox: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        runUntilStopped(sandbox);
    }

    /**
     * Keeps a running sandbox serving until the process is stopped (Ctrl-C), then closes it.
     *
     * @param sandbox the running sandbox
     */
    public static void runUntilStopped(SiglumeSandbox sandbox) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "siglume-sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sandbox.close();
        }
    }

    /**
     * Parses the arguments, starts a sandbox and prints its settings. For running in-process,
     * for example in a test; the caller closes the returned sandbox.
     *
     * @param args the arguments, without the program name
     * @param env the environment variables to fall back on
     * @param out where to print the settings
     * @return the running sandbox
     * @throws SdrpValidationException when an argument is unknown, lacks its value or is invalid
     * @throws SandboxException when the port cannot be bound
     */
    public static SiglumeSandbox start(List<String> args, Map<String, String> env, PrintStream out) {
        Map<String, String> options = parse(args);
        SiglumeSandboxBuilder builder = SiglumeSandbox.builder()
                .port(port(option(options, env, "port", "SIGLUME_SANDBOX_PORT")))
                .requireAuth(!options.containsKey("no-auth"));
        String merchant = option(options, env, "merchant", "SIGLUME_DIRECT_PAYMENT_MERCHANT");
        if (merchant != null) {
            builder.merchant(merchant);
        }
        String token = options.get("merchant-token");
        if (token != null) {
            builder.merchantAuthToken(token);
        }
        String buyerToken = options.get("buyer-token");
        if (buyerToken != null) {
            builder.buyerAuthToken(buyerToken);
        }
        String challengeSecret = option(options, env, "challenge-secret", "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET");
        if (challengeSecret != null) {
            builder.challengeSecret(challengeSecret);
        }
        String secret = option(options, env, "webhook-secret", "SIGLUME_WEBHOOK_SECRET");
        if (secret != null) {
            builder.webhookSecret(secret);
        }
        String origin = option(options, env, "origin", "SHOP_PUBLIC_ORIGIN");
        if (origin != null) {
            builder.origin(origin);
        }
        builder.webhookUrl(option(options, env, "webhook-url", "SHOP_WEBHOOK_URL"));
        SiglumeSandbox sandbox = builder.build().start();
        if (options.containsKey("json")) {
            printJson(sandbox, out);
        } else {
            printText(sandbox, out);
        }
        out.flush();
        return sandbox;
    }

    private static void printText(SiglumeSandbox sandbox, PrintStream out) {
        out.println("Siglume SDRP sandbox is running.");
        sandbox.environment().forEach((name, value) -> out.println(name + "=" + value));
        if (sandbox.webhookUrl().isEmpty()) {
            out.println("# No webhook URL yet: pass --webhook-url, or set it later with");
            out.println("#   curl -X PUT " + sandbox.apiBase() + "/sandbox/webhook-url"
                    + " -H 'content-type: application/json' -d '{\"webhook_url\":\"http://localhost:8080/siglume/webhook\"}'");
        }
        out.println();
        out.println("Spring Boot properties:");
        out.println("siglume.api-base=" + sandbox.apiBase());
        out.println("siglume.merchant=" + sandbox.merchant());
        out.println("siglume.merchant-auth-token=" + sandbox.merchantAuthToken());
        out.println("siglume.challenge-secret=" + sandbox.challengeSecret());
        out.println("siglume.webhook.secret=" + sandbox.webhookSecret());
        out.println("# An agent's payment client takes the buyer token: siglume.auth-token=" + sandbox.buyerAuthToken());
        out.println();
        out.println("Checkout pages are served at " + sandbox.baseUrl() + "/pay/<session_id>.");
        out.println("After confirming a sandbox checkout, redeliver the same webhook event with:");
        out.println("curl -X POST " + sandbox.apiBase() + "/sandbox/checkout-sessions/<session_id>/redeliver");
        out.println("Settings and test knobs: " + sandbox.apiBase() + "/sandbox/settings");
        out.println("Press Ctrl-C to stop.");
    }

    /** What {@code --json} prints, in this order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Settings(
            String apiBase,
            String merchant,
            String merchantAuthToken,
            String buyerAuthToken,
            String challengeSecret,
            String webhookUrl,
            String webhookSecret,
            Map<String, String> env) {
    }

    private static void printJson(SiglumeSandbox sandbox, PrintStream out) {
        Settings settings = new Settings(sandbox.apiBase(), sandbox.merchant(), sandbox.merchantAuthToken(),
                sandbox.buyerAuthToken(), sandbox.challengeSecret(), sandbox.webhookUrl().orElse(null),
                sandbox.webhookSecret(), sandbox.environment());
        out.println(SdrpJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(settings));
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i) == null ? "" : args.get(i);
            if (!arg.startsWith("--")) {
                throw new SdrpValidationException("args", "unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (FLAG_OPTIONS.contains(name) && value == null) {
                options.put(name, "true");
            } else if (VALUE_OPTIONS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1) == null || args.get(i + 1).startsWith("--")) {
                        throw new SdrpValidationException(name, "--" + name + " requires a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                throw new SdrpValidationException("args", "unknown option: --" + name);
            }
        }
        return options;
    }

    private static String option(Map<String, String> options, Map<String, String> env, String name, String envName) {
        String value = options.get(name);
        if (value == null && env != null) {
            String fromEnv = env.get(envName);
            value = fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
        }
        return value;
    }

    private static int port(String value) {
        if (value == null) {
            return SiglumeSandbox.DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new SdrpValidationException("port", "--port must be an integer from 0 to 65535");
        }
    }
}
