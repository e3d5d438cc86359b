package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import io.r2dbc.spi.ConnectionFactory;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.r2dbc.EmbeddedDatabaseConnection;
import org.springframework.boot.r2dbc.init.R2dbcScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * Creates the {@value JdbcSiglumeEventStore#TABLE} table at startup through R2DBC, with the same
 * scripts as {@link SiglumeEventStoreSchemaInitializer} (chosen from the connection factory's
 * database: H2, PostgreSQL, MariaDB or MySQL), following Spring Boot's database initialization
 * modes. Spring Boot orders it before every bean that depends on database initialization.
 */
public class R2dbcSiglumeEventStoreSchemaInitializer extends R2dbcScriptDatabaseInitializer {

    /**
     * Creates the initializer.
     *
     * @param connectionFactory the database
     * @param mode when to run: always, for embedded databases only, or never
     * @throws SiglumeConfigurationException when the table should be created but the starter has
     *         no script for this database
     */
    public R2dbcSiglumeEventStoreSchemaInitializer(ConnectionFactory connectionFactory,
            DatabaseInitializationMode mode) {
        super(connectionFactory, settings(connectionFactory, mode));
    }

    private static DatabaseInitializationSettings settings(ConnectionFactory connectionFactory,
            DatabaseInitializationMode mode) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        boolean runs = mode == DatabaseInitializationMode.ALWAYS
                || (mode == DatabaseInitializationMode.EMBEDDED && isEmbedded(connectionFactory));
        if (!runs) {
            settings.setMode(DatabaseInitializationMode.NEVER);
            return settings;
        }
        String platform = platform(connectionFactory.getMetadata().getName());
        if (platform == null) {
            throw SiglumeEventStoreSchemaInitializer.noScript("siglume.webhook.r2dbc.initialize-schema");
        }
        settings.setSchemaLocations(List.of(SiglumeEventStoreSchemaInitializer.SCHEMA_LOCATION.replace("@@platform@@",
                platform)));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        return settings;
    }

    private static boolean isEmbedded(ConnectionFactory connectionFactory) {
        try {
            return EmbeddedDatabaseConnection.isEmbedded(connectionFactory);
        } catch (IllegalStateException notOptionsCapable) {
            // A ConnectionFactory built by hand does not say which database it is.
            throw new SiglumeConfigurationException("siglume.webhook.r2dbc.initialize-schema is embedded, but the"
                    + " ConnectionFactory " + connectionFactory + " does not tell whether its database is embedded"
                    + " (it was not built with Spring Boot's ConnectionFactoryBuilder).",
                    "Set siglume.webhook.r2dbc.initialize-schema=always to create the siglume_webhook_events table"
                            + " if it does not exist, or never when your migrations create it.");
        }
    }

    /**
     * The platform name in the scripts' location for an R2DBC driver's database name, as the JDBC
     * initializer names it: H2 and PostgreSQL take the standard script, MariaDB takes MySQL's.
     */
    static @Nullable String platform(String databaseName) {
        String name = databaseName.toLowerCase(Locale.ROOT);
        if (name.contains("h2") || name.contains("postgres")) {
            return "standard";
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return "mysql";
        }
        return null;
    }
}
