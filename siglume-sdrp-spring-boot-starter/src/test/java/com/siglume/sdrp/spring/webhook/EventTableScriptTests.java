package com.siglume.sdrp.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Which event table script each database gets, from its metadata: H2 and PostgreSQL share
 * one, MySQL and MariaDB another, and every script the mapping names exists.
 */
class EventTableScriptTests {

    @ParameterizedTest
    @CsvSource({
        "jdbc:mysql://127.0.0.1:3306/test, MySQL, schema-mysql.sql",
        "jdbc:mariadb://127.0.0.1:3306/test, MariaDB, schema-mysql.sql",
        "jdbc:postgresql://127.0.0.1:5432/test, PostgreSQL, schema-standard.sql",
        "jdbc:h2:mem:test, H2, schema-standard.sql"})
    void eachDatabaseGetsItsScript(String url, String productName, String script) throws Exception {
        String location = SiglumeEventStoreSchemaInitializer.schemaLocations(dataSourceAt(url, productName)).get(0);

        assertThat(location).isEqualTo("classpath:com/siglume/sdrp/spring/webhook/" + script);
        assertThat(new DefaultResourceLoader().getResource(location).exists()).isTrue();
    }

    /** A DataSource that only describes itself, which is all the script choice reads. */
    private static DataSource dataSourceAt(String url, String productName) throws Exception {
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        given(metaData.getURL()).willReturn(url);
        given(metaData.getDatabaseProductName()).willReturn(productName);
        Connection connection = mock(Connection.class);
        given(connection.getMetaData()).willReturn(metaData);
        DataSource dataSource = mock(DataSource.class);
        given(dataSource.getConnection()).willReturn(connection);
        return dataSource;
    }
}
