package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/** The budget under concurrency on PostgreSQL. */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresBudgetConcurrencyTest extends RealDatabaseBudgetConcurrencyContract {

    PostgresBudgetConcurrencyTest() {
        super(RealDatabase.POSTGRESQL);
    }
}
