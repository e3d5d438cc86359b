package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumeMerchantClient#createBillingMandate(String, BillingMandateRequest)}.
 * Every value is optional; {@code null} is not sent.
 *
 * @param currency the mandate currency, {@code JPY} or {@code USD}
 * @param billingCurrency the billing currency, {@code JPY} or {@code USD}
 * @param maxAmountMinor the mandate cap in minor units, positive
 */
public record BillingMandateRequest(String currency, String billingCurrency, Long maxAmountMinor) {

    /** A request that sends an empty object and lets the account's settings apply. */
    public static final BillingMandateRequest DEFAULTS = new BillingMandateRequest(null, null, null);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public BillingMandateRequest {
        currency = currency == null ? null : SdrpInputs.currency(currency);
        billingCurrency = billingCurrency == null ? null : SdrpInputs.currency("billing_currency", billingCurrency);
        maxAmountMinor = SdrpInputs.optionalPositiveInteger("max_amount_minor", maxAmountMinor);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "currency", currency);
        Inputs.putText(body, "billing_currency", billingCurrency);
        Inputs.putLong(body, "max_amount_minor", maxAmountMinor);
        return body;
    }
}
