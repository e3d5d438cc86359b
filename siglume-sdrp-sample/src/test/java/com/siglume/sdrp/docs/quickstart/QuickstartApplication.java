package com.siglume.sdrp.docs.quickstart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The quickstart shop as one application: the classes of {@code docs/quickstart.md}, which
 * {@code QuickstartFlowTest} runs against a sandbox.
 */
@SpringBootApplication
public class QuickstartApplication {

    /** Starts the quickstart shop. */
    public static void main(String[] args) {
        SpringApplication.run(QuickstartApplication.class, args);
    }
}
