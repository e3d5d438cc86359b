package com.siglume.sdrp.spring.actuate;

import com.siglume.sdrp.check.CheckReport;
import com.siglume.sdrp.check.CheckResult;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code siglume.verify-on-startup}: once the application is ready (its web server accepts the
 * test delivery), runs {@link SiglumeApplicationChecks#verify()}. With {@code warn} each failed
 * check is logged; with {@code fail} startup stops with a failure report naming them.
 */
public class SiglumeStartupVerification implements ApplicationListener<ApplicationReadyEvent> {

    private static final Log logger = LogFactory.getLog(SiglumeStartupVerification.class);

    private final SiglumeProperties.VerifyOnStartup mode;
    private final ObjectProvider<SiglumeApplicationChecks> checks;

    /**
     * Creates the verification.
     *
     * @param mode off, warn or fail
     * @param checks the application's checks, absent without a merchant client
     */
    public SiglumeStartupVerification(SiglumeProperties.VerifyOnStartup mode,
            ObjectProvider<SiglumeApplicationChecks> checks) {
        this.mode = mode == null ? SiglumeProperties.VerifyOnStartup.OFF : mode;
        this.checks = checks;
    }

    /**
     * Runs the checks once the application is ready.
     *
     * @param event the ready event
     * @throws SiglumeConfigurationException when the checks cannot run (no merchant client), and
     *         with {@code fail} when a check failed
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (mode == SiglumeProperties.VerifyOnStartup.OFF) {
            return;
        }
        SiglumeApplicationChecks applicationChecks = checks.getIfAvailable();
        if (applicationChecks == null) {
            // Asked for checks that can never run: a misconfiguration in warn mode too, not a log line.
            throw new SiglumeConfigurationException("siglume.verify-on-startup is " + name()
                    + " but there is no SiglumeMerchantClient to run the checks with.",
                    "Set siglume.merchant-auth-token (or SIGLUME_MERCHANT_AUTH_TOKEN), or set"
                            + " siglume.verify-on-startup=off.");
        }
        CheckReport report = applicationChecks.verify();
        if (report.ok()) {
            logger.info("Siglume integration checks passed at startup: " + report.summary());
            return;
        }
        String failures = report.failures().stream().map(SiglumeStartupVerification::line)
                .collect(Collectors.joining(System.lineSeparator()));
        problem("The Siglume integration checks failed at startup (siglume.verify-on-startup=" + name() + "):"
                + System.lineSeparator() + failures, "Fix the failed checks (java -jar siglume-sdrp-cli-<version>.jar"
                        + " doctor shows the same checks), or set siglume.verify-on-startup=warn or off.");
    }

    /** Failed checks: what {@code warn} was chosen for is a log line; {@code fail} stops startup. */
    private void problem(String description, String action) {
        if (mode == SiglumeProperties.VerifyOnStartup.FAIL) {
            throw new SiglumeConfigurationException(description, action);
        }
        logger.warn(description + System.lineSeparator() + action);
    }

    private String name() {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String line(CheckResult check) {
        return "    " + check.name() + ": " + check.detail();
    }
}
