package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The answer of {@link SiglumePaymentClient#createSubscription(SubscriptionRequest)}.
 *
 * @param subscriptionStatus the subscription status
 * @param mode the payment mode, or {@code null}
 * @param merchant the merchant key
 * @param merchantDisplayName the merchant's display name, or {@code null}
 * @param mandate the recurring mandate (unmodifiable)
 * @param receipt the first receipt (unmodifiable; empty when absent)
 * @param initialCharge the initial charge (unmodifiable; empty when absent)
 * @param idempotentReplay whether this answer replays an earlier identical request, or {@code null}
 * @param amountMinor the amount per period in minor units, or {@code null}
 * @param currency the currency, or {@code null}
 * @param tokenSymbol the token, or {@code null}
 * @param cadence the cadence, or {@code null}
 * @param feeBps the fee in basis points, or {@code null}
 * @param extra every other field of the answer (unmodifiable)
 */
public record DirectPaymentSubscription(
        @JsonProperty("subscription_status") String subscriptionStatus,
        @JsonProperty("mode") String mode,
        @JsonProperty("merchant") String merchant,
        @JsonProperty("merchant_display_name") String merchantDisplayName,
        @JsonProperty("mandate") Map<String, Object> mandate,
        @JsonProperty("receipt") Map<String, Object> receipt,
        @JsonProperty("initial_charge") Map<String, Object> initialCharge,
        @JsonProperty("idempotent_replay") Boolean idempotentReplay,
        @JsonProperty("amount_minor") Long amountMinor,
        @JsonProperty("currency") String currency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("cadence") String cadence,
        @JsonProperty("fee_bps") Long feeBps,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public DirectPaymentSubscription {
        mandate = ClientJson.immutableMap(mandate);
        receipt = ClientJson.immutableMap(receipt);
        initialCharge = ClientJson.immutableMap(initialCharge);
        extra = ClientJson.immutableMap(extra);
    }
}
