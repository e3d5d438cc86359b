package com.siglume.sdrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are what ECMAScript {@code JSON.stringify} returns for the same strings. */
class EcmaJsonTest {

    @Test
    void quotesAndBackslashesGetABackslash() {
        assertThat(EcmaJson.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }

    @Test
    void fiveControlCharactersUseShortEscapes() {
        assertThat(EcmaJson.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    }

    @Test
    void otherControlCharactersUseLowerCaseUnicodeEscapes() {
        assertThat(EcmaJson.quote("\u0000\u0001\u0007\u000b\u000e\u001a\u001f"))
                .isEqualTo("\"\\u0000\\u0001\\u0007\\u000b\\u000e\\u001a\\u001f\"");
    }

    @Test
    void everythingElseIsWrittenAsIs() {
        String text = " /<>&'\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff\u79d8\ud83d\ude00";
        assertThat(EcmaJson.quote(text)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void unpairedSurrogatesAreEscapedInLowerCase() {
        assertThat(EcmaJson.quote("\ud800lone")).isEqualTo("\"\\ud800lone\"");
        assertThat(EcmaJson.quote("end\udbff")).isEqualTo("\"end\\udbff\"");
        assertThat(EcmaJson.quote("\udc00x")).isEqualTo("\"\\udc00x\"");
        // Low before high is two unpaired surrogates, not a pair.
        assertThat(EcmaJson.quote("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
        assertThat(EcmaJson.quote("\ud83d\ud83d\ude00")).isEqualTo("\"\\ud83d\ud83d\ude00\"");
    }

    @Test
    void theEmptyStringIsTwoQuotes() {
        assertThat(EcmaJson.quote("")).isEqualTo("\"\"");
    }
}
