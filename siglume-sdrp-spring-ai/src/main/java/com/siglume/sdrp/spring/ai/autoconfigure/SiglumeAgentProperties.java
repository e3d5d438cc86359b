package com.siglume.sdrp.spring.ai.autoconfigure;

import com.siglume.sdrp.spring.ai.policy.BudgetPeriod;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Agent-side payment settings, prefix {@code siglume.agent}: the spend policy, the default
 * approver, the ledger and the MCP server.
 */
@ConfigurationProperties("siglume.agent")
public class SiglumeAgentProperties {

    /** Whether the agent payment tools are set up when a payment client is configured. */
    private boolean enabled = true;

    /** The spend policy, enforced before any money moves. */
    private final Policy policy = new Policy();

    /** The durable ledger of budgets and paid challenges. */
    private final Ledger ledger = new Ledger();

    /** The payment tools on Spring AI's MCP server. */
    private final Mcp mcp = new Mcp();

    /**
     * Returns whether the tools are set up.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether the tools are set up.
     *
     * @param enabled {@code false} to leave them out
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the spend policy settings.
     *
     * @return the policy settings
     */
    public Policy getPolicy() {
        return policy;
    }

    /**
     * Returns the ledger settings.
     *
     * @return the ledger settings
     */
    public Ledger getLedger() {
        return ledger;
    }

    /**
     * Returns the MCP settings.
     *
     * @return the MCP settings
     */
    public Mcp getMcp() {
        return mcp;
    }

    /** The spend policy. */
    public static class Policy {

        /**
         * Limits per currency ({@code JPY}, {@code USD}); a currency not listed is refused.
         */
        private Map<String, CurrencyLimit> currencies = new LinkedHashMap<>();

        /** Merchant keys the agent may pay; any other merchant is refused. */
        private List<String> allowedMerchants = new ArrayList<>();

        /** Pricing bands the agent may pay in: {@code standard}, {@code micro}, {@code nano}. */
        private List<String> allowedPricingBands = new ArrayList<>(List.of("standard", "micro", "nano"));

        /** The calendar period each budget covers: {@code day}, {@code week} (from Monday) or {@code month}. */
        private BudgetPeriod budgetPeriod = BudgetPeriod.DAY;

        /** The time zone whose calendar starts each budget period. */
        private ZoneId zone = ZoneOffset.UTC;

        /**
         * Returns the limits per currency.
         *
         * @return currency to limits
         */
        public Map<String, CurrencyLimit> getCurrencies() {
            return currencies;
        }

        /**
         * Sets the limits per currency.
         *
         * @param currencies currency to limits
         */
        public void setCurrencies(Map<String, CurrencyLimit> currencies) {
            this.currencies = currencies;
        }

        /**
         * Returns the allowed merchants.
         *
         * @return merchant keys
         */
        public List<String> getAllowedMerchants() {
            return allowedMerchants;
        }

        /**
         * Sets the allowed merchants.
         *
         * @param allowedMerchants merchant keys
         */
        public void setAllowedMerchants(List<String> allowedMerchants) {
            this.allowedMerchants = allowedMerchants;
        }

        /**
         * Returns the allowed pricing bands.
         *
         * @return band names
         */
        public List<String> getAllowedPricingBands() {
            return allowedPricingBands;
        }

        /**
         * Sets the allowed pricing bands.
         *
         * @param allowedPricingBands band names
         */
        public void setAllowedPricingBands(List<String> allowedPricingBands) {
            this.allowedPricingBands = allowedPricingBands;
        }

        /**
         * Returns the budget period.
         *
         * @return the period
         */
        public BudgetPeriod getBudgetPeriod() {
            return budgetPeriod;
        }

        /**
         * Sets the budget period.
         *
         * @param budgetPeriod the period
         */
        public void setBudgetPeriod(BudgetPeriod budgetPeriod) {
            this.budgetPeriod = budgetPeriod;
        }

        /**
         * Returns the budget time zone.
         *
         * @return the zone
         */
        public ZoneId getZone() {
            return zone;
        }

