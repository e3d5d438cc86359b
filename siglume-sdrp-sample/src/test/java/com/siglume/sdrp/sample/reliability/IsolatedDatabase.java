package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.spring.test.RealDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema (PostgreSQL) or database (MariaDB) of its own on one of the real database servers,
 * created for one test class and dropped by it, so runs never share tables.
 *
 * @param server the server
 * @param name the schema or database name
 */
record IsolatedDatabase(RealDatabase server, String name) {

    /** Creates a fresh, uniquely named schema or database. */
    static IsolatedDatabase create(RealDatabase server, String prefix) {
        IsolatedDatabase database = new IsolatedDatabase(server,
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.execute(server == RealDatabase.POSTGRESQL ? "CREATE SCHEMA " + database.name
                : "CREATE DATABASE " + database.name);
        return database;
    }

    /** The JDBC URL that makes the new schema or database the default one. */
    String url() {
        return server == RealDatabase.POSTGRESQL
                ? "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name
                : "jdbc:mariadb://127.0.0.1:3306/" + name;
    }


    /** Drops the schema or database with everything in it. */
    void drop() {
        execute(server == RealDatabase.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                : "DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server.displayName() + ": " + e.getMessage(), e);
        }
    }
}
