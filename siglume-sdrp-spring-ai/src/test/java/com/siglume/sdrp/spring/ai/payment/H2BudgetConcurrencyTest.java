package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.ai.test.AgentFixture;

/** The budget under concurrency on H2. */
class H2BudgetConcurrencyTest extends BudgetConcurrencyContract {

    @Override
    protected AgentFixture createFixture() {
        return AgentFixture.onH2();
    }
}
