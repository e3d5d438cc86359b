package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The provider's receivable totals; further totals the API adds are in {@link #extra()}.
 *
 * @param settledProviderReceivableMinor settled in minor units, as an exact decimal, or {@code null}
 * @param unsettledProviderReceivableMinor unsettled in minor units, as an exact decimal, or {@code null}
 * @param pastDueProviderReceivableMinor past due in minor units, as an exact decimal, or {@code null}
 * @param terminalProviderReceivableMinor terminal in minor units, as an exact decimal, or {@code null}
 * @param uncollectibleProviderReceivableMinor uncollectible in minor units, as an exact decimal, or {@code null}
 * @param writtenOffProviderReceivableMinor written off in minor units, as an exact decimal, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record ProviderMeteredTotals(
        @JsonProperty("settled_provider_receivable_minor") @Nullable BigDecimal settledProviderReceivableMinor,
        @JsonProperty("unsettled_provider_receivable_minor") @Nullable BigDecimal unsettledProviderReceivableMinor,
        @JsonProperty("past_due_provider_receivable_minor") @Nullable BigDecimal pastDueProviderReceivableMinor,
        @JsonProperty("terminal_provider_receivable_minor") @Nullable BigDecimal terminalProviderReceivableMinor,
        @JsonProperty("uncollectible_provider_receivable_minor") @Nullable BigDecimal uncollectibleProviderReceivableMinor,
        @JsonProperty("written_off_provider_receivable_minor") @Nullable BigDecimal writtenOffProviderReceivableMinor,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public ProviderMeteredTotals {
        extra = ClientJson.immutableMap(extra);
    }
}
