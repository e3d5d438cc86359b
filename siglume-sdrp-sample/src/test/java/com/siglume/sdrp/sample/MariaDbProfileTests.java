package com.siglume.sdrp.sample;

/**
 * The {@code mariadb} profile against MariaDB at 127.0.0.1:3306.
 */
@RequiresDatabase(TestDatabase.MARIADB)
class MariaDbProfileTests extends ServerDatabaseProfileTests {

    MariaDbProfileTests() {
        super(TestDatabase.MARIADB);
    }
}
