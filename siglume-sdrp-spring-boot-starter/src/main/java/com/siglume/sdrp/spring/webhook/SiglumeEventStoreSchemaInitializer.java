package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * Creates the {@value JdbcSiglumeEventStore#TABLE} table at startup with the script for the
 * database in use (H2, PostgreSQL, MariaDB or MySQL, chosen from the DataSource's JDBC URL),
 * following Spring Boot's database initialization modes.
 *
 * <p>Spring Boot orders it before every bean that depends on database initialization.
 */
public class SiglumeEventStoreSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    /**
     * Location of the scripts; {@code @@platform@@} becomes {@code standard} (H2 and PostgreSQL
     * share one script) or {@code mysql} (MySQL and MariaDB share one).
     */
    public static final String SCHEMA_LOCATION = "classpath:com/siglume/sdrp/spring/webhook/schema-@@platform@@.sql";

    /**
     * The database's platform name in {@link #SCHEMA_LOCATION}: H2 and PostgreSQL take the
     * standard script, MariaDB takes MySQL's.
     */
    private static final PlatformPlaceholderDatabaseDriverResolver PLATFORMS = new PlatformPlaceholderDatabaseDriverResolver()
            .withDriverPlatform(DatabaseDriver.H2, "standard")
            .withDriverPlatform(DatabaseDriver.POSTGRESQL, "standard")
            .withDriverPlatform(DatabaseDriver.MARIADB, "mysql");

    /**
     * Creates the initializer.
     *
     * @param dataSource the database
     * @param mode when to run: always, for embedded databases only, or never
     * @throws SiglumeConfigurationException when the table should be created but the starter has
     *         no script for this database
     */
    public SiglumeEventStoreSchemaInitializer(DataSource dataSource, DatabaseInitializationMode mode) {
        super(dataSource, settings(dataSource, mode));
    }

    private static DatabaseInitializationSettings settings(DataSource dataSource, DatabaseInitializationMode mode) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        boolean runs = mode == DatabaseInitializationMode.ALWAYS
                || (mode == DatabaseInitializationMode.EMBEDDED && EmbeddedDatabaseConnection.isEmbedded(dataSource));
        if (!runs) {
            settings.setMode(DatabaseInitializationMode.NEVER);
            return settings;
        }
        List<String> locations = schemaLocations(dataSource);
        ResourceLoader resources = new DefaultResourceLoader(SiglumeEventStoreSchemaInitializer.class.getClassLoader());
        if (!resources.getResource(locations.get(0)).exists()) {
            throw noScript("siglume.webhook.jdbc.initialize-schema");
        }
        settings.setSchemaLocations(locations);
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        return settings;
    }

    /**
     * The refusal to create the table on a database the starter has no script for.
     *
     * @param property the property that asked for the table, to be set to {@code never}
     */
    static SiglumeConfigurationException noScript(String property) {
        return new SiglumeConfigurationException("The Siglume webhook event table cannot be created automatically on"
                + " this database: the starter has scripts for H2, PostgreSQL, MariaDB and MySQL only.",
                "Create the table " + JdbcSiglumeEventStore.TABLE + " with your migrations (see the configuration"
                        + " reference) and set " + property + "=never.");
    }

    /** The script locations for the database behind a DataSource (one connection to read its URL). */
    static List<String> schemaLocations(DataSource dataSource) {
        return PLATFORMS.resolveAll(dataSource, SCHEMA_LOCATION);
    }
}
