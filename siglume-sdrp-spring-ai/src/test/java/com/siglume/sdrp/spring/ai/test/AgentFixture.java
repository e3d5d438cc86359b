package com.siglume.sdrp.spring.ai.test;

import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.ai.payment.JdbcSpendLedger;
import com.siglume.sdrp.spring.ai.payment.SiglumeAgentPayments;
import com.siglume.sdrp.spring.ai.payment.SpendLedgerSchemaInitializer;
import com.siglume.sdrp.spring.ai.policy.SiglumePaymentApprover;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import com.siglume.sdrp.spring.ai.policy.ThresholdPaymentApprover;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * The agent payments over a {@link FakeBuyerApi} and a ledger database: everything the tools and
 * policy tests need, built the way the auto-configuration builds it.
 */
public final class AgentFixture implements AutoCloseable {

    /** The merchant every fixture allows. */
    public static final String MERCHANT = "acme-shop";

    private final FakeBuyerApi api;
    private final HikariDataSource dataSource;
    private final JdbcSpendLedger ledger;
    private final SiglumePaymentClient client;

    private AgentFixture(FakeBuyerApi api, HikariDataSource dataSource) {
        this.api = api;
        this.dataSource = dataSource;
        new SpendLedgerSchemaInitializer(dataSource, DatabaseInitializationMode.ALWAYS).initializeDatabase();
        this.ledger = new JdbcSpendLedger(dataSource, Clock.systemUTC());
        this.client = SiglumePaymentClient.builder().environment(name -> null).token(FakeBuyerApi.TOKEN)
                .baseUrl(api.baseUrl()).build();
    }

    /**
     * A fixture on a fresh in-memory H2 database.
     *
     * @return the fixture
     */
    public static AgentFixture onH2() {
        return on("jdbc:h2:mem:ledger_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * A fixture on a database.
     *
     * @param url the JDBC URL
     * @param username the user
     * @param password the password
     * @return the fixture
     */
    public static AgentFixture on(String url, String username, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(24);
        return new AgentFixture(FakeBuyerApi.start(), dataSource);
    }

    /**
     * A policy allowing {@link #MERCHANT}: JPY up to 1000 per payment and 10000 per day, USD up
     * to 500 cents per payment and 2000 per day.
     *
     * @return the policy builder, to adjust
     */
    public static SpendPolicy.Builder policy() {
        return SpendPolicy.builder().currency("JPY", 1000, 10_000).currency("USD", 500, 2000).allowMerchant(MERCHANT);
    }

    /**
     * The payments with a policy and an approver.
     *
     * @param policy the policy
     * @param approver the approver
     * @param observations where decisions are observed
     * @return the payments
     */
    public SiglumeAgentPayments payments(SpendPolicy policy, SiglumePaymentApprover approver,
            ObservationRegistry observations) {
        return SiglumeAgentPayments.builder().client(client).policy(policy).approver(approver).ledger(ledger)
                .observations(observations).build();
    }

    /**
     * The payments with a policy, approving everything it allows.
     *
     * @param policy the policy
     * @return the payments
     */
    public SiglumeAgentPayments payments(SpendPolicy policy) {
        return payments(policy, new ThresholdPaymentApprover(Map.of("JPY", Long.MAX_VALUE, "USD", Long.MAX_VALUE)),
                ObservationRegistry.NOOP);
    }

    /** The fake API. */
    public FakeBuyerApi api() {
        return api;
    }

    /** The ledger. */
    public JdbcSpendLedger ledger() {
        return ledger;
    }

    /** The ledger's database. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        api.close();
        dataSource.close();
    }
}
