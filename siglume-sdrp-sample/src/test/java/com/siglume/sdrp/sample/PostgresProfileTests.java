package com.siglume.sdrp.sample;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The {@code postgres} profile against PostgreSQL at 127.0.0.1:5432.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresProfileTests extends ServerDatabaseProfileTests {

    PostgresProfileTests() {
        super(RealDatabase.POSTGRESQL, "postgres");
    }
}
