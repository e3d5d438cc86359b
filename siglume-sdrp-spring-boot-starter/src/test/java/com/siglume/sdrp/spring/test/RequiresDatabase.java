package com.siglume.sdrp.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method only when a real database is reachable.
 *
 * <p>When it is not: with the environment variable {@code CI=true} the test fails (CI must never
 * pass silently without its databases); otherwise it is skipped with a message saying which
 * database was not reachable and why. Published in this module's test jar for the other
 * modules' tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RequiresDatabaseCondition.class)
public @interface RequiresDatabase {

    /**
     * The database the test needs.
     *
     * @return the database
     */
    RealDatabase value();
}
