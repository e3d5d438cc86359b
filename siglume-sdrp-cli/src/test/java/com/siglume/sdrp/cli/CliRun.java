package com.siglume.sdrp.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One in-process run of the command line, with its exit status and output.
 *
 * @param exitCode the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> environment, Path workingDirectory, SandboxLifetime lifetime, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SiglumeCli.run(args, new CliContext(environment, workingDirectory, o, e, lifetime));
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        return run(environment, workingDirectory, SandboxLifetime.UNTIL_STOPPED, args);
    }

    /** Standard output and error together, for assertions that nothing leaked anywhere. */
    String all() {
        return out + err;
    }

    /** The line of one check, for example {@code FAIL webhook_url: ...}. */
    String line(String check) {
        return out.lines().filter(l -> l.matches("(OK|FAIL) +" + check + ":.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + check + " in:\n" + out));
    }
}
