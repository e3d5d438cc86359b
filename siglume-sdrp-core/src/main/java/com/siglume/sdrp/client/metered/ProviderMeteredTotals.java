package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;

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
        @JsonProperty("settled_provider_receivable_minor") BigDecimal settledProviderReceivableMinor,
        @JsonProperty("unsettled_provider_receivable_minor") BigDecimal unsettledProviderReceivableMinor,
        @JsonProperty("past_due_provider_receivable_minor") BigDecimal pastDueProviderReceivableMinor,
        @JsonProperty("terminal_provider_receivable_minor") BigDecimal terminalProviderReceivableMinor,
        @JsonProperty("uncollectible_provider_receivable_minor") BigDecimal uncollectibleProviderReceivableMinor,
        @JsonProperty("written_off_provider_receivable_minor") BigDecimal writtenOffProviderReceivableMinor,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public ProviderMeteredTotals {
        extra = ClientJson.immutableMap(extra);
    }
}
