package com.siglume.sdrp.spring.checkout;

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

/**
 * Creates the {@value JdbcCheckoutAttemptStore#TABLE} table at startup, following the same
 * initialization mode as the webhook event table ({@code siglume.webhook.jdbc.initialize-schema}).
 * One script serves H2 and PostgreSQL, one MariaDB and MySQL; Spring Boot orders the initializer
 * before every bean that depends on database initialization.
 */
public class SiglumeCheckoutSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    /** Location of the scripts; {@code @@platform@@} becomes {@code standard} or {@code mysql}. */
    public static final String SCHEMA_LOCATION = "classpath:com/siglume/sdrp/spring/checkout/schema-@@platform@@.sql";

    /**
     * Creates the initializer.
     *
     * @param dataSource the database of the attempts
     * @param mode when to run: always, for embedded databases only, or never
     * @throws SiglumeConfigurationException when the table should be created but the starter has
     *         no script for this database
     */
    public SiglumeCheckoutSchemaInitializer(DataSource dataSource, DatabaseInitializationMode mode) {
        super(dataSource, settings(dataSource, mode));
    }

    private static DatabaseInitializationSettings settings(DataSource dataSource, DatabaseInitializationMode mode) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setMode(mode);
        if (mode == DatabaseInitializationMode.NEVER
                || (mode == DatabaseInitializationMode.EMBEDDED && !EmbeddedDatabaseConnection.isEmbedded(dataSource))) {
            return settings;
        }
        List<String> locations = new PlatformPlaceholderDatabaseDriverResolver()
                .withDriverPlatform(DatabaseDriver.H2, "standard")
                .withDriverPlatform(DatabaseDriver.POSTGRESQL, "standard")
                .withDriverPlatform(DatabaseDriver.MARIADB, "mysql")
                .resolveAll(dataSource, SCHEMA_LOCATION);
        if (!new DefaultResourceLoader(SiglumeCheckoutSchemaInitializer.class.getClassLoader())
                .getResource(locations.get(0)).exists()) {
            throw new SiglumeConfigurationException("The Siglume checkout attempts table cannot be created"
                    + " automatically on this database: the starter has scripts for H2, PostgreSQL, MariaDB and MySQL"
                    + " only.", "Create the table " + JdbcCheckoutAttemptStore.TABLE + " with your migrations (see the"
                            + " checkout guide) and set siglume.webhook.jdbc.initialize-schema=never.");
        }
        settings.setSchemaLocations(locations);
        return settings;
    }
}
