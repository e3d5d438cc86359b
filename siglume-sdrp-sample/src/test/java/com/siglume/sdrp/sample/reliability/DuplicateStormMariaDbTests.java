package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The duplicate storms on MariaDB (the settings of the shop's {@code mariadb} profile), in a database
 * created for this class and dropped after it. With {@code CI=true} an unreachable server fails
 * the class instead of skipping it.
 */
@RequiresDatabase(RealDatabase.MARIADB)
@DirtiesContext
class DuplicateStormMariaDbTests extends DuplicateStormTests {

    private static IsolatedDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = IsolatedDatabase.create(RealDatabase.MARIADB, "storm");
        database.registerDataSource(registry);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @Override
    String databaseName() {
        return RealDatabase.MARIADB.displayName();
    }
}
