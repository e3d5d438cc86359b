package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A merchant account as the API reports it.
 *
 * @param merchantAccountId the account id
 * @param merchant the merchant key
 * @param merchantUserId the Siglume user owning the account
 * @param userWalletId the wallet the account settles to, or {@code null}
 * @param billingMandateId the billing mandate id, or {@code null} before one is prepared
 * @param displayName the display name, or {@code null}
 * @param status the account status, for example {@code active}
 * @param billingStatus the billing status
 * @param billingPlan the billing plan, for example {@code launch}
 * @param billingCurrency the billing currency, {@code JPY} or {@code USD}
 * @param tokenSymbol the settlement token
 * @param monthlyFeeMinor the monthly fee in minor units, or {@code null}
 * @param settlementFeeBps the settlement fee in basis points, or {@code null}
 * @param settlementFeeMinMinor the minimum settlement fee in minor units, or {@code null}
 * @param includedMonthlyPayments payments included per month, or {@code null}
 * @param metadataJsonb the account metadata (unmodifiable; empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record MerchantAccount(
        @JsonProperty("merchant_account_id") String merchantAccountId,
        @JsonProperty("merchant") String merchant,
        @JsonProperty("merchant_user_id") String merchantUserId,
        @JsonProperty("user_wallet_id") String userWalletId,
        @JsonProperty("billing_mandate_id") String billingMandateId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("status") String status,
        @JsonProperty("billing_status") String billingStatus,
        @JsonProperty("billing_plan") String billingPlan,
        @JsonProperty("billing_currency") String billingCurrency,
        @JsonProperty("token_symbol") String tokenSymbol,
        @JsonProperty("monthly_fee_minor") Long monthlyFeeMinor,
        @JsonProperty("settlement_fee_bps") Long settlementFeeBps,
        @JsonProperty("settlement_fee_min_minor") Long settlementFeeMinMinor,
        @JsonProperty("included_monthly_payments") Long includedMonthlyPayments,
        @JsonProperty("metadata_jsonb") Map<String, Object> metadataJsonb,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the maps unmodifiable. */
    public MerchantAccount {
        metadataJsonb = ClientJson.immutableMap(metadataJsonb);
        extra = ClientJson.immutableMap(extra);
    }
}