        /**
         * Sets the budget time zone.
         *
         * @param zone the zone
         */
        public void setZone(ZoneId zone) {
            this.zone = zone;
        }
    }

    /** The limits of one currency, in minor units (yen, cents). */
    public static class CurrencyLimit {

        /** The largest single payment (required). */
        private Long maxPerPayment;

        /** The most one budget period's payments may add up to (required). */
        private Long budget;

        /**
         * The largest payment the default approver approves without a person; above it the
         * payment is denied. Defaults to max-per-payment. Ignored when the application declares
         * its own SiglumePaymentApprover bean.
         */
        private Long autoApproveUpTo;

        /**
         * Returns the per-payment maximum.
         *
         * @return minor units, or {@code null} when unset
         */
        public Long getMaxPerPayment() {
            return maxPerPayment;
        }

        /**
         * Sets the per-payment maximum.
         *
         * @param maxPerPayment minor units
         */
        public void setMaxPerPayment(Long maxPerPayment) {
            this.maxPerPayment = maxPerPayment;
        }

        /**
         * Returns the budget per period.
         *
         * @return minor units, or {@code null} when unset
         */
        public Long getBudget() {
            return budget;
        }

        /**
         * Sets the budget per period.
         *
         * @param budget minor units
         */
        public void setBudget(Long budget) {
            this.budget = budget;
        }

        /**
         * Returns the automatic approval threshold.
         *
         * @return minor units, or {@code null} for max-per-payment
         */
        public Long getAutoApproveUpTo() {
            return autoApproveUpTo;
        }

        /**
         * Sets the automatic approval threshold.
         *
         * @param autoApproveUpTo minor units
         */
        public void setAutoApproveUpTo(Long autoApproveUpTo) {
            this.autoApproveUpTo = autoApproveUpTo;
        }
    }

    /** The ledger. */
    public static class Ledger {

        /**
         * When to create the ledger's tables: {@code embedded} (only on an embedded database),
         * {@code always}, or {@code never} (your migrations create them).
         */
        private DatabaseInitializationMode initializeSchema = DatabaseInitializationMode.EMBEDDED;

        /**
         * Returns when the tables are created.
         *
         * @return the mode
         */
        public DatabaseInitializationMode getInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets when the tables are created.
         *
         * @param initializeSchema the mode
         */
        public void setInitializeSchema(DatabaseInitializationMode initializeSchema) {
            this.initializeSchema = initializeSchema;
        }
    }

    /** The MCP server. */
    public static class Mcp {

        /**
         * Whether the payment tools are published on Spring AI's MCP server (needs
         * spring-ai-starter-mcp-server-webmvc). Off unless set.
         */
        private boolean enabled;

        /**
         * The bearer token every MCP request must carry ({@code Authorization: Bearer <token>}),
         * at least 32 characters. Required when enabled.
         */
        private String token;

        /**
         * Whether the MCP server may listen on an address other than loopback
         * ({@code server.address}). Only behind TLS and a network you control.
         */
        private boolean allowNonLoopback;

        /**
         * Returns whether the tools are on the MCP server.
         *
         * @return {@code false} by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the tools are on the MCP server.
         *
         * @param enabled {@code true} to publish them
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the bearer token.
         *
         * @return the token, or {@code null}
         */
        public String getToken() {
            return token;
        }

        /**
         * Sets the bearer token.
         *
         * @param token the token
         */
        public void setToken(String token) {
            this.token = token;
        }

        /**
         * Returns whether a non-loopback address is allowed.
         *
         * @return {@code false} by default
         */
        public boolean isAllowNonLoopback() {
            return allowNonLoopback;
        }

        /**
         * Sets whether a non-loopback address is allowed.
         *
         * @param allowNonLoopback {@code true} to allow it
         */
        public void setAllowNonLoopback(boolean allowNonLoopback) {
            this.allowNonLoopback = allowNonLoopback;
        }
    }
}
