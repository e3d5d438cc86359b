package com.siglume.sdrp.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The real-database condition: enabled when reachable, skipped outside CI, failing in CI.
 */
class RequiresDatabaseConditionTests {

    @Test
    void reachableDatabaseEnablesTheTest() {
        ConditionEvaluationResult result = new RequiresDatabaseCondition(Map.of("CI", "true")::get)
                .decide(RealDatabase.POSTGRESQL, null);
        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void unreachableDatabaseOutsideCiSkipsWithAClearMessage() {
        ConditionEvaluationResult result = new RequiresDatabaseCondition(Map.<String, String>of()::get)
                .decide(RealDatabase.MARIADB, "Connection refused");
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("MariaDB is not reachable at jdbc:mariadb://127.0.0.1:3306/test")
                .contains("Connection refused").contains("set CI=true"));
    }

    @Test
    void unreachableDatabaseInCiFails() {
        assertThatThrownBy(() -> new RequiresDatabaseCondition(Map.of("CI", "true")::get)
                .decide(RealDatabase.POSTGRESQL, "Connection refused"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL is not reachable").hasMessageContaining("CI=true requires it");
    }
}
