package com.siglume.sdrp.spring.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The real databases the project's tests may use, on the loopback interface. Tests that write
 * tables work in an {@link IsolatedDatabase} of their own on one of these servers.
 */
public enum RealDatabase {

    /** PostgreSQL at 127.0.0.1:5432, database {@code test}, trust authentication. */
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/", "connectTimeout=3&socketTimeout=30", "postgres", ""),

    /** MariaDB at 127.0.0.1:3306, database {@code test}, user root without password. */
    MARIADB("MariaDB", "jdbc:mariadb://127.0.0.1:3306/", "connectTimeout=3000&socketTimeout=30000", "root", "");

    private static final String DATABASE = "test";

    private final String displayName;
    private final String serverUrl;
    private final String timeouts;
    private final String username;
    private final String password;

    RealDatabase(String displayName, String serverUrl, String timeouts, String username, String password) {
        this.displayName = displayName;
        this.serverUrl = serverUrl;
        this.timeouts = timeouts;
        this.username = username;
        this.password = password;
    }

    /**
     * Returns a readable name.
     *
     * @return for example {@code PostgreSQL}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the JDBC URL of the {@code test} database.
     *
     * @return the URL
     */
    public String url() {
        return serverUrl + DATABASE + "?" + timeouts;
    }

    /**
     * Returns the JDBC URL whose default schema (PostgreSQL) or database (MariaDB) is the given
     * one, so unqualified table names resolve there.
     *
     * @param name a schema or database made by {@link IsolatedDatabase#create(RealDatabase, String)}
     * @return the URL
     */
    public String isolatedUrl(String name) {
        return switch (this) {
            case POSTGRESQL -> url() + "&currentSchema=" + name;
            case MARIADB -> serverUrl + name + "?" + timeouts;
        };
    }

    /**
     * Returns the user name.
     *
     * @return the user
     */
    public String username() {
        return username;
    }

    /**
     * Returns the password.
     *
     * @return the password, empty for none
     */
    public String password() {
        return password;
    }

    /**
     * Opens a connection to the {@code test} database.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url(), properties);
    }

    /** The statement that creates an isolated schema or database. */
    String createStatement(String name) {
        return switch (this) {
            case POSTGRESQL -> "CREATE SCHEMA " + name;
            case MARIADB -> "CREATE DATABASE " + name;
        };
    }

    /** The statement that drops an isolated schema or database with everything in it. */
    String dropStatement(String name) {
        return switch (this) {
            case POSTGRESQL -> "DROP SCHEMA IF EXISTS " + name + " CASCADE";
            case MARIADB -> "DROP DATABASE IF EXISTS " + name;
        };
    }
}
