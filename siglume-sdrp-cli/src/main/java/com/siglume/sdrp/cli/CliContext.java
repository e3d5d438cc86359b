package com.siglume.sdrp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the command line works with; {@link SiglumeCli#main} uses the process's own,
 * tests their own.
 *
 * @param environment the process environment variables
 * @param workingDirectory where a {@code .env} file is looked for
 * @param out standard output
 * @param err standard error
 * @param sandboxLifetime how long the {@code sandbox} command keeps its sandbox running
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, PrintStream out, PrintStream err,
        SandboxLifetime sandboxLifetime) {
}
