package com.siglume.sdrp.sample;

/**
 * The {@code postgres} profile against PostgreSQL at 127.0.0.1:5432.
 */
@RequiresDatabase(TestDatabase.POSTGRESQL)
class PostgresProfileTests extends ServerDatabaseProfileTests {

    PostgresProfileTests() {
        super(TestDatabase.POSTGRESQL);
    }
}
