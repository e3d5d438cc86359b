package com.siglume.sdrp.client.payments;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;

/**
 * The answer of an executed prepared transaction. Never fulfil an order from this: wait for
 * the verified {@code direct_payment.confirmed} webhook.
 *
 * @param receipt the transaction receipt (unmodifiable; empty when absent)
 * @param finalization the finality information (unmodifiable; empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record PreparedTransactionResult(
        @JsonProperty("receipt") Map<String, Object> receipt,
        @JsonProperty("finalization") Map<String, Object> finalization,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public PreparedTransactionResult {
        receipt = ClientJson.immutableMap(receipt);
        finalization = ClientJson.immutableMap(finalization);
        extra = ClientJson.immutableMap(extra);
    }
}
