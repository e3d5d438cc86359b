package com.siglume.sdrp.sandbox.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.math.BigDecimal;
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
        return text(merchant);
    }

    /**
     * The checked request: currency, amount, then the return URLs, each with the SDK's rule.
     *
     * @throws SandboxException 400 {@value #INVALID_REQUEST} naming the first refused field
     */
    SandboxState.NewSession checked() {
        try {
            return new SandboxState.NewSession(checkedAmount(), checkedCurrency(), nonceText(),
                    SdrpInputs.returnUrl("success_url", text(successUrl)),
                    SdrpInputs.returnUrl("cancel_url", text(cancelUrl)),
                    SandboxRequest.objectOrEmpty(metadata));
        } catch (SdrpValidationException e) {
            throw new SandboxException(400, INVALID_REQUEST, e.getMessage());
        }
    }

    private String checkedCurrency() {
        if (absent(currency) || (currency.isString() && currency.stringValue().isEmpty())) {
            return "JPY";
        }
        if (!currency.isString()) {
            throw new SdrpValidationException("currency", "currency must be one of [JPY, USD]");
        }
        return SdrpInputs.currency(currency.stringValue());
    }

    /**
     * An integral JSON number, or a string holding one, as the reference accepts; the range is
     * checked by {@link SdrpInputs#positiveInteger(String, long)}.
     */
    private long checkedAmount() {
        BigDecimal number = null;
        if (!absent(amountMinor) && amountMinor.isNumber()) {
            number = amountMinor.decimalValue();
        } else if (!absent(amountMinor) && amountMinor.isString()) {
            try {
                number = new BigDecimal(SdrpInputs.trim(amountMinor.stringValue()));
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        long integral = 0;
        if (number != null && number.signum() > 0 && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && number.stripTrailingZeros().scale() <= 0) {
            integral = number.longValueExact();
        }
        // Anything that is not an integer reaches the shared rule as 0, which it refuses with its usual message.
        return SdrpInputs.positiveInteger("amount_minor", integral);
    }

    /** The nonce's text as the reference forms it: falsy values (0, false, null) are empty. */
    private String nonceText() {
        if (absent(nonce)) {
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

    private static String text(JsonNode value) {
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
