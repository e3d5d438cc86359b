package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checkout on a real MariaDB with two application instances.
 */
@RequiresDatabase(RealDatabase.MARIADB)
class MariaDbCheckoutTests extends RealDatabaseCheckoutContract {

    MariaDbCheckoutTests() {
        super(RealDatabase.MARIADB);
    }

    /**
     * Starts of an order with attempts take turns on its locked rows. They must not first hold the
     * rows shared (the claim of a new order's first attempt reads them so) and then ask for them
     * exclusively: twenty such starts deadlock one another dozens of times, and a start that loses
     * every round fails.
     */
    @Test
    void twentySimultaneousStartsOfAnOrderWithAnOpenSessionMeetNoDeadlock() throws Exception {
        List<SiglumeCheckout> checkouts = checkouts();
        CheckoutStart first = checkouts.get(0).start(CheckoutOrder.of("order_reclicked", 1200, "JPY"));
        long deadlocksBefore = deadlocks();

        List<CheckoutStart> starts = SiglumeCheckoutFlowTests.startConcurrently(checkouts.get(0), checkouts.get(1),
                "order_reclicked", 20);

        assertThat(starts).allSatisfy(start -> {
            assertThat(start.sessionId()).isEqualTo(first.sessionId());
            assertThat(start.reused()).isTrue();
        });
        assertThat(deadlocks()).as("InnoDB deadlocks during the starts").isEqualTo(deadlocksBefore);
    }

    @Test
    void theCommitIsNotSentWithTheLastInsert() {
        assertThat(store().commitsWithLastWrite()).isFalse();
    }

    /** Deadlocks InnoDB has broken since the server started; test classes run one at a time. */
    private long deadlocks() {
        return jdbc().queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'", Long.class);
    }
}
