package com.siglume.sdrp.webhook;

import static com.siglume.sdrp.webhook.TestDeliveries.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Randomized properties of signing and verification. The seed is fixed so runs are
 * reproducible; pass {@code -Dsdrp.test.seed=<n>} to explore others. Every assertion names the
 * seed.
 */
class WebhookVerifierPropertiesTest {

    private static final long SEED = Long.getLong("sdrp.test.seed", 0x5d2b_2026_0611L);
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-!#$%&*()[]{}:;,.<>?/|~ \"\\\t\n";
    private static final String[] EXOTIC = {"\u00e9", "\u79d8\u5bc6", "\ud83d\ude00", "\u2028", "\u00a0", "\u0000"};

    private Random random;
    private String seedNote;

    @BeforeEach
    void seed(TestInfo test) {
        // Each test draws from its own stream, so one can be rerun alone with the same values.
        long seed = SEED ^ test.getDisplayName().hashCode();
        random = new Random(seed);
        seedNote = "sdrp.test.seed=" + SEED + " (test stream " + seed + ")";
        System.out.println(getClass().getSimpleName() + " " + test.getDisplayName() + ": " + seedNote);
    }

    @Test
    void signThenVerifyRoundTripsForRandomEventsSecretsAndTimes() {
        for (int i = 0; i < 400; i++) {
            String secret = randomSecret();
            // Ends in a plain character, so trimming leaves the id as sent.
            String id = "evt_" + randomText(1 + random.nextInt(24)) + "_end";
            byte[] body = randomEvent(id);
            long t = 1_000_000_000L + random.nextInt(1_000_000_000);
            long skew = random.nextInt(601) - 300;
            WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(clockAt(t + skew)).build();

            VerifiedWebhook verified = verifier.verify(body, WebhookSignatures.header(secret, body, t));

            assertThat(verified.event().id()).as(seedNote).isEqualTo(id);
            assertThat(verified.event().rawBytes()).as(seedNote).isEqualTo(body);
            assertThat(verified.timestamp().getEpochSecond()).as(seedNote).isEqualTo(t);
        }
    }

    @Test
    void arbitraryBytesAreSignedExactlySoOnlyTheirParseCanFail() {
        for (int i = 0; i < 300; i++) {
            String secret = randomSecret();
            byte[] body = new byte[random.nextInt(512)];
            random.nextBytes(body);
            long t = 1_700_000_000L + random.nextInt(100_000_000);
            WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(clockAt(t)).build();

            // The signature holds on raw binary, so the error is about the payload.
            assertThatThrownBy(() -> verifier.verify(body, WebhookSignatures.header(secret, body, t)))
                    .as(seedNote).isExactlyInstanceOf(WebhookPayloadException.class);
            assertThatThrownBy(() -> verifier.verify(body, WebhookSignatures.header(secret + "x", body, t)))
                    .as(seedNote).isExactlyInstanceOf(WebhookSignatureException.class);
        }
    }

    @Test
    void everySingleByteChangeOfTheBodyIsRejected() {
        for (int round = 0; round < 3; round++) {
            String secret = randomSecret();
            byte[] body = randomEvent("evt_" + round);
            long t = 1_800_000_000L + random.nextInt(1000);
            String header = WebhookSignatures.header(secret, body, t);
            WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(clockAt(t)).build();
            assertThat(verifier.verify(body, header)).isNotNull();

            for (int i = 0; i < body.length; i++) {
                byte[] changed = body.clone();
                changed[i] ^= (byte) (1 + random.nextInt(255));
                int position = i;
                assertThatThrownBy(() -> verifier.verify(changed, header))
                        .as("%s, byte %d", seedNote, position)
                        .isExactlyInstanceOf(WebhookSignatureException.class);
            }
            // A byte added or removed at either end is a change too.
            assertThatThrownBy(() -> verifier.verify(Arrays.copyOf(body, body.length - 1), header))
                    .as(seedNote).isExactlyInstanceOf(WebhookSignatureException.class);
            assertThatThrownBy(() -> verifier.verify(Arrays.copyOf(body, body.length + 1), header))
                    .as(seedNote).isExactlyInstanceOf(WebhookSignatureException.class);
            assertThatThrownBy(() -> verifier.verify(Arrays.copyOfRange(body, 1, body.length), header))
                    .as(seedNote).isExactlyInstanceOf(WebhookSignatureException.class);
        }
    }

