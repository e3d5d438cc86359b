package com.siglume.sdrp.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The database servers the profile tests run against, on the loopback interface. Each test gets
 * its own schema (PostgreSQL) or database (MariaDB), so it never meets another run's tables.
 */
enum TestDatabase {

    /** PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}, profile {@code postgres}. */
    POSTGRESQL("PostgreSQL", "postgres", "jdbc:postgresql://127.0.0.1:5432/test", "postgres") {
        @Override
        String isolatedUrl(String name) {
            return serverUrl() + "?currentSchema=" + name;
        }

        @Override
        String createStatement(String name) {
            return "CREATE SCHEMA " + name;
        }

        @Override
        String dropStatement(String name) {
            return "DROP SCHEMA IF EXISTS " + name + " CASCADE";
        }
    },

    /** MariaDB at 127.0.0.1:3306, user {@code root} without password, profile {@code mariadb}. */
    MARIADB("MariaDB", "mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root") {
        @Override
        String isolatedUrl(String name) {
            return "jdbc:mariadb://127.0.0.1:3306/" + name;
        }

        @Override
        String createStatement(String name) {
            return "CREATE DATABASE " + name;
        }

        @Override
        String dropStatement(String name) {
            return "DROP DATABASE IF EXISTS " + name;
        }
    };

    private final String displayName;
    private final String profile;
    private final String serverUrl;
    private final String username;

    TestDatabase(String displayName, String profile, String serverUrl, String username) {
        this.displayName = displayName;
        this.profile = profile;
        this.serverUrl = serverUrl;
        this.username = username;
    }

    String displayName() {
        return displayName;
    }

    /** The shop's Spring profile for this database. */
    String profile() {
        return profile;
    }

    String serverUrl() {
        return serverUrl;
    }

    /** The JDBC URL of an isolated schema or database created with {@link #create(String)}. */
    abstract String isolatedUrl(String name);

    abstract String createStatement(String name);

    abstract String dropStatement(String name);

    /** Opens a connection to the server, giving up after a few seconds. */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", this == POSTGRESQL ? "3" : "3000");
        return DriverManager.getConnection(serverUrl, properties);
    }

    void create(String name) throws SQLException {
        execute(createStatement(name));
    }

    void drop(String name) throws SQLException {
        execute(dropStatement(name));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
