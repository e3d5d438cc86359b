package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeEnv;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.merchant.BillingMandateRequest;
import com.siglume.sdrp.client.merchant.MerchantAccount;
import com.siglume.sdrp.client.merchant.MerchantAccounts;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sets a merchant up for Hosted Checkout in one call, over the merchant accounts and webhook
 * subscriptions: what {@link SiglumeMerchantClient#setupCheckout(CheckoutSetupRequest)} runs.
 * Immutable and thread-safe.
 */
public final class CheckoutSetup {

    private final MerchantAccounts merchantAccounts;
    private final WebhookSubscriptions webhookSubscriptions;

    /**
     * Creates the operation over two resources of one merchant client.
     *
     * @param merchantAccounts the client's merchant accounts
     * @param webhookSubscriptions the client's webhook subscriptions
     */
    public CheckoutSetup(MerchantAccounts merchantAccounts, WebhookSubscriptions webhookSubscriptions) {
        this.merchantAccounts = merchantAccounts;
        this.webhookSubscriptions = webhookSubscriptions;
    }

    /**
     * Runs the setup: merchant setup; then, unless skipped, the billing mandate (currency: the
     * account's billing currency, else the setup's; cap: the setup's {@code maxAmountMinor}, else
     * its {@code billingMandateCapMinor}); then, when a callback URL is set and not skipped, a
     * webhook subscription described {@code "<merchant> Direct Request Payment"} with metadata
     * {@code {merchant, sdk}}.
     *
     * <pre>{@code
     * CheckoutSetupResult result = client.setupCheckout(CheckoutSetupRequest.of(
     *         MerchantSetupRequest.builder("acme-shop")
     *                 .webhookCallbackUrl("https://shop.example.com/siglume/webhook").build()));
     * result.env().forEach(secretStore::put);
     * }</pre>
     *
     * @param request the setup and options
     * @return the three answers and the environment values
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses a step; earlier steps stay done
     * @throws SiglumeTransportException when no answer was obtained for a step
     */
    public CheckoutSetupResult run(CheckoutSetupRequest request) {
        Inputs.requireInput("checkout_setup", request);
        MerchantSetupRequest setup = request.merchantSetup();
        MerchantResponse merchant = merchantAccounts.setup(setup);
        MerchantAccount account = merchant.merchantAccount();
        String merchantKey = account != null && SdrpInputs.optional(account.merchant()) != null
                ? SdrpInputs.optional(account.merchant()) : setup.merchant();
        MerchantResponse mandate = null;
        if (request.prepareBillingMandate()) {
            String accountCurrency = account == null ? null : SdrpInputs.optional(account.billingCurrency());
            String billingCurrency = isSupportedCurrency(accountCurrency) ? accountCurrency : setup.billingCurrency();
            Long cap = setup.maxAmountMinor() != null ? setup.maxAmountMinor() : setup.billingMandateCapMinor();
            mandate = merchantAccounts.createBillingMandate(merchantKey,
                    BillingMandateRequest.builder().billingCurrency(billingCurrency).maxAmountMinor(cap).build());
        }
        WebhookSubscription subscription = null;
        if (request.createsWebhookSubscription()) {
            String description = request.webhookDescription() != null ? request.webhookDescription()
                    : merchantKey + " Direct Request Payment";
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("merchant", merchantKey);
            metadata.put("sdk", SiglumeMerchantClient.SDK_NAME);
            subscription = webhookSubscriptions.create(WebhookSubscriptionRequest.builder()
                    .callbackUrl(setup.webhookCallbackUrl()).description(description)
                    .eventTypes(request.webhookEventTypes()).metadata(metadata).build());
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SiglumeEnv.DIRECT_PAYMENT_MERCHANT, merchantKey);
        if (merchant.challengeSecret() != null) {
            env.put(SiglumeEnv.DIRECT_PAYMENT_CHALLENGE_SECRET, merchant.challengeSecret());
        }
        if (subscription != null && subscription.signingSecret() != null) {
            env.put(SiglumeEnv.WEBHOOK_SECRET, subscription.signingSecret());
        }
        return new CheckoutSetupResult(merchant, mandate, subscription, env);
    }

    private static boolean isSupportedCurrency(@Nullable String currency) {
        if (currency == null) {
            return false;
        }
        try {
            SdrpInputs.currency(currency);
            return true;
        } catch (SdrpValidationException e) {
            return false;
        }
    }
}
