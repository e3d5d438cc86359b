package com.siglume.sdrp.webhook;

import static com.siglume.sdrp.webhook.TestDeliveries.T;
import static com.siglume.sdrp.webhook.TestDeliveries.clockAt;
import static com.siglume.sdrp.webhook.TestDeliveries.clockAtMillis;
import static com.siglume.sdrp.webhook.TestDeliveries.eventBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

    private static final String SECRET = "whsec_current_0123456789";
    private static final byte[] BODY = eventBody("evt_1");
    private static final String SIGNATURE = WebhookSignatures.sign(SECRET, BODY, T);

    private static WebhookVerifier verifierAt(long now) {
        return WebhookVerifier.builder().secret(SECRET).clock(clockAt(now)).build();
    }

    @Test
    void acceptsAValidDeliveryAndReturnsTheEventAndTimestamp() {
        VerifiedWebhook verified = verifierAt(T).verify(BODY, "t=" + T + ",v1=" + SIGNATURE);

        assertThat(verified.event().id()).isEqualTo("evt_1");
        assertThat(verified.event().type()).isEqualTo("direct_payment.confirmed");
        assertThat(verified.event().data()).containsEntry("note", "caf\u00e9 \u2603");
        assertThat(verified.timestamp().getEpochSecond()).isEqualTo(T);
    }

    @Test
    void aVerifierIsReusable() {
        WebhookVerifier verifier = verifierAt(T);
        for (int i = 0; i < 5; i++) {
            byte[] body = eventBody("evt_" + i);
            assertThat(verifier.verify(body, WebhookSignatures.header(SECRET, body, T)).event().id())
                    .isEqualTo("evt_" + i);
            int attempt = i;
            assertThatThrownBy(() -> verifier.verify(eventBody("evt_other" + attempt),
                    WebhookSignatures.header(SECRET, body, T))).isInstanceOf(WebhookSignatureException.class);
        }
    }

    @Test
    void signsTheExactBytesSoAReserialisedBodyFails() {
        byte[] spaced = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifierAt(T).verify(spaced, "t=" + T + ",v1=" + SIGNATURE))
                .isExactlyInstanceOf(WebhookSignatureException.class)
                .hasMessage("webhook signature does not match");
    }

    @Test
    void aSignedButInvalidPayloadIsAPayloadErrorNotASignatureError() {
        byte[] notAnEvent = "{\"id\":\"evt\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifierAt(T).verify(notAnEvent, WebhookSignatures.header(SECRET, notAnEvent, T)))
                .isExactlyInstanceOf(WebhookPayloadException.class);
    }

    @Nested
    class Tolerance {

        @Test
        void exactly300SecondsPassesAnd301FailsInBothDirections() {
            String header = "t=" + T + ",v1=" + SIGNATURE;

            assertThat(verifierAt(T + 300).verify(BODY, header)).isNotNull();
            assertThat(verifierAt(T - 300).verify(BODY, header)).isNotNull();
            assertThatThrownBy(() -> verifierAt(T + 301).verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class)
                    .hasMessageContaining("tolerance");
            assertThatThrownBy(() -> verifierAt(T - 301).verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class)
                    .hasMessageContaining("tolerance");
        }

        @Test
        void theClockIsReadInWholeSeconds() {
            String header = "t=" + T + ",v1=" + SIGNATURE;
            WebhookVerifier almost301 = WebhookVerifier.builder().secret(SECRET)
                    .clock(clockAtMillis((T + 300) * 1000 + 999)).build();
            WebhookVerifier exactly301 = WebhookVerifier.builder().secret(SECRET)
                    .clock(clockAtMillis((T + 301) * 1000)).build();

            assertThat(almost301.verify(BODY, header)).isNotNull();
            assertThatThrownBy(() -> exactly301.verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void aCustomToleranceIsHonouredBothWays() {
            String header = "t=" + T + ",v1=" + SIGNATURE;
            WebhookVerifier.Builder oneSecond = WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofSeconds(1));

            assertThat(oneSecond.clock(clockAt(T + 1)).build().verify(BODY, header)).isNotNull();
            assertThat(oneSecond.clock(clockAt(T - 1)).build().verify(BODY, header)).isNotNull();
            assertThatThrownBy(() -> oneSecond.clock(clockAt(T + 2)).build().verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
            assertThatThrownBy(() -> oneSecond.clock(clockAt(T - 2)).build().verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void theDefaultIs300SecondsAndFractionsAreDropped() {
            assertThat(WebhookVerifier.builder().secret(SECRET).build().tolerance()).isEqualTo(Duration.ofSeconds(300));
            assertThat(WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofMillis(1500)).build().tolerance())
                    .isEqualTo(Duration.ofSeconds(1));
        }

        @Test
        void underOneSecondIsRefused() {
            assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofMillis(999)))
                    .isExactlyInstanceOf(SdrpValidationException.class)
                    .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("tolerance");
            assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ZERO))
                    .isExactlyInstanceOf(SdrpValidationException.class);
            assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-5)))
                    .isExactlyInstanceOf(SdrpValidationException.class);
        }

        @Test
        void extremeTimestampsAreRefusedWithoutOverflow() {
            WebhookVerifier unbounded = WebhookVerifier.builder().secret(SECRET)
                    .tolerance(Duration.ofSeconds(Long.MAX_VALUE)).clock(clockAt(T)).build();
            long farPast = -30_000_000_000_000_000L;
            String farPastHeader = WebhookSignatures.header(SECRET, BODY, farPast);
            String beyondInstant = WebhookSignatures.header(SECRET, BODY, -999_999_999_999_999_999L);

            assertThatThrownBy(() -> verifierAt(T).verify(BODY, farPastHeader))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("tolerance");
            // With an unbounded tolerance the window is everything, and the signature decides.
            assertThat(unbounded.verify(BODY, farPastHeader).timestamp().getEpochSecond()).isEqualTo(farPast);
            assertThatThrownBy(() -> unbounded.verify(BODY, beyondInstant))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("out of range");
        }
    }

    @Nested
    class Rotation {

        private final WebhookVerifier rotating = WebhookVerifier.builder()
                .secret("whsec_new")
                .additionalSecrets(List.of("whsec_old", "whsec_older"))
                .clock(clockAt(T))
                .build();

        @Test
        void anyConfiguredSecretVerifies() {
            for (String secret : List.of("whsec_new", "whsec_old", "whsec_older")) {
                assertThat(rotating.verify(BODY, WebhookSignatures.header(secret, BODY, T)).event().id())
                        .as(secret).isEqualTo("evt_1");
            }
        }

        @Test
        void aSecretThatIsNotConfiguredFails() {
            assertThatThrownBy(() -> rotating.verify(BODY, WebhookSignatures.header("whsec_unknown", BODY, T)))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void anyOfSeveralV1EntriesMayMatchInAnyPosition() {
            String good = WebhookSignatures.sign("whsec_old", BODY, T);
            String wrong = WebhookSignatures.sign("whsec_unknown", BODY, T);

            assertThat(rotating.verify(BODY, "t=" + T + ",v1=" + wrong + ",v1=" + good)).isNotNull();
            assertThat(rotating.verify(BODY, "v1=" + good + ",v1=" + wrong + ",t=" + T)).isNotNull();
            assertThat(rotating.verify(BODY, "t=" + T + ",v1=zz,v1=" + good.substring(2) + ",v1=" + good)).isNotNull();
            assertThatThrownBy(() -> rotating.verify(BODY, "t=" + T + ",v1=" + wrong + ",v1=" + wrong))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void aSenderSigningWithTwoSecretsPassesAVerifierThatKnowsOnlyOne() {
            WebhookVerifier onlyNew = WebhookVerifier.builder().secret("whsec_new").clock(clockAt(T)).build();
            String header = "t=" + T + ",v1=" + WebhookSignatures.sign("whsec_old", BODY, T)
                    + ",v1=" + WebhookSignatures.sign("whsec_new", BODY, T);

            assertThat(onlyNew.verify(BODY, header)).isNotNull();
        }

        @Test
        void duplicateSecretsAreCountedOnce() {
            WebhookVerifier verifier = WebhookVerifier.builder().secret("whsec_a")
                    .additionalSecrets(List.of("whsec_a", "whsec_b", "whsec_b")).build();

            assertThat(verifier.toString()).isEqualTo("WebhookVerifier[secrets=2, tolerance=PT5M]");
        }

        @Test
        void additionalSecretsReplaceEarlierOnes() {
            WebhookVerifier verifier = WebhookVerifier.builder().secret("whsec_a")
                    .additionalSecrets(List.of("whsec_b")).additionalSecrets(List.of()).clock(clockAt(T)).build();

            assertThatThrownBy(() -> verifier.verify(BODY, WebhookSignatures.header("whsec_b", BODY, T)))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }
    }

    @Nested
    class Header {

        private final WebhookVerifier verifier = verifierAt(T);

        @Test
        void itemsAndValuesAreTrimmedWithEcmaScriptWhiteSpace() {
            assertThat(verifier.verify(BODY, " t=" + T + " ,\tv1=" + SIGNATURE + "\u00a0")).isNotNull();
            assertThat(verifier.verify(BODY, "t= " + T + ",v1= " + SIGNATURE)).isNotNull();
            assertThat(verifier.verify(BODY, "\ufefft=" + T + ",v1=" + SIGNATURE + "\u3000")).isNotNull();
        }

        @Test
        void keysAreExactAndCaseSensitive() {
            assertThatThrownBy(() -> verifier.verify(BODY, "T=" + T + ",v1=" + SIGNATURE))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no t");
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",V1=" + SIGNATURE))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1");
            assertThatThrownBy(() -> verifier.verify(BODY, "t =" + T + ",v1=" + SIGNATURE))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no t");
        }

        @Test
        void unknownItemsAndItemsWithoutEqualsAreIgnored() {
            assertThat(verifier.verify(BODY, "v0=abc,t=" + T + ",,junk,scheme=x=y,v1=" + SIGNATURE + ",")).isNotNull();
        }

        @Test
        void aValueIsSplitAtTheFirstEqualsSign() {
            // "v1=<sig>=x" has the value "<sig>=x", which is not a signature.
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1=" + SIGNATURE + "=x"))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessage("webhook signature does not match");
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + "=1,v1=" + SIGNATURE))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("not an integer");
        }

        @Test
        void theTimestampMustBeOneInteger() {
            for (String t : List.of("", "abc", "1e9", "1800000000.0", "0x6b49d200", "\uff11\uff18",
                    "99999999999999999999", "-", "+")) {
                assertThatThrownBy(() -> verifier.verify(BODY, "t=" + t + ",v1=" + SIGNATURE))
                        .as("t=%s", t).isExactlyInstanceOf(WebhookSignatureException.class);
            }
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",t=" + T + ",v1=" + SIGNATURE))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("more than one t");
        }

        @Test
        void leadingZerosAndAPlusSignNameTheSameSecond() {
            assertThat(verifier.verify(BODY, "t=00" + T + ",v1=" + SIGNATURE)).isNotNull();
            assertThat(verifier.verify(BODY, "t=+" + T + ",v1=" + SIGNATURE)).isNotNull();
        }

        @Test
        void anEmptyV1DoesNotCount() {
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1="))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1");
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1=  "))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", ",", ",,,", "=", "t", "v1", "nonsense"})
        void aHeaderWithoutTIsRefused(String header) {
            assertThatThrownBy(() -> verifier.verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void hexIsComparedInEitherCaseButMustBeHex() {
            assertThat(verifier.verify(BODY, "t=" + T + ",v1=" + SIGNATURE.toUpperCase())).isNotNull();
            String fullWidth = SIGNATURE.substring(0, 63) + "\uff10";
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1=" + fullWidth))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
            assertThatThrownBy(() -> verifier.verify(BODY, "t=" + T + ",v1=" + SIGNATURE + "00"))
                    .isExactlyInstanceOf(WebhookSignatureException.class);
        }

        @Test
        void aLongHeaderOfEmptyItemsIsRefusedQuickly() {
            String header = ",".repeat(200_000) + "t=" + T;
            assertThatThrownBy(() -> verifier.verify(BODY, header))
                    .isExactlyInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1");
        }
    }

    @Test
    void theBuilderIsImmutable() {
        WebhookVerifier.Builder base = WebhookVerifier.builder().secret("whsec_a");
        WebhookVerifier.Builder rotated = base.additionalSecrets(List.of("whsec_b"));

        assertThat(base.build().toString()).contains("secrets=1");
        assertThat(rotated.build().toString()).contains("secrets=2");
    }

    @Test
    void aBuilderWithoutSecretCannotBuild() {
        assertThatThrownBy(() -> WebhookVerifier.builder().build())
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("secret");
    }

    @Test
    void toStringShowsOnlyTheSecretCountAndTolerance() {
        WebhookVerifier verifier = WebhookVerifier.builder().secret("whsec_top_secret_value")
                .additionalSecrets(List.of("whsec_previous_value")).tolerance(Duration.ofSeconds(90)).build();

        assertThat(verifier).hasToString("WebhookVerifier[secrets=2, tolerance=PT1M30S]");
        assertThat(WebhookVerifier.builder().secret("whsec_top_secret_value").toString())
                .doesNotContain("top_secret").contains("secret=set");
    }
}
