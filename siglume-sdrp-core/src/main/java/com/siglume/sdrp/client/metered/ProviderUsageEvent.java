package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Micro/Nano usage event as the provider sees it. Amounts are exact decimals; buyers are
 * identified only by {@code buyer_period_ref}.
 */
public final class ProviderUsageEvent extends UsageEvent {

    private final ProviderFields providerFields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ProviderUsageEvent(Fields fields) {
        // The provider's own fields are among the shared record's others; bound here, typed.
        this(fields, ClientJson.MAPPER.convertValue(fields.extra(), ProviderFields.class));
    }

    private ProviderUsageEvent(Fields fields, ProviderFields providerFields) {
        super(fields, providerFields.extra());
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

    /** The fields only the provider's side has. */
    private record ProviderFields(
            @JsonProperty("provider_receivable_minor") BigDecimal providerReceivableMinor,
            @JsonProperty("buyer_period_ref") @Nullable String buyerPeriodRef,
            @JsonAnySetter Map<String, Object> extra) {

        ProviderFields {
            extra = ClientJson.immutableMap(extra);
        }
    }
}
