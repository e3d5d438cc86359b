package com.siglume.sdrp.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when its database server answers. Outside CI an unreachable server
 * skips the class with a message saying so; with {@code CI=true} it fails the class instead, so
 * a CI run never passes without having tested the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseReachableCondition.class)
@interface RequiresDatabase {

    /**
     * The database server the class needs.
     *
     * @return the server
     */
    TestDatabase value();
}
