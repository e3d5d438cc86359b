package com.siglume.sdrp.challenge;

/**
 * A one-time approval of a recurring authorization, created by
 * {@link DirectPaymentChallenges#createRecurring(String, String, long, String, String, String)}.
 *
 * <p>Holds normalised values only, never the secret. Charges made later under the
 * authorization carry no challenge of their own.
 *
 * @param scheme always {@code siglume-external-402-recurring-v1}
 * @param merchant the normalised (lower-case) merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param cadence {@code monthly} (subscription) or {@code daily} (scheduled autopay)
 * @param nonce the nonce that was signed
 * @param signature the hex HMAC-SHA256 of {@code merchant:amount_minor:currency:cadence:nonce}
 * @param challenge {@code <scheme>:<nonce>:<signature>}, the value sent to Siglume
 * @param challengeHash {@code sha256:} and the hex SHA-256 of the challenge
 */
public record RecurringDirectPaymentChallenge(String scheme, String merchant, long amountMinor, String currency,
        String cadence, String nonce, String signature, String challenge, String challengeHash) {
}
