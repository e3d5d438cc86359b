package com.siglume.sdrp.spring.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.challenge.RecurringDirectPaymentChallenge;
import org.jspecify.annotations.Nullable;

/**
 * Creates and verifies payment challenges for the configured merchant with its challenge
 * secret, through {@link DirectPaymentChallenges}. Immutable and thread-safe;
 * {@link #toString()} never shows the secret.
 */
public final class SiglumeChallengeSigner {

    private final String secret;
    private final String merchant;

    /**
     * Creates the signer.
     *
     * @param secret the challenge secret
     * @param merchant the merchant key
     * @throws com.siglume.sdrp.SdrpValidationException when the secret is blank or the
     *         merchant key is malformed
     */
    public SiglumeChallengeSigner(String secret, String merchant) {
        if (!SdrpInputs.isPresent(secret)) {
            throw new SdrpValidationException("challenge_secret", "challenge secret is required");
        }
        // A key, not text input: used exactly as given.
        this.secret = secret;
        this.merchant = SdrpInputs.merchant(merchant);
    }

    /**
     * Returns the merchant key challenges are created for.
     *
     * @return the normalised key
     */
    public String merchant() {
        return merchant;
    }

    /**
     * Creates a one-time challenge with a random nonce.
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @return the challenge
     * @throws com.siglume.sdrp.SdrpValidationException when an input is invalid
     */
    public DirectPaymentChallenge create(long amountMinor, String currency) {
        return DirectPaymentChallenges.create(secret, merchant, amountMinor, currency, null);
    }

    /**
     * Creates a one-time challenge with a chosen nonce (for example the order id, to make it
     * idempotent).
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param nonce the nonce, without {@code :}
     * @return the challenge
     * @throws com.siglume.sdrp.SdrpValidationException when an input is invalid
     */
    public DirectPaymentChallenge create(long amountMinor, String currency, String nonce) {
        return DirectPaymentChallenges.create(secret, merchant, amountMinor, currency, nonce);
    }

    /**
     * Creates a recurring challenge.
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param cadence {@code monthly} or {@code daily}
     * @param nonce the nonce, or {@code null} for a random one
     * @return the challenge
     * @throws com.siglume.sdrp.SdrpValidationException when an input is invalid
     */
    public RecurringDirectPaymentChallenge createRecurring(long amountMinor, String currency, String cadence,
            @Nullable String nonce) {
        return DirectPaymentChallenges.createRecurring(secret, merchant, amountMinor, currency, cadence, nonce);
    }

    /**
     * Verifies a one-time challenge for this merchant.
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the challenge string
     * @return {@code true} when it was signed with this secret for these values
     * @throws com.siglume.sdrp.SdrpValidationException when an input is invalid
     */
    public boolean verify(long amountMinor, String currency, String challenge) {
        return DirectPaymentChallenges.verify(secret, merchant, amountMinor, currency, challenge);
    }

    /**
     * Verifies a recurring challenge for this merchant.
     *
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param cadence {@code monthly} or {@code daily}
     * @param challenge the challenge string
     * @return {@code true} when it was signed with this secret for these values
     * @throws com.siglume.sdrp.SdrpValidationException when an input is invalid
     */
    public boolean verifyRecurring(long amountMinor, String currency, String cadence, String challenge) {
        return DirectPaymentChallenges.verifyRecurring(secret, merchant, amountMinor, currency, cadence, challenge);
    }

    @Override
    public String toString() {
        return "SiglumeChallengeSigner[merchant=" + merchant + "]";
    }
}
