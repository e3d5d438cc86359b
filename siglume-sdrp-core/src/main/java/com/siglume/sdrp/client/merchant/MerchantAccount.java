package com.siglume.sdrp.client.merchant;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A merchant account as the API reports it.
 */
public final class MerchantAccount extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private MerchantAccount(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the account id} */
    public String merchantAccountId() {
        return fields.merchantAccountId();
    }

    /** {@return the merchant key} */
    public String merchant() {
        return fields.merchant();
    }

    /** {@return the Siglume user owning the account} */
    public String merchantUserId() {
        return fields.merchantUserId();
    }

    /** {@return the wallet the account settles to, or {@code null}} */
    public @Nullable String userWalletId() {
        return fields.userWalletId();
    }

    /** {@return the billing mandate id, or {@code null} before one is prepared} */
    public @Nullable String billingMandateId() {
        return fields.billingMandateId();
    }

    /** {@return the display name, or {@code null}} */
    public @Nullable String displayName() {
        return fields.displayName();
    }

    /** {@return the account status, for example {@code active}} */
    public String status() {
        return fields.status();
    }

    /** {@return the billing status} */
    public String billingStatus() {
        return fields.billingStatus();
    }

    /** {@return the billing plan, for example {@code launch}} */
    public String billingPlan() {
        return fields.billingPlan();
    }

    /** {@return the billing currency, {@code JPY} or {@code USD}} */
    public String billingCurrency() {
        return fields.billingCurrency();
    }

    /** {@return the settlement token} */
    public String tokenSymbol() {
        return fields.tokenSymbol();
    }

    /** {@return the monthly fee in minor units, or {@code null}} */
    public @Nullable Long monthlyFeeMinor() {
        return fields.monthlyFeeMinor();
    }

    /** {@return the settlement fee in basis points, or {@code null}} */
    public @Nullable Long settlementFeeBps() {
        return fields.settlementFeeBps();
    }

    /** {@return the minimum settlement fee in minor units, or {@code null}} */
    public @Nullable Long settlementFeeMinMinor() {
        return fields.settlementFeeMinMinor();
    }

    /** {@return the payments included per month, or {@code null}} */
    public @Nullable Long includedMonthlyPayments() {
        return fields.includedMonthlyPayments();
    }

    /** {@return the account metadata (unmodifiable; empty when absent)} */
    public Map<String, Object> metadataJsonb() {
        return fields.metadataJsonb();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("merchant_account_id") String merchantAccountId,
            @JsonProperty("merchant") String merchant,
            @JsonProperty("merchant_user_id") String merchantUserId,
            @JsonProperty("user_wallet_id") @Nullable String userWalletId,
            @JsonProperty("billing_mandate_id") @Nullable String billingMandateId,
            @JsonProperty("display_name") @Nullable String displayName,
            @JsonProperty("status") String status,
            @JsonProperty("billing_status") String billingStatus,
            @JsonProperty("billing_plan") String billingPlan,
            @JsonProperty("billing_currency") String billingCurrency,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("monthly_fee_minor") @Nullable Long monthlyFeeMinor,
            @JsonProperty("settlement_fee_bps") @Nullable Long settlementFeeBps,
            @JsonProperty("settlement_fee_min_minor") @Nullable Long settlementFeeMinMinor,
            @JsonProperty("included_monthly_payments") @Nullable Long includedMonthlyPayments,
            @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            metadataJsonb = ClientJson.immutableMap(metadataJsonb);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
