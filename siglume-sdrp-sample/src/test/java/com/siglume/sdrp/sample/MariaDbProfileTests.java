package com.siglume.sdrp.sample;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;

/**
 * The {@code mariadb} profile against MariaDB at 127.0.0.1:3306.
 */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbProfileTests extends ServerDatabaseProfileTests {

    MariaDbProfileTests() {
        super(RealDatabase.MARIADB, "mariadb");
    }
}
