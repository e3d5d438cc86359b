package com.siglume.sdrp.spring.ai.payment;

import java.util.List;
import javax.sql.DataSource;
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
        super(dataSource, settings(mode));
    }

    private static DatabaseInitializationSettings settings(DatabaseInitializationMode mode) {
        // Spring Boot's initializer itself runs EMBEDDED only on an embedded database.
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(List.of(JdbcSpendLedger.SCHEMA_LOCATION));
        settings.setMode(mode);
        return settings;
    }
}
