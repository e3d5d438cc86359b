package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC event store on a real PostgreSQL.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresEventStoreTests extends JdbcEventStoreContract {

    @Override
    DataSource dataSource() {
        RealDatabase db = RealDatabase.POSTGRESQL;
        return new DriverManagerDataSource(db.url(), db.username(), db.password());
    }
}
