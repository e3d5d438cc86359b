package com.siglume.sdrp.spring.it.poison;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The poison identifiers over HTTP on a real MariaDB, in a database of its own. */
@RequiresDatabase(RealDatabase.MARIADB)
@DirtiesContext
class PoisonIdentifierMariaDbEndpointTests extends PoisonIdentifierEndpointContract {

    private static IsolatedDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = IsolatedDatabase.create(RealDatabase.MARIADB, "poison");
        database.registerDataSource(registry);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
