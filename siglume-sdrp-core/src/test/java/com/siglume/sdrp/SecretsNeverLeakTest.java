package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Secrets, signatures and bodies never appear in toString() or exception messages. */
class SecretsNeverLeakTest {

    private static final String WEBHOOK_SECRET = "whsec_LEAK_CANARY_webhook_0001";
    private static final String OLD_WEBHOOK_SECRET = "whsec_LEAK_CANARY_webhook_0000";
    private static final String CHALLENGE_SECRET = "LEAK_CANARY_challenge_secret";
    private static final long T = 1_800_000_000L;

    @Test
    void verifierAndBuilderShowNoSecret() {
        WebhookVerifier.Builder builder = WebhookVerifier.builder().secret(WEBHOOK_SECRET)
                .additionalSecrets(List.of(OLD_WEBHOOK_SECRET));

        assertThat(builder.toString()).doesNotContain("LEAK_CANARY");
        assertThat(builder.build().toString()).doesNotContain("LEAK_CANARY").contains("secrets=2");
    }

    @Test
    void webhookErrorsNameNoSecretSignatureOrBody() {
        byte[] body = ("{\"id\":\"evt_LEAK_CANARY_body\",\"type\":\"t\",\"api_version\":\"v\",\"occurred_at\":\"o\","
                + "\"data\":{\"card\":\"LEAK_CANARY_body\"}").getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignatures.sign(WEBHOOK_SECRET, body, T);
        WebhookVerifier verifier = WebhookVerifier.builder().secret(WEBHOOK_SECRET)
                .additionalSecrets(List.of(OLD_WEBHOOK_SECRET))
                .clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC)).build();

        List<ThrowingCallable> failures = new ArrayList<>();
        failures.add(() -> verifier.verify(body, "t=" + T + ",v1=" + signature)); // payload: truncated JSON
        failures.add(() -> verifier.verify(body, "t=" + T + ",v1=" + signature.replace('a', 'b')));
        failures.add(() -> verifier.verify(body, "t=" + (T - 1000) + ",v1=" + signature));
        failures.add(() -> verifier.verify(body, "t=LEAK_CANARY,v1=" + signature));
        failures.add(() -> verifier.verify(body, "v1=" + signature));
        failures.add(() -> WebhookVerifier.builder().secret(" "));
        failures.add(() -> WebhookSignatures.sign(WEBHOOK_SECRET, null, T));
        for (ThrowingCallable failure : failures) {
            Throwable thrown = catchThrowable(failure);
            assertThat(thrown).isInstanceOf(SdrpException.class);
            assertThat(String.valueOf(thrown.getMessage()))
                    .doesNotContain("LEAK_CANARY")
                    .doesNotContain(signature.substring(0, 16));
            assertThat(thrown.toString()).doesNotContain("LEAK_CANARY");
            assertThat(thrown.getCause()).isNull();
        }
    }

    @Test
    void challengeErrorsAndRecordsNameNoSecret() {
        List<ThrowingCallable> failures = List.of(
                () -> DirectPaymentChallenges.create(CHALLENGE_SECRET, "bad merchant", 1, "JPY", "n"),
                () -> DirectPaymentChallenges.create(CHALLENGE_SECRET, "shop", 0, "JPY", "n"),
                () -> DirectPaymentChallenges.create(CHALLENGE_SECRET, "shop", 1, "EUR", "n"),
                () -> DirectPaymentChallenges.create(CHALLENGE_SECRET, "shop", 1, "JPY", "LEAK_CANARY:x"),
                () -> DirectPaymentChallenges.verify(CHALLENGE_SECRET, "shop", 1, "LEAK_CANARY", "c"),
                () -> DirectPaymentChallenges.parse("LEAK_CANARY"));
        for (ThrowingCallable failure : failures) {
            Throwable thrown = catchThrowable(failure);
            assertThat(thrown).isExactlyInstanceOf(SdrpValidationException.class);
            assertThat(thrown.getMessage()).doesNotContain("LEAK_CANARY");
        }
        assertThat(DirectPaymentChallenges.create(CHALLENGE_SECRET, "shop", 1, "JPY", "n").toString())
                .doesNotContain("LEAK_CANARY");
        assertThat(DirectPaymentChallenges.createRecurring(CHALLENGE_SECRET, "shop", 1, "JPY", "daily", "n").toString())
                .doesNotContain("LEAK_CANARY");
    }
}
