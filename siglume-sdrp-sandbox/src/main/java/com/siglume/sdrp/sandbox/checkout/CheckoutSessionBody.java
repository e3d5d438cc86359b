package com.siglume.sdrp.sandbox.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.http.JsonFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /v1/sdrp/direct-payments/checkout-sessions}. Fields are read as the
 * reference reads them, so they stay loosely typed here and are checked by {@link #checked()}.
 *
 * @param merchant the merchant key
 * @param amountMinor an integral number, or a string holding one
 * @param currency {@code JPY} or {@code USD}; missing or empty means {@code JPY}
 * @param nonce any value; its text goes into the challenge hash
 * @param successUrl the success URL
 * @param cancelUrl the cancel URL
 * @param metadata an object kept with the session; anything else is kept as empty
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CheckoutSessionBody(
        JsonNode merchant,
        JsonNode amountMinor,
        JsonNode currency,
        JsonNode nonce,
        JsonNode successUrl,
        JsonNode cancelUrl,
        JsonNode metadata) {

    /** Code of every refused field, and of a body that is not a JSON object. */
    static final String INVALID_REQUEST = "INVALID_CHECKOUT_SESSION_REQUEST";

    /** The merchant key when it is a string, else {@code null}, which names no merchant. */
    String merchantKey() {
        return JsonFields.text(merchant);
    }

    /**
     * The checked request: currency, amount, then the return URLs, each with the SDK's rule.
     *
     * @throws SandboxException 400 {@value #INVALID_REQUEST} naming the first refused field
     */
    SandboxState.NewSession checked() {
        return JsonFields.checked(INVALID_REQUEST, () -> new SandboxState.NewSession(
                JsonFields.positiveInteger("amount_minor", amountMinor), checkedCurrency(), nonceText(),
                SdrpInputs.returnUrl("success_url", JsonFields.text(successUrl)),
                SdrpInputs.returnUrl("cancel_url", JsonFields.text(cancelUrl)),
                JsonFields.objectOrEmpty(metadata)));
    }

    private String checkedCurrency() {
        if (JsonFields.absent(currency) || (currency.isString() && currency.stringValue().isEmpty())) {
            return "JPY";
        }
        if (!currency.isString()) {
            throw new SdrpValidationException("currency", "currency must be one of [JPY, USD]");
        }
        return SdrpInputs.currency(currency.stringValue());
    }

    /** The nonce's text as the reference forms it: falsy values (0, false, null) are empty. */
    private String nonceText() {
        if (JsonFields.absent(nonce)) {
            return "";
        }
        if (nonce.isString()) {
            return nonce.stringValue();
        }
        if (nonce.isFloatingPointNumber()) {
            return nonce.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (nonce.isIntegralNumber()) {
            return nonce.longValue() == 0 ? "" : nonce.bigIntegerValue().toString();
        }
        return nonce.isBoolean() && nonce.booleanValue() ? "true" : "";
    }
}
