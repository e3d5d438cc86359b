package com.siglume.sdrp.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Isolated schemas and databases: unqualified tables land in them, and dropping removes them.
 */
class IsolatedDatabaseTests {

    @Test
    @RequiresDatabase(RealDatabase.POSTGRESQL)
    void postgresqlSchemaHoldsTheTablesAndIsDropped() throws SQLException {
        createUseAndDrop(RealDatabase.POSTGRESQL);
    }

    @Test
    @RequiresDatabase(RealDatabase.MARIADB)
    void mariadbDatabaseHoldsTheTablesAndIsDropped() throws SQLException {
        createUseAndDrop(RealDatabase.MARIADB);
    }

    @Test
    void aPrefixThatIsNotAPlainIdentifierIsRefusedBeforeAnyStatement() {
        for (String prefix : new String[] {null, "Upper", "a-b", "x; DROP DATABASE test", "", "1abc"}) {
            assertThatThrownBy(() -> IsolatedDatabase.create(RealDatabase.POSTGRESQL, prefix))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix must match");
        }
    }

    private static void createUseAndDrop(RealDatabase server) throws SQLException {
        IsolatedDatabase database = IsolatedDatabase.create(server, "isolation_check");
        try {
            assertThat(database.name()).matches("isolation_check_[0-9a-f]{12}");
            try (Connection connection = DriverManager.getConnection(database.url(), server.username(),
                    server.password()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE isolation_marks (id INT)");
                statement.execute("INSERT INTO isolation_marks (id) VALUES (7)");
            }
            // Qualified from the server's default connection: the unqualified table went into the isolated one.
            assertThat(count(server, "SELECT COUNT(*) FROM " + database.name() + ".isolation_marks WHERE id = ?", 7))
                    .isEqualTo(1);
        } finally {
            database.drop();
        }
        assertThat(count(server, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?",
                database.name())).isZero();
    }

    private static long count(RealDatabase server, String sql, Object... parameters) throws SQLException {
        try (Connection connection = server.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
