package com.siglume.sdrp.cli;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.check.CheckMode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code siglume-sdrp} command line:
 *
 * <pre>
 * java -jar siglume-sdrp-cli-&lt;version&gt;.jar preflight | readiness | verify | doctor [--sandbox] [--json] ...
 * java -jar siglume-sdrp-cli-&lt;version&gt;.jar sandbox [--port 8787] [--webhook-url &lt;url&gt;] ...
 * </pre>
 *
 * <p>Exit status: 0 when every check passed, 1 when one failed (or the command failed), 2 for an
 * invalid command line or setting.
 */
@Command(name = "siglume-sdrp", mixinStandardHelpOptions = true, versionProvider = SiglumeCli.Version.class,
        description = "Checks a shop's Siglume SDRP integration, and runs the local sandbox.",
        subcommands = {CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class SiglumeCli implements Callable<Integer> {

    /** Exit status when every check passed. */
    public static final int OK = 0;
    /** Exit status when a check failed. */
    public static final int NOT_READY = 1;
    /** Exit status of an invalid command line or setting. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    private SiglumeCli() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, new CliContext(System.getenv(), Path.of(""), out, err, SandboxLifetime.UNTIL_STOPPED)));
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments
     * @param context the environment, working directory and output streams
     * @return the exit status
     */
    public static int run(String[] args, CliContext context) {
        return commandLine(context).execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new SiglumeCli());
        addCheck(commandLine, context, "preflight", CheckMode.PREFLIGHT, false,
                "Check everything but webhook delivery: configuration, merchant account, billing, readiness, the"
                        + " webhook subscription, and one unpaid Hosted Checkout session. Run it before the webhook"
                        + " endpoint exists.");
        addCheck(commandLine, context, "readiness", CheckMode.READINESS, false,
                "Run every check, including a signed test delivery the shop must answer with 2xx.");
        addCheck(commandLine, context, "verify", CheckMode.VERIFY, false,
                "Run every check, including a signed test delivery the shop must answer with 2xx (the same as"
                        + " readiness). Run it with the shop running.");
        addCheck(commandLine, context, "doctor", CheckMode.READINESS, true,
                "Print the configuration as the checks see it (tokens and secrets by their last characters only),"
                        + " then run the readiness checks.");
        commandLine.addSubcommand("sandbox", new SandboxCommand(context));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("siglume-sdrp: " + e.getMessage());
            line.getErr().flush();
            return e instanceof SdrpException ? USAGE : NOT_READY;
        });
        return commandLine;
    }

    private static void addCheck(CommandLine parent, CliContext context, String name, CheckMode mode, boolean doctor,
            String description) {
        CommandLine sub = new CommandLine(new CheckCommand(context, mode, doctor));
        sub.getCommandSpec().usageMessage().description(description);
        parent.addSubcommand(name, sub);
    }

    /** Without a command: the usage, and status 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** The version of this build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"siglume-sdrp " + Sdrp.version()};
        }
    }
}
