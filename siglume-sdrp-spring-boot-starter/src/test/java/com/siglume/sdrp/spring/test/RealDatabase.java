package com.siglume.sdrp.spring.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The real databases the project's tests may use, on the loopback interface.
 */
public enum RealDatabase {

    /** PostgreSQL at 127.0.0.1:5432, database {@code test}, trust authentication. */
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3&socketTimeout=30", "postgres", ""),

    /** MariaDB at 127.0.0.1:3306, database {@code test}, user root without password. */
    MARIADB("MariaDB", "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000&socketTimeout=30000", "root", "");

    private final String displayName;
    private final String url;
    private final String username;
    private final String password;

    RealDatabase(String displayName, String url, String username, String password) {
        this.displayName = displayName;
        this.url = url;
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
     * Returns the JDBC URL.
     *
     * @return the URL
     */
    public String url() {
        return url;
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
     * Opens a connection.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }
}
