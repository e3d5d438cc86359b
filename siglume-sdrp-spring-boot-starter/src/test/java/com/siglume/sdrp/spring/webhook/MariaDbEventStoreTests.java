package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The JDBC event store on a real MariaDB.
 */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbEventStoreTests extends RealDatabaseEventStoreContract {

    MariaDbEventStoreTests() {
        super(RealDatabase.MARIADB);
    }
}
