package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.ai.test.AgentFixture;
import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import org.junit.jupiter.api.AfterEach;

/** The budget under concurrency on a real database server, in a schema of its own. */
abstract class RealDatabaseBudgetConcurrencyContract extends BudgetConcurrencyContract {

    private final RealDatabase server;
    private IsolatedDatabase database;

    RealDatabaseBudgetConcurrencyContract(RealDatabase server) {
        this.server = server;
    }

    @Override
    protected AgentFixture createFixture() {
        database = IsolatedDatabase.create(server, "agent_ledger");
        return AgentFixture.on(database.url(), server.username(), server.password());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
