package com.siglume.sdrp.spring.ai.policy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.challenge.ParsedDirectPaymentChallenge;

/**
 * A merchant's offer as an agent received it (for example with an HTTP 402 answer): who asks,
 * how much, in which currency, and the one-time challenge that binds them. Values are
 * normalised as the protocol requires before any policy sees them.
 *
 * @param merchant the merchant key, lower-cased
 * @param amountMinor the amount in minor units, positive
 * @param currency {@code JPY} or {@code USD}
 * @param challenge the merchant's one-time challenge ({@code siglume-external-402-v1:nonce:signature}), trimmed
 */
public record PaymentOffer(String merchant, long amountMinor, String currency, String challenge) {

    /**
     * Normalises and checks the values.
     *
     * @throws SdrpValidationException when a value breaks its protocol rule, or the challenge is
     *         not a one-time challenge
     */
    public PaymentOffer {
        merchant = SdrpInputs.merchant(merchant);
        amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        currency = SdrpInputs.currency(currency);
        ParsedDirectPaymentChallenge parsed = DirectPaymentChallenges.parse(challenge);
        if (!Sdrp.CHALLENGE_SCHEME.equals(parsed.scheme())) {
            throw new SdrpValidationException("challenge", "challenge must use the one-time scheme "
                    + Sdrp.CHALLENGE_SCHEME);
        }
        challenge = SdrpInputs.required("challenge", challenge);
    }

    /**
     * Returns the pricing band the platform will apply to this amount.
     *
     * @return standard, micro or nano
     */
    public PricingBand pricingBand() {
        return PricingBand.of(currency, amountMinor);
    }

    /**
     * Returns the challenge hash, which identifies the payment: one challenge is paid at most once.
     *
     * @return {@code sha256:} and hex
     */
    public String challengeHash() {
        return DirectPaymentChallenges.challengeHash(challenge);
    }

    /**
     * Leaves the challenge out: it lets anyone holding it pay the merchant's order, so it is
     * never logged.
     *
     * @return merchant, amount, currency and challenge hash
     */
    @Override
    public String toString() {
        return "PaymentOffer[merchant=" + merchant + ", amountMinor=" + amountMinor + ", currency=" + currency
                + ", challengeHash=" + challengeHash() + "]";
    }
}
