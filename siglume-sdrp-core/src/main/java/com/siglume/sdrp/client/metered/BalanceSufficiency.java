package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether the buyer's balance covers what is due.
 *
 * @param sufficient whether the balance suffices, or {@code null}
 * @param currency the currency, or {@code null}
 * @param tokenSymbol the token, or {@code null}
 * @param requiredMinor the amount required in minor units, as an exact decimal, or {@code null}
 * @param availableMinor the amount available in minor units, as an exact decimal, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record BalanceSufficiency(
        @JsonProperty("sufficient") @Nullable Boolean sufficient,
        @JsonProperty("currency") @Nullable String currency,
        @JsonProperty("token_symbol") @Nullable String tokenSymbol,
        @JsonProperty("required_minor") @Nullable BigDecimal requiredMinor,
        @JsonProperty("available_minor") @Nullable BigDecimal availableMinor,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists and maps become empty. */
    public BalanceSufficiency {
        extra = ClientJson.immutableMap(extra);
    }
}
