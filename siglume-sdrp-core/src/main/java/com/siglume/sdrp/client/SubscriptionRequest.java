package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#createSubscription(SubscriptionRequest)}: a recurring
 * payment approved with the merchant's <em>recurring</em> challenge.
 *
 * @param merchant the merchant key (lower-cased)
 * @param amountMinor the amount per period in minor units, positive
 * @param currency {@code JPY} or {@code USD}
 * @param challenge the merchant's recurring challenge
 * @param cadence {@code monthly} (or {@code daily}), or {@code null} for the API's default
 * @param userSigning whether the user signs, or {@code null}
 * @param userSigningFlow whether the user-signing flow is used, or {@code null}
 * @param externalSignature an external signature, or {@code null}
 * @param externalSafeTxHash an external Safe transaction hash, or {@code null}
 */
public record SubscriptionRequest(String merchant, long amountMinor, String currency, String challenge,
        String cadence, Boolean userSigning, Boolean userSigningFlow, String externalSignature,
        String externalSafeTxHash) {

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public SubscriptionRequest {
        merchant = SdrpInputs.merchant(merchant);
        amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        currency = SdrpInputs.currency(currency);
        challenge = SdrpInputs.required("challenge", challenge);
        cadence = cadence == null ? null : SdrpInputs.recurringCadence(cadence);
        externalSignature = Inputs.optionalText("external_signature", externalSignature);
        externalSafeTxHash = Inputs.optionalText("external_safe_tx_hash", externalSafeTxHash);
    }

    /**
     * A subscription with only the required values.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount per period
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the recurring challenge
     * @return the request
     * @throws SdrpValidationException when a value breaks its rule
     */
    public static SubscriptionRequest of(String merchant, long amountMinor, String currency, String challenge) {
        return new SubscriptionRequest(merchant, amountMinor, currency, challenge, null, null, null, null, null);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("merchant", merchant);
        body.put("amount_minor", amountMinor);
        body.put("currency", currency);
        body.put("challenge", challenge);
        Inputs.putText(body, "cadence", cadence);
        Inputs.putBoolean(body, "user_signing", userSigning);
        Inputs.putBoolean(body, "user_signing_flow", userSigningFlow);
        Inputs.putText(body, "external_signature", externalSignature);
        Inputs.putText(body, "external_safe_tx_hash", externalSafeTxHash);
        return body;
    }
}
