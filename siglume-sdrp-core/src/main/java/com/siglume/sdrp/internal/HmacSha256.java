package com.siglume.sdrp.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256, SHA-256 and text encoding primitives shared by challenges and webhooks.
 *
 * <p>Not part of the public API. Each call gets a new {@code Mac} or {@code MessageDigest} from
 * the provider. A per-thread cache was measured against this (MacCacheBenchmark, see
 * docs/performance.md): it saved nothing measurable on platform threads, and under virtual
 * threads, where every request is a new thread, it could only add its own bookkeeping.
 */
public final class HmacSha256 {

    /** Lower-case hex, as every digest in the protocol is written. */
    public static final HexFormat HEX = HexFormat.of();

    /** Length in bytes of an HMAC-SHA256 or SHA-256 digest. */
    public static final int DIGEST_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /**
     * Creates a new {@code Mac} bound to one key.
     *
     * @param key the key bytes; must not be empty
     * @return an initialised {@code Mac}, owned by the caller
     */
    public static Mac newMac(byte[] key) {
        Mac mac = newMac();
        init(mac, key);
        return mac;
    }

    /**
     * Copies an initialised {@code Mac}, keeping its key, without a provider lookup.
     *
     * @param prototype an initialised {@code Mac} that is not being updated
     * @param key the prototype's key, used when the provider cannot clone
     * @return an independent {@code Mac} with the same key
     */
    public static Mac copy(Mac prototype, byte[] key) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(key);
        }
    }

    /**
     * HMAC-SHA256 of a text message, encoded as {@link #utf8(String)} does.
     *
     * @param key the key bytes
     * @param message the message text
     * @return the 32-byte digest
     */
    public static byte[] hmac(byte[] key, String message) {
        return newMac(key).doFinal(utf8(message));
    }

    /**
     * HMAC-SHA256 of a text message, as lower-case hex.
     *
     * @param key the key bytes
     * @param message the message text
     * @return 64 hex characters
     */
    public static String hmacHex(byte[] key, String message) {
        return HEX.formatHex(hmac(key, message));
    }

    /**
     * SHA-256 of a text, as {@code sha256:} followed by lower-case hex.
     *
     * @param text the text, encoded as {@link #utf8(String)} does
     * @return the prefixed digest
     */
    public static String sha256Prefixed(String text) {
        return "sha256:" + HEX.formatHex(newSha256().digest(utf8(text)));
    }

    /**
     * Encodes text as UTF-8 the way the reference SDKs do (WHATWG {@code TextEncoder}): an
     * unpaired surrogate becomes U+FFFD.
     *
     * <p>{@link String#getBytes(java.nio.charset.Charset)} writes {@code '?'} instead, which
     * would sign or hash different bytes than the other side.
     *
     * @param text any string
     * @return its UTF-8 bytes
     */
    public static byte[] utf8(String text) {
        if (!hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            n = putUtf8(out, n, cp);
        }
        return java.util.Arrays.copyOf(out, n);
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
    public static boolean equalsHex(byte[] expected, @Nullable CharSequence candidateHex) {
        if (candidateHex == null) {
            return false;
        }
        byte[] candidate = new byte[expected.length];
        return decodeHex(candidateHex, 0, candidateHex.length(), candidate)
                && MessageDigest.isEqual(expected, candidate);
    }

    /**
     * Decodes hex (either case) from a region of text into a buffer of exactly the decoded size.
     *
     * @param text the text holding the hex
     * @param start first index of the hex, inclusive
     * @param end last index of the hex, exclusive
     * @param out receives the bytes; its length is the only size accepted
     * @return {@code false} when the region is not {@code 2 * out.length} hex digits
     */
    public static boolean decodeHex(CharSequence text, int start, int end, byte[] out) {
        if (end - start != out.length * 2) {
            return false;
        }
        for (int i = 0; i < out.length; i++) {
            int high = hexValue(text.charAt(start + 2 * i));
            int low = hexValue(text.charAt(start + 2 * i + 1));
            if (high < 0 || low < 0) {
                return false;
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return true;
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

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int putUtf8(byte[] out, int n, int cp) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | (cp >> 6));
            out[n++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | (cp >> 12));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[n++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            out[n++] = (byte) (0xF0 | (cp >> 18));
            out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[n++] = (byte) (0x80 | (cp & 0x3F));
        }
        return n;
    }

    private static void init(Mac mac, byte[] key) {
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
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
