package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SiglumeMerchantClient#setupCheckout(CheckoutSetupRequest)} did, and the
 * environment values an app needs.
 *
 * <p>{@link #env()} holds {@code SIGLUME_DIRECT_PAYMENT_MERCHANT}, and, only when the API
 * returned them (secrets are returned once, when created or rotated),
 * {@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET} and {@code SIGLUME_WEBHOOK_SECRET}. Store the
 * secrets in your secret store; {@link #toString()} shows only which names are present.
 *
 * @param merchant the merchant setup answer
 * @param billingMandate the billing mandate answer, or {@code null} when skipped
 * @param webhookSubscription the created subscription, or {@code null} when none was created
 * @param env environment names to values (unmodifiable, in the order above)
 */
public record CheckoutSetupResult(MerchantResponse merchant, @Nullable MerchantResponse billingMandate,
        @Nullable WebhookSubscription webhookSubscription, Map<String, String> env) {

    /** Makes the map unmodifiable. */
    public CheckoutSetupResult {
        env = env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /**
     * Returns the billing mandate answer.
     *
     * @return the answer, or empty when the mandate was skipped
     */
    public Optional<MerchantResponse> billingMandateIfPrepared() {
        return Optional.ofNullable(billingMandate);
    }

    /**
     * Returns the created webhook subscription.
     *
     * @return the subscription, or empty when none was created
     */
    public Optional<WebhookSubscription> webhookSubscriptionIfCreated() {
        return Optional.ofNullable(webhookSubscription);
    }

    /**
     * Describes the result; secrets are redacted and env shows names only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CheckoutSetupResult[merchant=" + merchant + ", billingMandate=" + billingMandate
                + ", webhookSubscription=" + webhookSubscription + ", env=" + env.keySet() + "]";
    }
}
