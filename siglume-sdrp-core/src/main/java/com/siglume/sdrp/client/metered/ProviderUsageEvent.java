package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One Micro/Nano usage event as the provider sees it. Amounts are exact decimals; buyers are
 * identified only by {@code buyer_period_ref}.
 */
public final class ProviderUsageEvent extends UsageEvent {

    private final ProviderFields providerFields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ProviderUsageEvent(ProviderFields providerFields) {
        super(providerFields, providerFields.usage());
        this.providerFields = providerFields;
    }

    /** {@return the provider receivable in minor units, as an exact decimal} */
    public BigDecimal providerReceivableMinor() {
        return providerFields.providerReceivableMinor();
    }

    /** {@return the buyer reference within the period, or {@code null}} */
    public @Nullable String buyerPeriodRef() {
        return providerFields.buyerPeriodRef();
    }

    /** The fields only the provider's side has, around the shared ones. */
    private record ProviderFields(
            @JsonProperty("provider_receivable_minor") BigDecimal providerReceivableMinor,
            @JsonProperty("buyer_period_ref") @Nullable String buyerPeriodRef,
            @JsonUnwrapped Fields usage) {
    }
}
