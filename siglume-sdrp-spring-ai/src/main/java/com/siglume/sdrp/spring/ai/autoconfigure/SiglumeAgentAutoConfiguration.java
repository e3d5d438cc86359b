package com.siglume.sdrp.spring.ai.autoconfigure;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.ai.payment.JdbcSpendLedger;
import com.siglume.sdrp.spring.ai.payment.SiglumeAgentPayments;
import com.siglume.sdrp.spring.ai.payment.SpendLedgerSchemaInitializer;
import com.siglume.sdrp.spring.ai.policy.CurrencyLimits;
import com.siglume.sdrp.spring.ai.policy.SiglumePaymentApprover;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import com.siglume.sdrp.spring.ai.policy.ThresholdPaymentApprover;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import com.siglume.sdrp.spring.autoconfigure.SiglumeClientAutoConfiguration;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * Agent-side payments, when Spring AI and a {@link SiglumePaymentClient} are present
 * ({@code siglume.auth-token} set): the {@link SpendPolicy} from {@code siglume.agent.policy.*},
 * the default {@link SiglumePaymentApprover}, the {@link JdbcSpendLedger} on the application's
 * database, {@link SiglumeAgentPayments} and the {@link SiglumePaymentTools}. Each backs off when
 * the application declares its own bean of that type; {@code siglume.agent.enabled=false} turns
 * all of it off.
 *
 * <p>A policy that allows nothing, or limits that contradict each other, stop startup with a
 * report naming the property; so does a missing database: the budget must survive a restart.
 */
