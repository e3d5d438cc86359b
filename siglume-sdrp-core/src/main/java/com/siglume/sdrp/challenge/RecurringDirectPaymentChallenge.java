package com.siglume.sdrp.challenge;

import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;

/**
 * A one-time approval of a recurring authorization, created by
 * {@link DirectPaymentChallenges#createRecurring(String, String, long, String, String, String)}.
 *
 * <p>Holds normalised values only, never the secret. Charges made later under the
 * authorization carry no challenge of their own. Immutable; equal when every value is.
 */
public final class RecurringDirectPaymentChallenge {

    private final Fields fields;

    RecurringDirectPaymentChallenge(String scheme, String merchant, long amountMinor, String currency, String cadence,
            String nonce, String signature, String challenge, String challengeHash) {
        this.fields = new Fields(scheme, merchant, amountMinor, currency, cadence, nonce, signature, challenge,
                challengeHash);
    }

    /** {@return always {@code siglume-external-402-recurring-v1}} */
    public String scheme() {
        return fields.scheme();
    }

    /** {@return the normalised (lower-case) merchant key} */
    public String merchant() {
        return fields.merchant();
    }

    /** {@return the amount in minor units} */
    public long amountMinor() {
        return fields.amountMinor();
    }

    /** {@return {@code JPY} or {@code USD}} */
    public String currency() {
        return fields.currency();
    }

    /** {@return {@code monthly} (subscription) or {@code daily} (scheduled autopay)} */
    public String cadence() {
        return fields.cadence();
    }

    /** {@return the nonce that was signed} */
    public String nonce() {
        return fields.nonce();
    }

    /** {@return the hex HMAC-SHA256 of {@code merchant:amount_minor:currency:cadence:nonce}} */
    public String signature() {
        return fields.signature();
    }

    /** {@return {@code <scheme>:<nonce>:<signature>}, the value sent to Siglume} */
    public String challenge() {
        return fields.challenge();
    }

    /** {@return {@code sha256:} and the hex SHA-256 of the challenge} */
    public String challengeHash() {
        return fields.challengeHash();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RecurringDirectPaymentChallenge that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /**
     * Describes the challenge, each value by its accessor name.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return ValueObjects.describe("RecurringDirectPaymentChallenge", fields);
    }

    /** Nine values, more than a public constructor should take: the class above only exposes them. */
    private record Fields(String scheme, String merchant, long amountMinor, String currency, String cadence,
            String nonce, String signature, String challenge, String challengeHash) {
    }
}
