package com.siglume.sdrp.spring.ai.payment;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * Creates the {@link JdbcSpendLedger}'s tables at startup when they are missing: on an embedded
 * database by default, on any database with {@code siglume.agent.ledger.initialize-schema=always}.
 */
public class SpendLedgerSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    /**
     * Creates the initializer.
     *
     * @param dataSource the ledger's database
     * @param mode when to run the script
     */
    public SpendLedgerSchemaInitializer(DataSource dataSource, DatabaseInitializationMode mode) {
        super(dataSource, settings(dataSource, mode));
    }

    private static DatabaseInitializationSettings settings(DataSource dataSource, DatabaseInitializationMode mode) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        boolean runs = mode == DatabaseInitializationMode.ALWAYS
                || (mode == DatabaseInitializationMode.EMBEDDED && EmbeddedDatabaseConnection.isEmbedded(dataSource));
        settings.setMode(runs ? DatabaseInitializationMode.ALWAYS : DatabaseInitializationMode.NEVER);
        if (runs) {
            settings.setSchemaLocations(List.of(JdbcSpendLedger.SCHEMA_LOCATION));
        }
        return settings;
    }
}
