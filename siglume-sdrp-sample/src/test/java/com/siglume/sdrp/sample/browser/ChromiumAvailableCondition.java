package com.siglume.sdrp.sample.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The condition behind {@link RequiresChromium}: enabled when both executables are installed;
 * otherwise disabled with a message, or, with {@code CI=true}, a failure.
 */
final class ChromiumAvailableCondition implements ExecutionCondition {

    /** The browser the test drives. */
    static final String CHROMIUM = "/usr/bin/chromium";

    /** The driver it drives the browser with. */
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = missingExecutables();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled(CHROMIUM + " and " + CHROMEDRIVER + " are installed");
        }
        String problem = String.join(" and ", missing) + " not found; install Debian's chromium and chromium-driver"
                + " packages (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("CI=true requires the browser test to run: " + problem);
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: " + problem
                + ". Skipped outside CI; with CI=true this fails.");
    }

    /** Lists the browser executables that are not installed. */
    static List<String> missingExecutables() {
        return List.of(CHROMIUM, CHROMEDRIVER).stream()
                .filter(path -> !Files.isExecutable(Path.of(path)))
                .toList();
    }
}
