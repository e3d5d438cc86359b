package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A Micro/Nano period still open. Amounts are exact decimals.
 */
public final class MeteredOpenPeriod extends MeteredPeriod {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private MeteredOpenPeriod(Fields fields) {
        super(fields, fields.period(), fields.period().extra());
        this.fields = fields;
    }

    /** {@return the plan type, {@code micro} or {@code nano}, or {@code null}} */
    public @Nullable String planType() {
        return fields.planType();
    }

    /** {@return the settlement cadence, {@code weekly} or {@code monthly}, or {@code null}} */
    public @Nullable String settlementCadence() {
        return fields.settlementCadence();
    }

    /** {@return the currency, or {@code null}} */
    public @Nullable String currency() {
        return fields.currency();
    }

    /** {@return the token, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("plan_type") @Nullable String planType,
            @JsonProperty("settlement_cadence") @Nullable String settlementCadence,
            @JsonProperty("currency") @Nullable String currency,
            @JsonProperty("token_symbol") @Nullable String tokenSymbol,
            @JsonUnwrapped Period period) {
    }
}