@AutoConfiguration(after = SiglumeClientAutoConfiguration.class, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({ToolCallback.class, JdbcTemplate.class})
@ConditionalOnBean(SiglumePaymentClient.class)
@ConditionalOnBooleanProperty(name = "siglume.agent.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SiglumeAgentProperties.class)
public class SiglumeAgentAutoConfiguration {

    private static final String POLICY = "siglume.agent.policy";

    /**
     * The spend policy.
     *
     * @param properties the bound properties
     * @return the policy
     * @throws SiglumeConfigurationException when the settings allow nothing or are invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public SpendPolicy siglumeSpendPolicy(SiglumeAgentProperties properties) {
        SiglumeAgentProperties.Policy settings = properties.getPolicy();
        SpendPolicy.Builder policy = SpendPolicy.builder();
        settings.getCurrencies().forEach((currency, limit) -> {
            String property = POLICY + ".currencies." + currency;
            try {
                policy.currency(currency, required(limit.getMaxPerPayment(), property + ".max-per-payment"),
                        required(limit.getBudget(), property + ".budget"));
            } catch (SdrpValidationException e) {
                throw invalid(property, e);
            }
        });
        for (String merchant : settings.getAllowedMerchants()) {
            try {
                policy.allowMerchant(merchant);
            } catch (SdrpValidationException e) {
                throw invalid(POLICY + ".allowed-merchants", e);
            }
        }
        Set<PricingBand> bands = EnumSet.noneOf(PricingBand.class);
        for (String band : settings.getAllowedPricingBands()) {
            bands.add(PricingBand.fromWireName(band == null ? null : band.trim()).orElseThrow(() ->
                    new SiglumeConfigurationException(POLICY + ".allowed-pricing-bands has an unknown band '" + band
                            + "'.", "Use standard, micro and/or nano.")));
        }
        policy.allowedBands(bands);
        policy.budgetPeriod(settings.getBudgetPeriod()).zone(settings.getZone());
        try {
            return policy.build();
        } catch (SdrpValidationException e) {
            throw new SiglumeConfigurationException("The agent's spend policy allows no payment: " + e.getMessage()
                    + ".", "Set " + POLICY + ".currencies.<JPY|USD>.max-per-payment and .budget, and list the"
                            + " merchants the agent may pay in " + POLICY + ".allowed-merchants (and at least one"
                            + " band in " + POLICY + ".allowed-pricing-bands).");
        }
    }

    /**
     * The default approver: approves up to each currency's {@code auto-approve-up-to} (by default
     * its {@code max-per-payment}) and denies above it.
     *
     * @param properties the bound properties
     * @param policy the spend policy
     * @return the approver
     * @throws SiglumeConfigurationException when a threshold is negative or above the maximum
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumePaymentApprover siglumePaymentApprover(SiglumeAgentProperties properties, SpendPolicy policy) {
        Map<String, Long> thresholds = new LinkedHashMap<>();
        properties.getPolicy().getCurrencies().forEach((currency, limit) -> {
            CurrencyLimits limits = policy.limits(currency).orElseThrow();
            Long threshold = limit.getAutoApproveUpTo() != null ? limit.getAutoApproveUpTo() : limits.maxPerPayment();
            if (threshold < 0 || threshold > limits.maxPerPayment()) {
                throw new SiglumeConfigurationException(POLICY + ".currencies." + currency + ".auto-approve-up-to ("
                        + threshold + ") must be between 0 and max-per-payment (" + limits.maxPerPayment() + ").",
                        "Lower it, or leave it unset to approve everything the policy allows.");
            }
            thresholds.put(currency, threshold);
        });
        return new ThresholdPaymentApprover(thresholds);
    }

    /**
     * Creates the ledger's tables when {@code siglume.agent.ledger.initialize-schema} says so.
     *
     * @param properties the bound properties
     * @param dataSources the application's database, if any
     * @return the initializer
     * @throws SiglumeConfigurationException when the application has no single database
     */
    @Bean
    @ConditionalOnMissingBean
    public SpendLedgerSchemaInitializer siglumeSpendLedgerSchemaInitializer(SiglumeAgentProperties properties,
            ObjectProvider<DataSource> dataSources) {
        return new SpendLedgerSchemaInitializer(dataSource(dataSources), properties.getLedger().getInitializeSchema());
    }

    /**
     * The durable ledger of budgets and paid challenges.
     *
     * @param dataSources the application's database
     * @param schema the initializer, run before the ledger is used
     * @return the ledger
     * @throws SiglumeConfigurationException when the application has no single database
     */
    @Bean
    @ConditionalOnMissingBean
    public JdbcSpendLedger siglumeSpendLedger(ObjectProvider<DataSource> dataSources,
            SpendLedgerSchemaInitializer schema) {
        return new JdbcSpendLedger(dataSource(dataSources), Clock.systemUTC());
    }

    /**
     * The agent's payments under the policy.
     *
     * @param client the buyer's payment client
     * @param policy the spend policy
     * @param approver the approver
     * @param ledger the ledger
     * @param observations the observation registry, if any
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeAgentPayments siglumeAgentPayments(SiglumePaymentClient client, SpendPolicy policy,
            SiglumePaymentApprover approver, JdbcSpendLedger ledger, ObjectProvider<ObservationRegistry> observations) {
        return SiglumeAgentPayments.builder().client(client).policy(policy).approver(approver).ledger(ledger)
                .observations(observations.getIfAvailable(() -> ObservationRegistry.NOOP)).build();
    }

    /**
     * The Spring AI tools.
     *
     * @param payments the payments service
     * @param properties the bound properties
     * @return the tools
     * @throws SiglumeConfigurationException when the MCP server is asked for but not on the class path
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumePaymentTools siglumePaymentTools(SiglumeAgentPayments payments, SiglumeAgentProperties properties) {
        if (properties.getMcp().isEnabled() && !ClassUtils.isPresent(SiglumeAgentMcpAutoConfiguration.MCP_TRANSPORT,
                SiglumeAgentAutoConfiguration.class.getClassLoader())) {
            throw new SiglumeConfigurationException("siglume.agent.mcp.enabled=true, but Spring AI's MCP server for"
                    + " Spring MVC is not on the class path, so the payment tools cannot be published.",
                    "Add org.springframework.ai:spring-ai-starter-mcp-server-webmvc, or remove"
                            + " siglume.agent.mcp.enabled.");
        }
        return new SiglumePaymentTools(payments);
    }

    private static DataSource dataSource(ObjectProvider<DataSource> dataSources) {
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new SiglumeConfigurationException("The agent's spend ledger needs the application's database, and"
                    + " the application has no DataSource (or several and none is @Primary). Budgets and paid"
                    + " challenges must survive a restart, so they are never kept in memory.",
                    "Add spring-boot-starter-jdbc and a database (PostgreSQL, MariaDB, MySQL or an H2 file), make one"
                            + " DataSource @Primary, or declare your own JdbcSpendLedger bean.");
        }
        return dataSource;
    }

    private static long required(Long value, String property) {
        if (value == null) {
            throw new SiglumeConfigurationException(property + " is not set.", "Set " + property
                    + " in minor units (yen for JPY, cents for USD).");
        }
        return value;
    }

    private static SiglumeConfigurationException invalid(String property, SdrpValidationException e) {
        return new SiglumeConfigurationException(property + " is invalid: " + e.getMessage() + ".",
                "Fix " + property + ": currencies are JPY or USD, limits positive minor units with max-per-payment"
                        + " not above budget, merchants lower-case keys such as acme-shop.");
    }
}
