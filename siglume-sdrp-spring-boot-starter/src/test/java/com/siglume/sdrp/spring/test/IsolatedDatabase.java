package com.siglume.sdrp.spring.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema (PostgreSQL) or database (MariaDB) of its own on one of the real database servers,
 * created for one test or test class and dropped by it, so runs never meet each other's tables.
 *
 * @param server the server
 * @param name the schema or database name
 */
public record IsolatedDatabase(RealDatabase server, String name) {

    // The name goes into DDL unquoted, so the prefix is kept to plain lower-case identifier characters.
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    /**
     * Creates a fresh, uniquely named schema or database.
     *
     * @param server the server to create it on
     * @param prefix the start of its name: lower-case letters, digits and underscores
     * @return the new schema or database
     * @throws IllegalArgumentException when the prefix is not a plain identifier
     * @throws IllegalStateException when the server refuses or cannot be reached
     */
    public static IsolatedDatabase create(RealDatabase server, String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must match " + PREFIX.pattern() + ": " + prefix);
        }
        IsolatedDatabase database = new IsolatedDatabase(server,
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.execute(server.createStatement(database.name));
        return database;
    }

    /**
     * Returns the JDBC URL that makes this schema or database the default one.
     *
     * @return the URL
     */
    public String url() {
        return server.isolatedUrl(name);
    }

    /**
     * Points a Spring test context's {@code DataSource} at this schema or database, with the
     * server's credentials; call it from a {@code @DynamicPropertySource} method.
     *
     * @param registry the registry of that method
     */
    public void registerDataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
    }

    /**
     * Drops the schema or database with everything in it.
     *
     * @throws IllegalStateException when the server refuses or cannot be reached
     */
    public void drop() {
        execute(server.dropStatement(name));
    }

    private void execute(String sql) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server.displayName() + ": " + e.getMessage(), e);
        }
    }
}
