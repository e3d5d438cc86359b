package com.siglume.sdrp.webhook;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * Computes {@code Siglume-Signature} values, as the Siglume API signs webhook deliveries.
 *
 * <p>Use it to sign deliveries in tests or in a stand-in sender. To check incoming deliveries,
 * use {@link WebhookVerifier}, which adds the timestamp tolerance and constant-time comparison.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /**
     * Signs a raw body: hex HMAC-SHA256 with the secret over {@code "<timestamp>." + rawBody}.
     *
     * @param secret the webhook signing secret ({@code whsec_...}), used exactly as given
     * @param rawBody the exact body bytes that will be sent
     * @param timestamp unix seconds
     * @return 64 lower-case hex characters
     * @throws SdrpValidationException when the secret is empty or the body is {@code null}
     */
    public static String sign(String secret, byte[] rawBody, long timestamp) {
        return HmacSha256.HEX.formatHex(signBytes(requireSecret(secret), rawBody, timestamp));
    }

    /**
     * Builds the full header value, {@code t=<timestamp>,v1=<signature>}.
     *
     * @param secret the webhook signing secret, used exactly as given
     * @param rawBody the exact body bytes that will be sent
     * @param timestamp unix seconds
     * @return the {@code Siglume-Signature} header value
     * @throws SdrpValidationException when the secret is empty or the body is {@code null}
     */
    public static String header(String secret, byte[] rawBody, long timestamp) {
        return "t=" + timestamp + ",v1=" + sign(secret, rawBody, timestamp);
    }

    /** Signs with this thread's {@code Mac}; the body is never copied or decoded. */
    static byte[] signBytes(byte[] key, byte[] rawBody, long timestamp) {
        if (rawBody == null) {
            throw new SdrpValidationException("body", "body is required");
        }
        return signWith(HmacSha256.mac(key), rawBody, timestamp);
    }

    /** Signs with a {@code Mac} already initialised with the key. */
    static byte[] signWith(Mac mac, byte[] rawBody, long timestamp) {
        mac.update(Long.toString(timestamp).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '.');
        mac.update(rawBody);
        return mac.doFinal();
    }

    /** The secret is a key, not text input: it is used as given, never trimmed. */
    static byte[] requireSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new SdrpValidationException("secret", "webhook signing secret is required");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
