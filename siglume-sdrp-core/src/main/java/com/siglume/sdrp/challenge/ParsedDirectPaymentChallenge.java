package com.siglume.sdrp.challenge;

/**
 * The three parts of a challenge string, as returned by
 * {@link DirectPaymentChallenges#parse(String)}. Nothing here has been verified.
 *
 * @param scheme the scheme, for example {@code siglume-external-402-v1}
 * @param nonce the nonce, as written in the challenge
 * @param signature the signature hex, as written in the challenge
 */
public record ParsedDirectPaymentChallenge(String scheme, String nonce, String signature) {
}
