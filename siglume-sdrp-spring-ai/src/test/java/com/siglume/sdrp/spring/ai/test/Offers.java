package com.siglume.sdrp.spring.ai.test;

import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.spring.ai.policy.PaymentOffer;

/**
 * Offers as a merchant would issue them: a fresh, correctly signed one-time challenge each.
 */
public final class Offers {

    /** The challenge secret of the test merchants. */
    private static final String SECRET = "merchant_challenge_secret_for_tests";

    private Offers() {
    }

    /**
     * A fresh offer.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount
     * @param currency the currency
     * @return the offer with a new challenge
     */
    public static PaymentOffer offer(String merchant, long amountMinor, String currency) {
        return new PaymentOffer(merchant, amountMinor, currency, challenge(merchant, amountMinor, currency));
    }

    /**
     * A fresh challenge.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount
     * @param currency the currency
     * @return the challenge string
     */
    public static String challenge(String merchant, long amountMinor, String currency) {
        return DirectPaymentChallenges.create(SECRET, merchant, amountMinor, currency, null).challenge();
    }
}
