package com.siglume.sdrp.webhook;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.HmacSha256;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * Computes {@code Siglume-Signature} values, as the Siglume API signs webhook deliveries.
 *
 * <p>Use it to sign deliveries in tests or in a stand-in sender. To check incoming deliveries,
 * use {@link WebhookVerifier}, which adds the timestamp tolerance and constant-time comparison.
 */
public final class WebhookSignatures {

    /** Longest signed prefix: 20 characters of {@code Long.MIN_VALUE} and the dot. */
    static final int MAX_PREFIX_LENGTH = 21;

    private WebhookSignatures() {
    }

    /**
     * Signs a raw body: hex HMAC-SHA256 with the secret over {@code "<timestamp>." + rawBody}.
     *
     * @param secret the webhook signing secret ({@code whsec_...}), used exactly as given
     * @param rawBody the exact body bytes that will be sent
     * @param timestamp unix seconds
     * @return 64 lower-case hex characters
     * @throws SdrpValidationException when the secret is {@code null} or blank or the body is {@code null}
     */
    public static String sign(String secret, byte[] rawBody, long timestamp) {
        byte[] key = requireSecret(secret);
        if (rawBody == null) {
            throw new SdrpValidationException("body", "body is required");
        }
        byte[] digest = new byte[HmacSha256.DIGEST_LENGTH];
        signInto(HmacSha256.newMac(key), new byte[MAX_PREFIX_LENGTH], rawBody, timestamp, digest);
        return HmacSha256.HEX.formatHex(digest);
    }

    /**
     * Builds the full header value, {@code t=<timestamp>,v1=<signature>}.
     *
     * @param secret the webhook signing secret, used exactly as given
     * @param rawBody the exact body bytes that will be sent
     * @param timestamp unix seconds
     * @return the {@code Siglume-Signature} header value
     * @throws SdrpValidationException when the secret is {@code null} or blank or the body is {@code null}
     */
    public static String header(String secret, byte[] rawBody, long timestamp) {
        return "t=" + timestamp + ",v1=" + sign(secret, rawBody, timestamp);
    }

    /**
     * Signs with a {@code Mac} already initialised with the key, writing the digest into
     * {@code digest}. The body is never copied or decoded, and nothing is allocated.
     */
    static void signInto(Mac mac, byte[] prefixBuffer, byte[] rawBody, long timestamp, byte[] digest) {
        int prefixLength = writeDecimal(timestamp, prefixBuffer);
        prefixBuffer[prefixLength++] = '.';
        mac.update(prefixBuffer, 0, prefixLength);
        mac.update(rawBody);
        try {
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("digest buffer is too small", e);
        }
    }

    /**
     * Returns the key bytes of a webhook secret. The secret is a key, not text input: it is used
     * exactly as given, never trimmed; a blank one can only be a configuration mistake.
     */
    static byte[] requireSecret(String secret) {
        return requireSecret("secret", secret);
    }

    /** As {@link #requireSecret(String)}, naming the field at fault. */
    static byte[] requireSecret(String field, String secret) {
        if (secret == null || SdrpInputs.trim(secret).isEmpty()) {
            throw new SdrpValidationException(field, "webhook signing secret is required");
        }
        return HmacSha256.utf8(secret);
    }

    /** Writes a long in ASCII decimal, as {@link Long#toString(long)} would, and returns the length. */
    private static int writeDecimal(long value, byte[] out) {
        if (value == Long.MIN_VALUE) {
            byte[] min = "-9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(min, 0, out, 0, min.length);
            return min.length;
        }
        int length = 0;
        long rest = value;
        if (rest < 0) {
            out[length++] = '-';
            rest = -rest;
        }
        int digits = 1;
        for (long scale = 10; digits < 19 && rest >= scale; scale *= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return length + digits;
    }
}
