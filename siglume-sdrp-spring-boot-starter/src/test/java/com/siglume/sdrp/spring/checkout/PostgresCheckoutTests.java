package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checkout on a real PostgreSQL with two application instances.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class PostgresCheckoutTests extends RealDatabaseCheckoutContract {

    PostgresCheckoutTests() {
        super(RealDatabase.POSTGRESQL);
    }

    /**
     * On PostgreSQL the start's commit is sent with its insert. A commit the database refuses
     * (here a deferred constraint trigger, checked only at commit) must still fail the start and
     * leave no attempt, and the next start, once the database accepts it, makes attempt 1 with the
     * same nonce.
     */
    @Test
    void aCommitTheDatabaseRefusesFailsTheStartAndLeavesNoAttempt() {
        assertThat(store().commitsWithLastWrite()).as("Spring Boot's JDBC transaction manager on PostgreSQL").isTrue();
        JdbcTemplate jdbc = jdbc();
        jdbc.execute("CREATE FUNCTION refuse_order_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'order_commit_refused is refused at commit'; END $$");
        jdbc.execute("CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON " + JdbcCheckoutAttemptStore.TABLE
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.order_id = 'order_commit_refused')"
                + " EXECUTE FUNCTION refuse_order_commit()");
        SiglumeCheckout checkout = checkouts().get(0);
        CheckoutOrder order = CheckoutOrder.of("order_commit_refused", 1200, "JPY");
        try {
            assertThatThrownBy(() -> checkout.start(order)).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("order_commit_refused is refused at commit");
            assertThat(checkout.attempts("order_commit_refused")).isEmpty();
        } finally {
            jdbc.execute("DROP TRIGGER refuse_at_commit ON " + JdbcCheckoutAttemptStore.TABLE);
            jdbc.execute("DROP FUNCTION refuse_order_commit()");
        }

        CheckoutStart start = checkout.start(order);

        assertThat(start.attempt()).isEqualTo(1);
        assertThat(checkout.attempts("order_commit_refused")).singleElement()
                .satisfies(attempt -> assertThat(attempt.nonce()).isEqualTo("order_commit_refused-attempt_1"));
        // The connection went back to the pool with no transaction open: the next statement sees the row.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + JdbcCheckoutAttemptStore.TABLE
                + " WHERE order_id = 'order_commit_refused'", Integer.class)).isEqualTo(1);
    }
}
