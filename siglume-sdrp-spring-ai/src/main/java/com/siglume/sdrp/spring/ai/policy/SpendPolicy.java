package com.siglume.sdrp.spring.ai.policy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an agent may spend, checked in code before any money moves: per-currency limits, the
 * merchants it may pay, the pricing bands it may use, and the period its budgets cover.
 *
 * <p>Immutable and thread-safe; build it with {@link #builder()}. Anything not allowed is
 * refused: a currency without limits, a merchant not on the list, a band not listed.
 */
public final class SpendPolicy {

    private final Map<String, CurrencyLimits> limits;
    private final Set<String> allowedMerchants;
    private final Set<PricingBand> allowedBands;
    private final BudgetPeriod budgetPeriod;
    private final ZoneId zone;

    private SpendPolicy(Builder builder) {
        if (builder.limits.isEmpty()) {
            throw new SdrpValidationException("currencies", "the policy needs limits for at least one currency");
        }
        if (builder.allowedMerchants.isEmpty()) {
            throw new SdrpValidationException("allowed_merchants", "the policy needs at least one allowed merchant");
        }
        if (builder.allowedBands.isEmpty()) {
            throw new SdrpValidationException("allowed_pricing_bands", "the policy needs at least one allowed pricing band");
        }
        this.limits = Collections.unmodifiableMap(new LinkedHashMap<>(builder.limits));
        this.allowedMerchants = Collections.unmodifiableSet(new LinkedHashSet<>(builder.allowedMerchants));
        this.allowedBands = Collections.unmodifiableSet(EnumSet.copyOf(builder.allowedBands));
        this.budgetPeriod = builder.budgetPeriod;
        this.zone = builder.zone;
    }

    /**
     * Starts a builder: budgets per day in UTC, all pricing bands allowed, no currency and no
     * merchant yet.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the rules that need no ledger: currency, per-payment maximum, merchant, band.
     *
     * @param offer the offer
     * @return the first rule the offer breaks, or empty when it may be paid as far as these go
     */
    public Optional<Refusal> check(PaymentOffer offer) {
        CurrencyLimits currencyLimits = limits.get(offer.currency());
        if (currencyLimits == null) {
            return Optional.of(new Refusal(RefusalReason.CURRENCY_NOT_ALLOWED, "Payments in " + offer.currency()
                    + " are not allowed by the spend policy (allowed: " + String.join(", ", limits.keySet()) + ")."));
        }
        if (offer.amountMinor() > currencyLimits.maxPerPayment()) {
            return Optional.of(new Refusal(RefusalReason.AMOUNT_OVER_LIMIT, "The amount " + offer.amountMinor() + " "
                    + offer.currency() + " is above the per-payment maximum of " + currencyLimits.maxPerPayment()
                    + " " + offer.currency() + "."));
        }
        if (!allowedMerchants.contains(offer.merchant())) {
            return Optional.of(new Refusal(RefusalReason.MERCHANT_NOT_ALLOWED, "The merchant " + offer.merchant()
                    + " is not on the spend policy's allow-list."));
        }
        PricingBand band = offer.pricingBand();
        if (!allowedBands.contains(band)) {
            return Optional.of(new Refusal(RefusalReason.PRICING_BAND_NOT_ALLOWED, "The amount falls in the "
                    + band.wireName() + " pricing band, which the spend policy does not allow (allowed: "
                    + allowedBands.stream().map(PricingBand::wireName).collect(Collectors.joining(", ")) + ")."));
        }
        return Optional.empty();
    }

    /**
     * Returns the limits of a currency.
     *
     * @param currency {@code JPY} or {@code USD}, any case
     * @return the limits, or empty when the currency is not allowed
     */
    public Optional<CurrencyLimits> limits(String currency) {
        return Optional.ofNullable(limits.get(SdrpInputs.currency(currency)));
    }

    /**
     * Returns the limits of every allowed currency.
     *
     * @return currency to limits, unmodifiable
     */
    public Map<String, CurrencyLimits> currencyLimits() {
        return limits;
    }

    /**
     * Returns the merchants the agent may pay.
     *
     * @return lower-cased merchant keys, unmodifiable
     */
    public Set<String> allowedMerchants() {
        return allowedMerchants;
    }

    /**
     * Returns the pricing bands the agent may pay in.
     *
     * @return the bands, unmodifiable
     */
    public Set<PricingBand> allowedBands() {
        return allowedBands;
    }

    /**
     * Returns the period each budget covers.
     *
     * @return the period
     */
    public BudgetPeriod budgetPeriod() {
        return budgetPeriod;
    }

    /**
     * Returns the time zone whose calendar starts each period.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String toString() {
        return "SpendPolicy[limits=" + limits + ", allowedMerchants=" + allowedMerchants + ", allowedBands="
                + allowedBands + ", budgetPeriod=" + budgetPeriod + ", zone=" + zone + "]";
    }

    /** Builds a {@link SpendPolicy}; not thread-safe. */
    public static final class Builder {

        private final Map<String, CurrencyLimits> limits = new LinkedHashMap<>();
        private final Set<String> allowedMerchants = new LinkedHashSet<>();
        private final Set<PricingBand> allowedBands = EnumSet.allOf(PricingBand.class);
        private BudgetPeriod budgetPeriod = BudgetPeriod.DAY;
        private ZoneId zone = ZoneOffset.UTC;

        private Builder() {
        }

        /**
         * Allows a currency with its limits.
         *
         * @param currency {@code JPY} or {@code USD}, any case
         * @param maxPerPayment the largest single payment, in minor units
         * @param budgetPerPeriod the most one period's payments may add up to, in minor units
         * @return this builder
         * @throws SdrpValidationException when a value breaks its rule
         */
        public Builder currency(String currency, long maxPerPayment, long budgetPerPeriod) {
            limits.put(SdrpInputs.currency(currency), new CurrencyLimits(maxPerPayment, budgetPerPeriod));
            return this;
        }

        /**
         * Adds a merchant to the allow-list.
         *
         * @param merchant the merchant key, any case
         * @return this builder
         * @throws SdrpValidationException when the key breaks the merchant rule
         */
        public Builder allowMerchant(String merchant) {
            allowedMerchants.add(SdrpInputs.merchant(merchant));
            return this;
        }

        /**
         * Sets the pricing bands the agent may pay in, replacing the default of all three.
         *
         * @param bands the bands
         * @return this builder
         */
        public Builder allowedBands(Set<PricingBand> bands) {
            allowedBands.clear();
            allowedBands.addAll(bands);
            return this;
        }

        /**
         * Sets the period each budget covers.
         *
         * @param budgetPeriod the period
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder budgetPeriod(BudgetPeriod budgetPeriod) {
            if (budgetPeriod == null) {
                throw new SdrpValidationException("budget_period", "budget_period is required");
            }
            this.budgetPeriod = budgetPeriod;
            return this;
        }

        /**
         * Sets the time zone whose calendar starts each period.
         *
         * @param zone the zone
         * @return this builder
         * @throws SdrpValidationException when {@code null}
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                throw new SdrpValidationException("zone", "zone is required");
            }
            this.zone = zone;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws SdrpValidationException when no currency, merchant or band is allowed
         */
        public SpendPolicy build() {
            return new SpendPolicy(this);
        }
    }
}
