package com.siglume.sdrp.webflux;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** R2DBC URLs of the isolated schemas and databases the starter's test support creates. */
final class R2dbcUrls {

    private R2dbcUrls() {
    }

    static String of(IsolatedDatabase database) {
        return switch (database.server()) {
            case POSTGRESQL -> "r2dbc:postgresql://127.0.0.1:5432/test?schema=" + database.name();
            case MARIADB -> "r2dbc:mariadb://127.0.0.1:3306/" + database.name();
        };
    }

    /** Points the test context's R2DBC ConnectionFactory at the database and creates the tables there. */
    static void register(IsolatedDatabase database, DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", () -> of(database));
        registry.add("spring.r2dbc.username", database.server()::username);
        registry.add("spring.r2dbc.password", database.server()::password);
        registry.add("spring.sql.init.mode", () -> "always");
        registry.add("siglume.webhook.r2dbc.initialize-schema", () -> "always");
    }
}
