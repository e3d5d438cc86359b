package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The checkout on a real PostgreSQL with two application instances.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresCheckoutTests extends RealDatabaseCheckoutContract {

    PostgresCheckoutTests() {
        super(RealDatabase.POSTGRESQL);
    }
}
