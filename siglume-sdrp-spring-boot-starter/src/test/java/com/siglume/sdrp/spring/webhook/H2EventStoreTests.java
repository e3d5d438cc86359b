package com.siglume.sdrp.spring.webhook;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The JDBC event store on H2, the embedded database of development and tests.
 */
class H2EventStoreTests extends JdbcEventStoreContract {

    private final String name = "store_" + System.nanoTime();

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
