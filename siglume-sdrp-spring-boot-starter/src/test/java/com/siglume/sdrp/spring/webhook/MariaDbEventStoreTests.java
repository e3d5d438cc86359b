package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC event store on a real MariaDB.
 */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbEventStoreTests extends JdbcEventStoreContract {

    @Override
    DataSource dataSource() {
        RealDatabase db = RealDatabase.MARIADB;
        return new DriverManagerDataSource(db.url(), db.username(), db.password());
    }
}