    @Test
    void everyChangeOfATimestampDigitIsRejectedBySignature() {
        String secret = randomSecret();
        byte[] body = randomEvent("evt_ts");
        long t = 1_800_000_000L + random.nextInt(100_000_000);
        String signature = WebhookSignatures.sign(secret, body, t);
        String digits = Long.toString(t);

        for (int i = 0; i < digits.length(); i++) {
            for (char replacement = '0'; replacement <= '9'; replacement++) {
                if (replacement == digits.charAt(i)) {
                    continue;
                }
                String changed = digits.substring(0, i) + replacement + digits.substring(i + 1);
                // The clock follows the forged value, so only the signature can catch it.
                WebhookVerifier verifier = WebhookVerifier.builder().secret(secret)
                        .clock(clockAt(Long.parseLong(changed))).build();
                assertThatThrownBy(() -> verifier.verify(body, "t=" + changed + ",v1=" + signature))
                        .as("%s, t=%s", seedNote, changed)
                        .isExactlyInstanceOf(WebhookSignatureException.class)
                        .hasMessage("webhook signature does not match");
            }
        }
    }

    @Test
    void everySingleCharacterChangeOfTheSignatureIsRejected() {
        String secret = randomSecret();
        byte[] body = randomEvent("evt_sig");
        long t = 1_800_000_000L;
        String signature = WebhookSignatures.sign(secret, body, t);
        WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(clockAt(t)).build();
        String hex = "0123456789abcdef";

        for (int i = 0; i < signature.length(); i++) {
            int original = hex.indexOf(signature.charAt(i));
            for (int value = 0; value < 16; value++) {
                if (value == original) {
                    continue;
                }
                char replacement = random.nextBoolean() ? hex.charAt(value) : Character.toUpperCase(hex.charAt(value));
                String forged = signature.substring(0, i) + replacement + signature.substring(i + 1);
                assertThatThrownBy(() -> verifier.verify(body, "t=" + t + ",v1=" + forged))
                        .as("%s, v1=%s", seedNote, forged)
                        .isExactlyInstanceOf(WebhookSignatureException.class);
            }
            String nonHex = signature.substring(0, i) + "g" + signature.substring(i + 1);
            assertThatThrownBy(() -> verifier.verify(body, "t=" + t + ",v1=" + nonHex))
                    .as(seedNote).isExactlyInstanceOf(WebhookSignatureException.class);
        }
    }

    @Test
    void toleranceEdgesHoldForRandomTimesAndTolerances() {
        for (int i = 0; i < 200; i++) {
            String secret = randomSecret();
            byte[] body = randomEvent("evt_edge");
            long t = 1_000_000_000L + random.nextInt(1_000_000_000);
            long tolerance = i % 2 == 0 ? 300 : 1 + random.nextInt(10_000);
            String header = WebhookSignatures.header(secret, body, t);
            WebhookVerifier.Builder builder = WebhookVerifier.builder().secret(secret)
                    .tolerance(Duration.ofSeconds(tolerance));

            for (long edge : List.of(t + tolerance, t - tolerance, t)) {
                assertThat(builder.clock(clockAt(edge)).build().verify(body, header)).as(seedNote).isNotNull();
            }
            for (long outside : List.of(t + tolerance + 1, t - tolerance - 1)) {
                assertThatThrownBy(() -> builder.clock(clockAt(outside)).build().verify(body, header))
                        .as("%s, tolerance %d", seedNote, tolerance)
                        .isExactlyInstanceOf(WebhookSignatureException.class)
                        .hasMessageContaining("tolerance");
            }
        }
    }

    private byte[] randomEvent(String id) {
        String padding = random.nextBoolean() ? "" : " \n\t".substring(0, 1 + random.nextInt(3));
        String json = "{" + padding + "\"id\":" + quote(id) + ",\"type\":\"direct_payment.confirmed\","
                + "\"api_version\":\"2026-06-11\",\"occurred_at\":\"2026-06-11T00:00:00Z\"," + padding
                + "\"data\":{\"note\":" + quote(randomText(random.nextInt(80))) + ",\"amount_minor\":"
                + (1 + random.nextInt(1_000_000)) + ",\"ratio\":0." + random.nextInt(1000) + "}" + padding + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private String randomSecret() {
        return "whsec_" + randomText(1 + random.nextInt(40)).replace('\u0000', 'z').replace('\u2028', 'y')
                .replace('\u00a0', 'x');
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (random.nextInt(8) == 0) {
                text.append(EXOTIC[random.nextInt(EXOTIC.length)]);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
