package com.siglume.sdrp.cli;

import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxCli;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code sandbox}: the sandbox's own command line ({@link SiglumeSandboxCli}), reached unchanged:
 * the same options, output and exit status; it runs until Ctrl-C.
 */
@Command(description = {"Run the local Siglume sandbox until Ctrl-C: the sandbox's own command line, same"
        + " options (--port, --webhook-url, --merchant, --merchant-token, --webhook-secret, --origin, --no-auth,"
        + " --json).", "Pass --help after sandbox for its usage line."})
final class SandboxCommand implements Callable<Integer> {

    private final CliContext context;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    SandboxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            context.out().println(SiglumeSandboxCli.USAGE);
            return SiglumeCli.OK;
        }
        SiglumeSandbox sandbox;
        try {
            sandbox = SiglumeSandboxCli.start(arguments, CliEnvironment.load(context, null), context.out());
        } catch (SdrpException e) {
            // What the sandbox's own main prints for a bad argument or a taken port.
            context.err().println("siglume-sdrp-sandbox: " + e.getMessage());
            context.err().println(SiglumeSandboxCli.USAGE);
            return SiglumeCli.USAGE;
        }
        context.sandboxLifetime().runUntilDone(sandbox);
        return SiglumeCli.OK;
    }
}
