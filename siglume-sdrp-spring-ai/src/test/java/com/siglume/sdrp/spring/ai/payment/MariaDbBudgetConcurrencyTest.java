package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/** The budget under concurrency on MariaDB. */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbBudgetConcurrencyTest extends RealDatabaseBudgetConcurrencyContract {

    MariaDbBudgetConcurrencyTest() {
        super(RealDatabase.MARIADB);
    }
}
