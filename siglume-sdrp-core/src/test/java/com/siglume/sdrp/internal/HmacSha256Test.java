package com.siglume.sdrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

class HmacSha256Test {

    @Test
    void matchesTheRfc4231KnownAnswer() {
        // RFC 4231, test case 2.
        assertThat(HmacSha256.hmacHex("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void sha256IsPrefixedLowerCaseHex() {
        assertThat(HmacSha256.sha256Prefixed("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void utf8EncodesLikeTextEncoderReplacingUnpairedSurrogates() {
        assertThat(HmacSha256.utf8("a\u00e9\u79d8\ud83d\ude00"))
                .isEqualTo("a\u00e9\u79d8\ud83d\ude00".getBytes(StandardCharsets.UTF_8));
        assertThat(HmacSha256.utf8("\ud800x")).containsExactly(0xEF, 0xBF, 0xBD, 'x');
        assertThat(HmacSha256.utf8("x\udc00")).containsExactly('x', 0xEF, 0xBF, 0xBD);
        assertThat(HmacSha256.utf8("\ude00\ud83d")).containsExactly(0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD);
        assertThat(HmacSha256.utf8("\ud83d\ude00\ud83d")).containsExactly(0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBF, 0xBD);
        assertThat(HmacSha256.utf8("")).isEmpty();
    }

    @Test
    void equalsHexDecodesEitherCaseAndRefusesAnythingElse() {
        byte[] digest = {0x01, (byte) 0xab, (byte) 0xff};

        assertThat(HmacSha256.equalsHex(digest, "01abff")).isTrue();
        assertThat(HmacSha256.equalsHex(digest, "01ABFF")).isTrue();
        assertThat(HmacSha256.equalsHex(digest, "01abfe")).isFalse();
        assertThat(HmacSha256.equalsHex(digest, "01abf")).isFalse();
        assertThat(HmacSha256.equalsHex(digest, "01abff00")).isFalse();
        assertThat(HmacSha256.equalsHex(digest, "01abfg")).isFalse();
        assertThat(HmacSha256.equalsHex(digest, "\uff10\uff11abff")).isFalse();
        assertThat(HmacSha256.equalsHex(digest, null)).isFalse();
    }

    @Test
    void aCopiedMacComputesTheSameDigestIndependently() {
        byte[] key = "k".getBytes(StandardCharsets.US_ASCII);
        Mac prototype = HmacSha256.newMac(key);
        Mac copy = HmacSha256.copy(prototype, key);
        copy.update((byte) 1);

        assertThat(HmacSha256.HEX.formatHex(prototype.doFinal("m".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(HmacSha256.hmacHex(key, "m"));
        copy.reset();
        assertThat(copy.doFinal("m".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(HmacSha256.hmac(key, "m"));
    }
}
