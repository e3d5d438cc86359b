package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdrpTest {

    @Test
    void theVersionIsTheBuiltOneAndNamesTheUserAgent() {
        assertThat(Sdrp.version()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
        assertThat(Sdrp.userAgent()).isEqualTo("siglume-sdrp-java/" + Sdrp.version());
    }

    @Test
    void constantsMatchTheProtocol() {
        assertThat(Sdrp.CHALLENGE_SCHEME).isEqualTo("siglume-external-402-v1");
        assertThat(Sdrp.RECURRING_CHALLENGE_SCHEME).isEqualTo("siglume-external-402-recurring-v1");
        assertThat(Sdrp.DEFAULT_WEBHOOK_TOLERANCE_SECONDS).isEqualTo(300);
        assertThat(Sdrp.MAX_AMOUNT_MINOR).isEqualTo((1L << 53) - 1);
        assertThat(Sdrp.SIGNATURE_HEADER).isEqualTo("Siglume-Signature");
    }
}
