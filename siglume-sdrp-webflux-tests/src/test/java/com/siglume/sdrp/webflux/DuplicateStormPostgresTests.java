package com.siglume.sdrp.webflux;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The duplicate storm through R2DBC on a real PostgreSQL database of its own. */
@RequiresDatabase(RealDatabase.POSTGRESQL)
@DirtiesContext
class DuplicateStormPostgresTests extends DuplicateStormContract {

    private static IsolatedDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = IsolatedDatabase.create(RealDatabase.POSTGRESQL, "storm_pg");
        R2dbcUrls.register(database, registry);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
