package com.siglume.sdrp.sample;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The condition behind {@link RequiresDatabase}.
 */
final class DatabaseReachableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestDatabase database = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresDatabase.class))
                .map(RequiresDatabase::value)
                .orElse(null);
        if (database == null) {
            return ConditionEvaluationResult.enabled("no database required");
        }
        try (Connection connection = database.connect()) {
            return ConditionEvaluationResult.enabled(database.displayName() + " "
                    + connection.getMetaData().getDatabaseProductVersion() + " is reachable at " + database.serverUrl());
        } catch (SQLException unreachable) {
            String problem = database.displayName() + " is not reachable at " + database.serverUrl() + ": "
                    + unreachable.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new ExtensionConfigurationException("CI=true requires the database tests to run. " + problem,
                        unreachable);
            }
            return ConditionEvaluationResult.disabled(problem + ". Skipped outside CI; with CI=true this fails.");
        }
    }
}
