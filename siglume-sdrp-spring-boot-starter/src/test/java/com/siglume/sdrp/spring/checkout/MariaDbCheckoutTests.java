package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The checkout on a real MariaDB with two application instances.
 */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbCheckoutTests extends RealDatabaseCheckoutContract {

    MariaDbCheckoutTests() {
        super(RealDatabase.MARIADB);
    }
}
