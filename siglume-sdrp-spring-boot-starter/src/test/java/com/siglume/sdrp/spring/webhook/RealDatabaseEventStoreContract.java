package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC event store contract on a real database server, each test in a schema or database
 * of its own that is dropped after it.
 */
abstract class RealDatabaseEventStoreContract extends JdbcEventStoreContract {

    private final RealDatabase server;
    private IsolatedDatabase database;

    RealDatabaseEventStoreContract(RealDatabase server) {
        this.server = server;
    }

    @Override
    DataSource dataSource() {
        database = IsolatedDatabase.create(server, "event_store");
        return new DriverManagerDataSource(database.url(), server.username(), server.password());
    }

    @AfterEach
    void dropIsolatedDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
