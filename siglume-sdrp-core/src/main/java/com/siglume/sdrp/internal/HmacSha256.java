package com.siglume.sdrp.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and SHA-256 primitives shared by challenges and webhooks.
 *
 * <p>Not part of the public API. {@code Mac} and {@code MessageDigest} instances are looked up
 * once per thread and reused, since the provider lookup costs more than hashing a small body.
 */
public final class HmacSha256 {

    /** Lower-case hex, as every digest in the protocol is written. */
    public static final HexFormat HEX = HexFormat.of();

    private static final String ALGORITHM = "HmacSHA256";
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(HmacSha256::newMac);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(HmacSha256::newSha256);

    private HmacSha256() {
    }

    /**
     * Returns this thread's {@code Mac}, initialised with a key.
     *
     * @param key the key bytes; must not be empty
     * @return the initialised {@code Mac}, to be used before this thread asks again
     */
    public static Mac mac(byte[] key) {
        Mac mac = MAC.get();
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
        return mac;
    }

    /**
     * Creates a new {@code Mac} bound to one key, for callers that keep it per thread themselves.
     *
     * @param key the key bytes; must not be empty
     * @return an initialised {@code Mac}
     */
    public static Mac newMac(byte[] key) {
        Mac mac = newMac();
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
        return mac;
    }

    /**
     * HMAC-SHA256 of a UTF-8 message, as lower-case hex.
     *
     * @param key the key bytes
     * @param message the message text
     * @return 64 hex characters
     */
    public static String hmacHex(byte[] key, String message) {
        return HEX.formatHex(mac(key).doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 of a UTF-8 text, as {@code sha256:} followed by lower-case hex.
     *
     * @param text the text
     * @return the prefixed digest
     */
    public static String sha256Prefixed(String text) {
        MessageDigest digest = SHA256.get();
        return "sha256:" + HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Constant-time comparison of an expected digest with a hex string from outside.
     *
     * <p>The hex is decoded first (either case); bad hex or a different length compares
     * unequal. The time taken does not depend on where the bytes differ.
     *
     * @param expected the digest computed here
     * @param candidateHex hex from a header or challenge; may be {@code null}
     * @return {@code true} when they are the same bytes
     */
    public static boolean equalsHex(byte[] expected, CharSequence candidateHex) {
        if (candidateHex == null || candidateHex.length() != expected.length * 2) {
            return false;
        }
        byte[] candidate = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            int high = hexValue(candidateHex.charAt(2 * i));
            int low = hexValue(candidateHex.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                return false;
            }
            candidate[i] = (byte) ((high << 4) | low);
        }
        return MessageDigest.isEqual(expected, candidate);
    }

    // ASCII only: Character.digit would also accept full-width and other Unicode digits.
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
