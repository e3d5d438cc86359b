package com.siglume.sdrp.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subscription matches the shop's webhook URL as parsed URLs, not as text. */
class SameUrlTest {

    @Test
    void comparesParsedUrls() {
        assertThat(ApiChecks.sameUrl("https://Shop.Example.com/siglume/webhook",
                "https://shop.example.com:443/siglume/webhook")).isTrue();
        assertThat(ApiChecks.sameUrl("http://127.0.0.1:8080", "http://127.0.0.1:8080/")).isTrue();
        assertThat(ApiChecks.sameUrl("https://shop.example.com/siglume/webhook",
                "https://shop.example.com/siglume/webhook/")).isFalse();
        assertThat(ApiChecks.sameUrl("http://localhost:8080/siglume/webhook",
                "http://127.0.0.1:8080/siglume/webhook")).isFalse();
        assertThat(ApiChecks.sameUrl("https://shop.example.com/a?x=1", "https://shop.example.com/a?x=2")).isFalse();
        assertThat(ApiChecks.sameUrl(null, "https://shop.example.com/")).isFalse();
        assertThat(ApiChecks.sameUrl("not a url", "not a url")).isFalse();
    }

    @Test
    void statusRules() {
        assertThat(SiglumeChecks.isActiveLike(" Completed ")).isTrue();
        assertThat(SiglumeChecks.isActiveLike("pending")).isFalse();
        assertThat(SiglumeChecks.isMerchantStatusAllowed("READY")).isTrue();
        assertThat(SiglumeChecks.isMerchantStatusAllowed("enabled")).isFalse();
    }
}
