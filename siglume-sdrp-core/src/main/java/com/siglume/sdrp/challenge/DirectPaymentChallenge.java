package com.siglume.sdrp.challenge;

/**
 * A one-time payment challenge, created by
 * {@link DirectPaymentChallenges#create(String, String, long, String, String)}.
 *
 * <p>Holds normalised values only, never the secret. Store {@link #challengeHash()} with the
 * order: the {@code direct_payment.confirmed} webhook names the order by it.
 *
 * @param scheme always {@code siglume-external-402-v1}
 * @param merchant the normalised (lower-case) merchant key
 * @param amountMinor the amount in minor units
 * @param currency {@code JPY} or {@code USD}
 * @param nonce the nonce that was signed
 * @param signature the hex HMAC-SHA256 of {@code merchant:amount_minor:currency:nonce}
 * @param challenge {@code <scheme>:<nonce>:<signature>}, the value sent to Siglume
 * @param challengeHash {@code sha256:} and the hex SHA-256 of the challenge
 */
public record DirectPaymentChallenge(String scheme, String merchant, long amountMinor, String currency, String nonce,
        String signature, String challenge, String challengeHash) {
}
