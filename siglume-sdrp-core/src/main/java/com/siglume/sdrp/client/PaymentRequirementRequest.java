package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#createPaymentRequirement(PaymentRequirementRequest)}: the
 * buyer's side of one payment, bound to the merchant's challenge. Mode {@code external_402} is
 * always sent.
 *
 * @param merchant the merchant key (lower-cased)
 * @param amountMinor the amount in minor units, positive
 * @param currency {@code JPY} or {@code USD}
 * @param challenge the merchant's challenge string
 * @param tokenSymbol {@code JPYC} or {@code USDC}, or {@code null}
 * @param allowanceAmountMinor an allowance to approve, in minor units, or {@code null}
 * @param metadata your data (a JSON object, unmodifiable), or {@code null}
 */
public record PaymentRequirementRequest(String merchant, long amountMinor, String currency, String challenge,
        String tokenSymbol, Long allowanceAmountMinor, Map<String, Object> metadata) {

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public PaymentRequirementRequest {
        merchant = SdrpInputs.merchant(merchant);
        amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        currency = SdrpInputs.currency(currency);
        challenge = SdrpInputs.required("challenge", challenge);
        tokenSymbol = tokenSymbol == null ? null : SdrpInputs.tokenSymbol(tokenSymbol);
        allowanceAmountMinor = SdrpInputs.optionalPositiveInteger("allowance_amount_minor", allowanceAmountMinor);
        metadata = Inputs.optionalObject("metadata", metadata);
    }

    /**
     * A requirement with only the required values.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the merchant's challenge
     * @return the request
     * @throws SdrpValidationException when a value breaks its rule
     */
    public static PaymentRequirementRequest of(String merchant, long amountMinor, String currency, String challenge) {
        return new PaymentRequirementRequest(merchant, amountMinor, currency, challenge, null, null, null);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("mode", Sdrp.PAYMENT_MODE);
        body.put("merchant", merchant);
        body.put("amount_minor", amountMinor);
        body.put("currency", currency);
        body.put("challenge", challenge);
        Inputs.putText(body, "token_symbol", tokenSymbol);
        Inputs.putLong(body, "allowance_amount_minor", allowanceAmountMinor);
        Inputs.putObject(body, "metadata", metadata);
        return body;
    }
}
