package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpValidationException;
import java.util.List;

/**
 * Input of {@link SiglumeMerchantClient#setupCheckout(CheckoutSetupRequest)}: merchant setup plus
 * what to prepare after it.
 *
 * @param merchantSetup the merchant setup sent first
 * @param prepareBillingMandate whether to prepare the billing mandate (default {@code true})
 * @param createWebhookSubscription whether to create a webhook subscription; {@code null} means
 *        "when the setup has a webhook callback URL"
 * @param webhookEventTypes event types of the subscription; {@code null} or empty means the defaults
 * @param webhookDescription description of the subscription; {@code null} means
 *        {@code "<merchant> Direct Request Payment"}
 */
public record CheckoutSetupRequest(MerchantSetupRequest merchantSetup, boolean prepareBillingMandate,
        Boolean createWebhookSubscription, List<String> webhookEventTypes, String webhookDescription) {

    /**
     * Checks the values.
     *
     * @throws SdrpValidationException when the setup is missing, a subscription is requested
     *         without a callback URL, or an event type or the description is blank
     */
    public CheckoutSetupRequest {
        if (merchantSetup == null) {
            throw new SdrpValidationException("merchant", "merchant setup is required");
        }
        if (Boolean.TRUE.equals(createWebhookSubscription) && merchantSetup.webhookCallbackUrl() == null) {
            throw new SdrpValidationException("webhook_callback_url",
                    "webhook_callback_url is required to create a webhook subscription");
        }
        webhookEventTypes = Inputs.optionalTexts("event_type", webhookEventTypes);
        webhookDescription = Inputs.optionalText("description", webhookDescription);
    }

    /**
     * The full setup: merchant, billing mandate, and a webhook subscription when the setup has a
     * callback URL.
     *
     * @param merchantSetup the merchant setup
     * @return the request
     */
    public static CheckoutSetupRequest of(MerchantSetupRequest merchantSetup) {
        return new CheckoutSetupRequest(merchantSetup, true, null, null, null);
    }

    /**
     * Tells whether a webhook subscription will be created.
     *
     * @return {@code true} when requested (or not refused) and a callback URL is set
     */
    boolean createsWebhookSubscription() {
        boolean wanted = createWebhookSubscription != null ? createWebhookSubscription
                : merchantSetup.webhookCallbackUrl() != null;
        return wanted && merchantSetup.webhookCallbackUrl() != null;
    }

    /**
     * Returns a copy that skips the billing mandate.
     *
     * @return the new request
     */
    public CheckoutSetupRequest withoutBillingMandate() {
        return new CheckoutSetupRequest(merchantSetup, false, createWebhookSubscription, webhookEventTypes,
                webhookDescription);
    }

    /**
     * Returns a copy that skips the webhook subscription.
     *
     * @return the new request
     */
    public CheckoutSetupRequest withoutWebhookSubscription() {
        return new CheckoutSetupRequest(merchantSetup, prepareBillingMandate, false, webhookEventTypes,
                webhookDescription);
    }

    /**
     * Returns a copy with other webhook event types.
     *
     * @param eventTypes the event types
     * @return the new request
     */
    public CheckoutSetupRequest withWebhookEventTypes(List<String> eventTypes) {
        return new CheckoutSetupRequest(merchantSetup, prepareBillingMandate, createWebhookSubscription, eventTypes,
                webhookDescription);
    }

    /**
     * Returns a copy with another webhook description.
     *
     * @param description the description
     * @return the new request
     */
    public CheckoutSetupRequest withWebhookDescription(String description) {
        return new CheckoutSetupRequest(merchantSetup, prepareBillingMandate, createWebhookSubscription,
                webhookEventTypes, description);
    }
}
