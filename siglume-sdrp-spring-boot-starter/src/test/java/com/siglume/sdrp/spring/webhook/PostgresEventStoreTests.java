package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The JDBC event store on a real PostgreSQL.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresEventStoreTests extends RealDatabaseEventStoreContract {

    PostgresEventStoreTests() {
        super(RealDatabase.POSTGRESQL);
    }
}
