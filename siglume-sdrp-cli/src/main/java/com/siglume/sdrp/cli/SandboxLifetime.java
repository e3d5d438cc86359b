package com.siglume.sdrp.cli;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxCli;

/** Keeps the sandbox of the {@code sandbox} command running, then closes it. */
@FunctionalInterface
public interface SandboxLifetime {

    /** Runs until the process is stopped (Ctrl-C), as the sandbox's own command line does. */
    SandboxLifetime UNTIL_STOPPED = SiglumeSandboxCli::runUntilStopped;

    /**
     * Keeps the sandbox running as long as wanted and closes it.
     *
     * @param sandbox the running sandbox
     */
    void runUntilDone(SiglumeSandbox sandbox);
}
