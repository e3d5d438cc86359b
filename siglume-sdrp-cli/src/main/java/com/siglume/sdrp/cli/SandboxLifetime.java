package com.siglume.sdrp.cli;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.util.concurrent.CountDownLatch;

/** Keeps the sandbox of the {@code sandbox} command running, then closes it. */
@FunctionalInterface
public interface SandboxLifetime {

    /** Runs until the process is stopped (Ctrl-C), as the sandbox's own command line does. */
    SandboxLifetime UNTIL_STOPPED = sandbox -> {
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
    };

    /**
     * Keeps the sandbox running as long as wanted and closes it.
     *
     * @param sandbox the running sandbox
     */
    void runUntilDone(SiglumeSandbox sandbox);
}
