package com.siglume.sdrp.spring.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The condition behind {@link RequiresDatabase}: probes the database once per JVM and enables,
 * skips (outside CI) or fails (with {@code CI=true}) the test.
 */
public class RequiresDatabaseCondition implements ExecutionCondition {

    private static final Map<RealDatabase, Optional<String>> PROBES = new ConcurrentHashMap<>();

    private final Function<String, String> environment;

    /**
     * Creates the condition reading the process environment.
     */
    public RequiresDatabaseCondition() {
        this(System::getenv);
    }

    /**
     * Creates the condition with another environment, for testing it.
     *
     * @param environment environment variable lookup
     */
    public RequiresDatabaseCondition(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresDatabase> annotation = AnnotationSupport.findAnnotation(context.getElement(),
                RequiresDatabase.class);
        if (annotation.isEmpty()) {
            return ConditionEvaluationResult.enabled("no @RequiresDatabase");
        }
        RealDatabase database = annotation.get().value();
        Optional<String> failure = PROBES.computeIfAbsent(database, RequiresDatabaseCondition::probe);
        return decide(database, failure.orElse(null));
    }

    /**
     * Decides from a probe result.
     *
     * @param database the database
     * @param failure why it could not be reached, or {@code null} when it was reached
     * @return enabled, or disabled outside CI
     * @throws IllegalStateException when it was not reached and {@code CI=true}
     */
    ConditionEvaluationResult decide(RealDatabase database, String failure) {
        if (failure == null) {
            return ConditionEvaluationResult.enabled(database.displayName() + " is reachable at " + database.url());
        }
        String message = database.displayName() + " is not reachable at " + database.url() + " (" + failure + ")";
        if ("true".equalsIgnoreCase(environment.apply("CI"))) {
            throw new IllegalStateException(message + "; CI=true requires it, so this test fails instead of skipping");
        }
        return ConditionEvaluationResult.disabled(message + "; skipped (set CI=true to make this a failure)");
    }

    private static Optional<String> probe(RealDatabase database) {
        try (Connection connection = database.connect()) {
            return connection.isValid(3) ? Optional.empty() : Optional.of("connection is not valid");
        } catch (SQLException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
