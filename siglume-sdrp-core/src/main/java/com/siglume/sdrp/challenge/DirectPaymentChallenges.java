package com.siglume.sdrp.challenge;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.EcmaJson;
import com.siglume.sdrp.internal.HmacSha256;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates and verifies payment challenges, and computes the challenge and request hashes.
 *
 * <p>A challenge binds an order's merchant, amount and currency to a nonce with the merchant's
 * challenge secret, so the Siglume API can tell that the merchant asked for exactly this
 * payment. Create one per order on the merchant server, store its
 * {@link DirectPaymentChallenge#challengeHash() challenge hash} with the order, and send the
 * challenge string with the payment requirement or checkout session.
 * <pre>{@code
 * DirectPaymentChallenge challenge = DirectPaymentChallenges.create(
 *         challengeSecret, "my_shop", 1200, "JPY", "order_123");
 * orders.saveChallengeHash("order_123", challenge.challengeHash());
 * }</pre>
 *
 * <p>Every input is normalised as the protocol says before it is signed or hashed: text is
 * trimmed (ECMAScript white space), the merchant lower-cased and checked, the currency
 * upper-cased and checked, the amount checked to be 1 to 2<sup>53</sup>&minus;1, the nonce
 * checked to be non-blank and free of {@code ':'}. The challenge secret is trimmed too and
 * must not be blank. Invalid input throws {@link SdrpValidationException}, whose message never
 * contains the secret. All methods are static and thread-safe.
 */
public final class DirectPaymentChallenges {

    private DirectPaymentChallenges() {
    }

    /**
     * Creates a one-time challenge for one order.
     *
     * @param secret the merchant's challenge secret
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param nonce a per-order nonce without {@code ':'} (the order id is a good choice), or
     *        {@code null} for a random UUID
     * @return the challenge
     * @throws SdrpValidationException when an input is invalid
     */
    public static DirectPaymentChallenge create(String secret, String merchant, long amountMinor, String currency,
            @Nullable String nonce) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        String normalizedNonce = nonce == null ? UUID.randomUUID().toString() : SdrpInputs.nonce(nonce);
        byte[] key = secretKey(secret);
        String signature = HmacSha256.hmacHex(key,
                oneTimeMaterial(normalizedMerchant, amount, normalizedCurrency, normalizedNonce));
        String challenge = Sdrp.CHALLENGE_SCHEME + ":" + normalizedNonce + ":" + signature;
        return new DirectPaymentChallenge(Sdrp.CHALLENGE_SCHEME, normalizedMerchant, amount, normalizedCurrency,
                normalizedNonce, signature, challenge, HmacSha256.sha256Prefixed(challenge));
    }

    /**
     * Creates the one-time challenge that approves a recurring authorization. The cadence is
     * signed too, so a one-time challenge can never stand in for a recurring one.
     *
     * @param secret the merchant's challenge secret
     * @param merchant the merchant key
     * @param amountMinor the amount per charge in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param cadence {@code monthly} (subscription) or {@code daily} (scheduled autopay), any case
     * @param nonce a nonce without {@code ':'}, or {@code null} for a random UUID
     * @return the challenge
     * @throws SdrpValidationException when an input is invalid
     */
    public static RecurringDirectPaymentChallenge createRecurring(String secret, String merchant, long amountMinor,
            String currency, String cadence, @Nullable String nonce) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        String normalizedCadence = SdrpInputs.recurringCadence(cadence);
        String normalizedNonce = nonce == null ? UUID.randomUUID().toString() : SdrpInputs.nonce(nonce);
        byte[] key = secretKey(secret);
        String signature = HmacSha256.hmacHex(key, recurringMaterial(normalizedMerchant, amount, normalizedCurrency,
                normalizedCadence, normalizedNonce));
        String challenge = Sdrp.RECURRING_CHALLENGE_SCHEME + ":" + normalizedNonce + ":" + signature;
        return new RecurringDirectPaymentChallenge(Sdrp.RECURRING_CHALLENGE_SCHEME, normalizedMerchant, amount,
                normalizedCurrency, normalizedCadence, normalizedNonce, signature, challenge,
                HmacSha256.sha256Prefixed(challenge));
    }

    /**
     * Checks that a one-time challenge was made with this secret for exactly this merchant,
     * amount and currency. The signature is compared in constant time, hex in either case.
     *
     * <p>The merchant, amount, currency and secret are this server's own values, so they are
     * checked first and an invalid one throws, on every call. The challenge comes from outside:
     * when it is missing, malformed, of another scheme (a recurring challenge included) or
     * carries a bad nonce, the answer is {@code false}, never an exception.
     *
     * @param secret the merchant's challenge secret
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param challenge the challenge string to check; may be anything, {@code null} included
     * @return {@code true} only when the challenge is genuine for these values
     * @throws SdrpValidationException when the secret, merchant, amount or currency is invalid
     */
    public static boolean verify(String secret, String merchant, long amountMinor, String currency,
            @Nullable String challenge) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        byte[] key = secretKey(secret);
        ParsedDirectPaymentChallenge parsed = parseOrNull(challenge, Sdrp.CHALLENGE_SCHEME);
        if (parsed == null) {
            return false;
        }
        byte[] expected = HmacSha256.hmac(key,
                oneTimeMaterial(normalizedMerchant, amount, normalizedCurrency, parsed.nonce()));
        return HmacSha256.equalsHex(expected, parsed.signature());
    }

    /**
     * Checks that a recurring challenge was made with this secret for exactly this merchant,
     * amount, currency and cadence. Inputs and results as for
     * {@link #verify(String, String, long, String, String)}; a one-time challenge gives
     * {@code false}.
     *
     * @param secret the merchant's challenge secret
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param cadence {@code monthly} or {@code daily}, any case
     * @param challenge the challenge string to check; may be anything, {@code null} included
     * @return {@code true} only when the challenge is genuine for these values
     * @throws SdrpValidationException when the secret, merchant, amount, currency or cadence is invalid
     */
    public static boolean verifyRecurring(String secret, String merchant, long amountMinor, String currency,
            String cadence, @Nullable String challenge) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        String normalizedCadence = SdrpInputs.recurringCadence(cadence);
        byte[] key = secretKey(secret);
        ParsedDirectPaymentChallenge parsed = parseOrNull(challenge, Sdrp.RECURRING_CHALLENGE_SCHEME);
        if (parsed == null) {
            return false;
        }
        byte[] expected = HmacSha256.hmac(key, recurringMaterial(normalizedMerchant, amount, normalizedCurrency,
                normalizedCadence, parsed.nonce()));
        return HmacSha256.equalsHex(expected, parsed.signature());
    }

    /**
     * Splits a challenge into scheme, nonce and signature. The challenge is trimmed first; it
     * must then be exactly three non-empty parts separated by {@code ':'}. The parts are
     * returned as written: nothing is verified.
     *
     * @param challenge the challenge string
     * @return its parts
     * @throws SdrpValidationException when the challenge is {@code null}, blank or not three non-empty parts
     */
    public static ParsedDirectPaymentChallenge parse(String challenge) {
        String value = SdrpInputs.required("challenge", challenge);
        int first = value.indexOf(':');
        int second = first < 0 ? -1 : value.indexOf(':', first + 1);
        if (second < 0 || value.indexOf(':', second + 1) >= 0) {
            throw new SdrpValidationException("challenge", "challenge must be scheme:nonce:signature");
        }
        if (first == 0 || second == first + 1 || second == value.length() - 1) {
            throw new SdrpValidationException("challenge", "challenge has an empty scheme, nonce or signature");
        }
        return new ParsedDirectPaymentChallenge(value.substring(0, first), value.substring(first + 1, second),
                value.substring(second + 1));
    }

    /**
     * Computes the challenge hash: {@code sha256:} and the hex SHA-256 of the trimmed challenge.
     *
     * @param challenge the challenge string
     * @return the challenge hash
     * @throws SdrpValidationException when the challenge is {@code null} or blank
     */
    public static String challengeHash(String challenge) {
        return HmacSha256.sha256Prefixed(SdrpInputs.required("challenge", challenge));
    }

    /**
     * Computes request hash v1: {@code sha256:} and the hex SHA-256 of the normalised merchant,
     * amount, currency and trimmed challenge written one after another with no separator.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param challenge the challenge string
     * @return the request hash
     * @throws SdrpValidationException when an input is invalid
     */
    public static String requestHash(String merchant, long amountMinor, String currency,
            @Nullable String challenge) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        String normalizedChallenge = SdrpInputs.required("challenge", challenge);
        return HmacSha256.sha256Prefixed(normalizedMerchant + amount + normalizedCurrency + normalizedChallenge);
    }

    /**
     * Computes request hash v2: {@code sha256:} and the hex SHA-256 of the compact JSON text
     * {@code {"amount_minor":N,"challenge":"...","currency":"...","merchant":"...","version":2}}
     * with the normalised values, keys in that order, strings escaped exactly as ECMAScript
     * {@code JSON.stringify} escapes them.
     *
     * @param merchant the merchant key
     * @param amountMinor the amount in minor units
     * @param currency {@code JPY} or {@code USD}, any case
     * @param challenge the challenge string
     * @return the request hash
     * @throws SdrpValidationException when an input is invalid
     */
    public static String requestHashV2(String merchant, long amountMinor, String currency,
            @Nullable String challenge) {
        String normalizedMerchant = SdrpInputs.merchant(merchant);
        long amount = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        String normalizedCurrency = SdrpInputs.currency(currency);
        String normalizedChallenge = SdrpInputs.required("challenge", challenge);
        StringBuilder json = new StringBuilder(96 + normalizedChallenge.length());
        json.append("{\"amount_minor\":").append(amount).append(",\"challenge\":");
        EcmaJson.appendQuoted(json, normalizedChallenge);
        json.append(",\"currency\":");
        EcmaJson.appendQuoted(json, normalizedCurrency);
        json.append(",\"merchant\":");
        EcmaJson.appendQuoted(json, normalizedMerchant);
        json.append(",\"version\":2}");
        return HmacSha256.sha256Prefixed(json.toString());
    }

    private static byte[] secretKey(String secret) {
        return HmacSha256.utf8(SdrpInputs.required("secret", secret));
    }

    /**
     * Parses a challenge from outside for verification: {@code null} unless it has the expected
     * scheme and a valid nonce. The nonce is normalised as when it was created.
     */
    private static @Nullable ParsedDirectPaymentChallenge parseOrNull(@Nullable String challenge, String expectedScheme) {
        try {
            ParsedDirectPaymentChallenge parsed = parse(challenge);
            if (!expectedScheme.equals(parsed.scheme())) {
                return null;
            }
            return new ParsedDirectPaymentChallenge(parsed.scheme(), SdrpInputs.nonce(parsed.nonce()),
                    parsed.signature());
        } catch (SdrpValidationException malformed) {
            return null;
        }
    }

    private static String oneTimeMaterial(String merchant, long amount, String currency, String nonce) {
        return merchant + ":" + amount + ":" + currency + ":" + nonce;
    }

    private static String recurringMaterial(String merchant, long amount, String currency, String cadence,
            String nonce) {
        return merchant + ":" + amount + ":" + currency + ":" + cadence + ":" + nonce;
    }
}
