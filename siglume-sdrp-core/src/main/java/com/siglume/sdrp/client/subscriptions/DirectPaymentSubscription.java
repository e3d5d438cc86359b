package com.siglume.sdrp.client.subscriptions;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.PaymentMode;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link SiglumePaymentClient#createSubscription(SubscriptionRequest)}.
 */
public final class DirectPaymentSubscription extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private DirectPaymentSubscription(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the subscription status} */
    public String subscriptionStatus() {
        return fields.subscriptionStatus();
    }

    /**
     * {@return the payment mode; {@link PaymentMode#UNKNOWN} for a value this SDK does not know, {@code null}
     * when absent}
     */
    public @Nullable PaymentMode mode() {
        return PaymentMode.fromWireName(fields.mode());
    }

    /** {@return the mode as sent: the payment mode, or {@code null}} */
    public @Nullable String modeWireName() {
        return fields.mode();
    }

    /** {@return the merchant key} */
    public String merchant() {
        return fields.merchant();
    }

    /** {@return the merchant's display name, or {@code null}} */
    public @Nullable String merchantDisplayName() {
        return fields.merchantDisplayName();
    }

    /** {@return the recurring mandate (unmodifiable)} */
    public Map<String, Object> mandate() {
        return fields.mandate();
    }

    /** {@return the first receipt (unmodifiable; empty when absent)} */
    public Map<String, Object> receipt() {
        return fields.receipt();
    }

    /** {@return the initial charge (unmodifiable; empty when absent)} */
    public Map<String, Object> initialCharge() {
        return fields.initialCharge();
    }

    /** {@return whether this answer replays an earlier identical request, or {@code null}} */
    public @Nullable Boolean idempotentReplay() {
        return fields.idempotentReplay();
    }

    /** {@return the amount per period in minor units, or {@code null}} */
    public @Nullable Long amountMinor() {
        return fields.amountMinor();
    }

    /** {@return the currency, or {@code null}} */
    public @Nullable String currency() {
        return fields.currency();
    }

    /** {@return the token, or {@code null}} */
    public @Nullable String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /**
     * {@return the cadence; {@link RecurringCadence#UNKNOWN} for a value this SDK does not know, {@code null}
     * when absent}
     */
    public @Nullable RecurringCadence cadence() {
        return RecurringCadence.fromWireName(fields.cadence());
    }

    /** {@return the cadence as sent: the cadence, or {@code null}} */
    public @Nullable String cadenceWireName() {
        return fields.cadence();
    }

    /** {@return the fee in basis points, or {@code null}} */
    public @Nullable Long feeBps() {
        return fields.feeBps();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("subscription_status") String subscriptionStatus,
            @JsonProperty("mode") @Nullable String mode,
            @JsonProperty("merchant") String merchant,
            @JsonProperty("merchant_display_name") @Nullable String merchantDisplayName,
            @JsonProperty("mandate") Map<String, Object> mandate,
            @JsonProperty("receipt") Map<String, Object> receipt,
            @JsonProperty("initial_charge") Map<String, Object> initialCharge,
            @JsonProperty("idempotent_replay") @Nullable Boolean idempotentReplay,
            @JsonProperty("amount_minor") @Nullable Long amountMinor,
            @JsonProperty("currency") @Nullable String currency,
            @JsonProperty("token_symbol") @Nullable String tokenSymbol,
            @JsonProperty("cadence") @Nullable String cadence,
            @JsonProperty("fee_bps") @Nullable Long feeBps,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            mandate = ClientJson.immutableMap(mandate);
            receipt = ClientJson.immutableMap(receipt);
            initialCharge = ClientJson.immutableMap(initialCharge);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
