package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdrpInputsTest {

    @Nested
    class EcmaScriptTrim {

        /** ECMAScript white space and line terminators, per the language specification. */
        private static final String ECMA_WHITE_SPACE = "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
                + "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

        @Test
        void trimsExactlyTheEcmaScriptSet() {
            for (char c = 0; c < 0xFFFF; c++) {
                boolean expected = ECMA_WHITE_SPACE.indexOf(c) >= 0;
                assertThat(SdrpInputs.isTrimmable(c)).as("U+%04X", (int) c).isEqualTo(expected);
            }
            assertThat(SdrpInputs.trim(ECMA_WHITE_SPACE + "x y" + ECMA_WHITE_SPACE)).isEqualTo("x y");
        }

        @ParameterizedTest
        @ValueSource(chars = {'\u00a0', '\u2007', '\u202f', '\ufeff'})
        void removesWhatJavaStripKeeps(char c) {
            String padded = c + "shop" + c;

            assertThat(padded.strip()).isEqualTo(padded);
            assertThat(SdrpInputs.trim(padded)).isEqualTo("shop");
            assertThat(SdrpInputs.merchant(padded)).isEqualTo("shop");
            assertThat(SdrpInputs.isPresent(String.valueOf(c))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(chars = {'\u001c', '\u001d', '\u001e', '\u001f'})
        void keepsWhatJavaStripRemoves(char c) {
            String padded = c + "shop" + c;

            assertThat(padded.strip()).isEqualTo("shop");
            assertThat(SdrpInputs.trim(padded)).isEqualTo(padded);
            assertThatThrownBy(() -> SdrpInputs.merchant(padded)).isExactlyInstanceOf(SdrpValidationException.class);
            assertThat(SdrpInputs.isPresent(String.valueOf(c))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(chars = {'\u0085', '\u180e', '\u200b', '\u200c', '\u2060'})
        void keepsWhatNeitherRemoves(char c) {
            assertThat(SdrpInputs.trim(c + "x" + c)).isEqualTo(c + "x" + c);
        }

        @Test
        void presenceIsANonBlankString() {
            assertThat(SdrpInputs.isPresent("x")).isTrue();
            assertThat(SdrpInputs.isPresent(" \u3000")).isFalse();
            assertThat(SdrpInputs.isPresent(null)).isFalse();
            assertThat(SdrpInputs.isPresent(42)).isFalse();
            assertThat(SdrpInputs.isPresent(Boolean.TRUE)).isFalse();
        }

        @Test
        void requiredAndOptional() {
            assertThat(SdrpInputs.required("name", "\u2028 value \u2029")).isEqualTo("value");
            assertThat(SdrpInputs.optional(" \u00a0")).isNull();
            assertThat(SdrpInputs.optional(null)).isNull();
            assertThat(SdrpInputs.optional(" v ")).isEqualTo("v");
            assertThatThrownBy(() -> SdrpInputs.required("name", "\ufeff"))
                    .isExactlyInstanceOf(SdrpValidationException.class)
                    .hasMessage("name is required");
        }
    }

    @Nested
    class Keys {

        @Test
        void merchantIsLowerCasedAndUpTo96Characters() {
            assertThat(SdrpInputs.merchant(" My.Shop_1-a ")).isEqualTo("my.shop_1-a");
            assertThat(SdrpInputs.merchant("a".repeat(96))).hasSize(96);
            for (String bad : List.of("a".repeat(97), ".shop", "_shop", "-shop", "sh op", "sh\u00f6p", "shop/1", "shop\n1")) {
                assertThatThrownBy(() -> SdrpInputs.merchant(bad)).as(bad)
                        .isExactlyInstanceOf(SdrpValidationException.class)
                        .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("merchant");
            }
        }

        @Test
        void selfServiceMerchantIs3To64WithoutDots() {
            assertThat(SdrpInputs.selfServiceMerchant("My_Shop-1")).isEqualTo("my_shop-1");
            assertThat(SdrpInputs.selfServiceMerchant("abc")).isEqualTo("abc");
            assertThat(SdrpInputs.selfServiceMerchant("a".repeat(64))).hasSize(64);
            for (String bad : List.of("ab", "a".repeat(65), "my.shop", "_shop")) {
                assertThatThrownBy(() -> SdrpInputs.selfServiceMerchant(bad)).as(bad)
                        .isExactlyInstanceOf(SdrpValidationException.class);
            }
        }

        @Test
        void enumeratedValuesAreCaseNormalised() {
            assertThat(SdrpInputs.currency(" usd ")).isEqualTo("USD");
            assertThat(SdrpInputs.currency("billing_currency", "jpy")).isEqualTo("JPY");
            assertThat(SdrpInputs.tokenSymbol("usdc")).isEqualTo("USDC");
            assertThat(SdrpInputs.defaultToken("jpy")).isEqualTo("JPYC");
            assertThat(SdrpInputs.defaultToken("USD")).isEqualTo("USDC");
            assertThat(SdrpInputs.planType("NANO")).isEqualTo("nano");
            assertThat(SdrpInputs.billingPlan(null)).isEqualTo("launch");
            assertThat(SdrpInputs.billingPlan(" ")).isEqualTo("launch");
            assertThat(SdrpInputs.billingPlan("Growth")).isEqualTo("growth");
            assertThat(SdrpInputs.recurringCadence("Daily")).isEqualTo("daily");
            assertThatThrownBy(() -> SdrpInputs.currency("billing_currency", "EUR"))
                    .isExactlyInstanceOf(SdrpValidationException.class)
                    .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("billing_currency");
        }

        @Test
        void positiveIntegersStopAtTwoToThe53MinusOne() {
            assertThat(SdrpInputs.positiveInteger("amount_minor", 1)).isEqualTo(1);
            assertThat(SdrpInputs.positiveInteger("amount_minor", 9_007_199_254_740_991L)).isEqualTo(Sdrp.MAX_AMOUNT_MINOR);
            assertThat(SdrpInputs.optionalPositiveInteger("limit", null)).isNull();
            for (long bad : new long[] {0, -1, 9_007_199_254_740_992L, Long.MAX_VALUE, Long.MIN_VALUE}) {
                assertThatThrownBy(() -> SdrpInputs.positiveInteger("amount_minor", bad))
                        .isExactlyInstanceOf(SdrpValidationException.class);
            }
        }

        @Test
        void allowedCurrenciesFromAListOrAMap() {
            assertThat(SdrpInputs.allowedCurrencies(List.of("usd", "JPY", "USD")))
                    .containsExactly(Map.entry("USD", "USDC"), Map.entry("JPY", "JPYC"));
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put(" jpy", "jpyc ");
            assertThat(SdrpInputs.allowedCurrencies(tokens)).containsExactly(Map.entry("JPY", "JPYC"));
            assertThatThrownBy(() -> SdrpInputs.allowedCurrencies(List.of()))
                    .isExactlyInstanceOf(SdrpValidationException.class);
            assertThatThrownBy(() -> SdrpInputs.allowedCurrencies(Map.of("JPY", "BTC")))
                    .isExactlyInstanceOf(SdrpValidationException.class);
        }
    }

    @Nested
    class Urls {

        @Test
        void httpsUrlsNeedAHostAndNoUserInfo() {
            assertThat(SdrpInputs.httpsUrl("webhook_callback_url", " https://shop.example.com/siglume/webhook "))
                    .isEqualTo("https://shop.example.com/siglume/webhook");
            assertThat(SdrpInputs.httpsUrl("webhook_callback_url", "HTTPS://my_shop.example.com:8443/hook"))
                    .isEqualTo("HTTPS://my_shop.example.com:8443/hook");
            for (String bad : List.of("http://shop.example.com/hook", "https://user:pw@shop.example.com/",
                    "https://user@my_shop.example.com/", "https:///path", "https:/shop", "/relative", "shop.example.com",
                    "https://shop.example.com:99999/", "https://sh op.example.com/", "ftp://shop.example.com/")) {
                assertThatThrownBy(() -> SdrpInputs.httpsUrl("webhook_callback_url", bad)).as(bad)
                        .isExactlyInstanceOf(SdrpValidationException.class)
                        .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("webhook_callback_url");
            }
        }

        @Test
        void returnUrlsAllowHttpOnlyOnLoopback() {
            for (String ok : List.of("https://shop.example.com/done", "http://localhost:3000/done",
                    "http://127.0.0.1/done", "http://[::1]:8080/done", "http://LOCALHOST/done")) {
                assertThat(SdrpInputs.returnUrl("success_url", ok)).isEqualTo(ok);
            }
            for (String bad : List.of("http://shop.example.com/", "http://localhost.evil.com/", "http://10.0.0.1/",
                    "javascript:alert(1)", "ftp://localhost/")) {
                assertThatThrownBy(() -> SdrpInputs.returnUrl("success_url", bad)).as(bad)
                        .isExactlyInstanceOf(SdrpValidationException.class);
            }
        }

        @Test
        void checkoutOriginsReduceToLowerCaseOriginsWithoutDefaultPortsOrDuplicates() {
            List<String> origins = SdrpInputs.checkoutOrigins(List.of("https://Shop.Example.com/cart?x=1",
                    "https://shop.example.com:443", "HTTP://localhost:3000/", "https://shop.example.com:8443/a",
                    "http://127.0.0.1:80/", "https://my_shop.example.com/"));

            assertThat(origins).containsExactly("https://shop.example.com", "http://localhost:3000",
                    "https://shop.example.com:8443", "http://127.0.0.1", "https://my_shop.example.com");
            assertThat(SdrpInputs.checkoutOrigins(null)).isEmpty();
            assertThatThrownBy(() -> SdrpInputs.checkoutOrigins(List.of("http://shop.example.com")))
                    .isExactlyInstanceOf(SdrpValidationException.class);
            assertThatThrownBy(() -> SdrpInputs.checkoutOrigins(Arrays.asList("https://a.example", null)))
                    .isExactlyInstanceOf(SdrpValidationException.class);
        }

        @Test
        void apiBaseUrlsLoseTrailingSlashes() {
            assertThat(SdrpInputs.apiBaseUrl("https://siglume.com/v1///")).isEqualTo("https://siglume.com/v1");
            assertThat(SdrpInputs.apiBaseUrl(" http://127.0.0.1:8787/v1/ ")).isEqualTo("http://127.0.0.1:8787/v1");
            assertThatThrownBy(() -> SdrpInputs.apiBaseUrl("http://siglume.com/v1"))
                    .isExactlyInstanceOf(SdrpValidationException.class)
                    .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("api_base");
        }
    }

    @Nested
    class WebhookSecret {

        /** The setting named in errors (a constant, so the build's secret scan does not take it for a secret). */
        private static final String SETTING = "siglume.webhook.secret";

        @Test
        void acceptsTheIssuedFormUnchanged() {
            assertThat(SdrpInputs.webhookSecret(SETTING, "whsec_0c9ba9523f1a5946"))
                    .isEqualTo("whsec_0c9ba9523f1a5946");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "whsec_", "0c9ba9523f1a5946", "WHSEC_abc", " whsec_abc", "whsec_abc ",
                "whsec_a\tb", "sk_live_whsec_abc"})
        void refusesAnythingElseWithoutEchoingIt(String secret) {
            assertThatThrownBy(() -> SdrpInputs.webhookSecret(SETTING, secret))
                    .isInstanceOfSatisfying(SdrpValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo(SETTING);
                        assertThat(e.getMessage()).contains(SETTING);
                        if (secret.strip().length() > SdrpInputs.WEBHOOK_SECRET_PREFIX.length()) {
                            assertThat(e.getMessage()).doesNotContain(secret.strip());
                        }
                    });
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> SdrpInputs.webhookSecret(SETTING, null))
                    .isInstanceOf(SdrpValidationException.class).hasMessageContaining(SETTING + " is required");
        }
    }
}
