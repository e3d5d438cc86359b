package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * {@link WebhookVerifier#verify} with arbitrary signature headers and bodies, and with bodies
 * signed correctly at arbitrary times, so that the fuzzer reaches the event parser behind a
 * valid signature too.
 */
@Tag(FuzzTargets.TAG)
class WebhookVerifierFuzzTest {

    private static final String SECRET = "whsec_fuzz_current";
    private static final String PREVIOUS_SECRET = "whsec_fuzz_previous";
    private static final long NOW = 1_800_000_000L;
    private static final long TOLERANCE_SECONDS = 300;
    private static final WebhookVerifier VERIFIER = WebhookVerifier.builder().secret(SECRET)
            .additionalSecrets(List.of(PREVIOUS_SECRET))
            .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
            .build();

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void onlyCorrectlySignedFreshBodiesPassAndEveryFailureIsTyped(FuzzedDataProvider data) {
        int shape = data.consumeInt(0, 3);
        long timestamp = NOW + data.consumeLong(-2 * TOLERANCE_SECONDS, 2 * TOLERANCE_SECONDS);
        String arbitrary = data.consumeString(400);
        byte[] body = data.consumeRemainingAsBytes();
        boolean signedCorrectly = shape == 1 || shape == 2;
        String header = switch (shape) {
            // Anything at all: no header the fuzzer writes can carry a valid HMAC of the body.
            case 0 -> arbitrary;
            // Correct signature with the current secret, with arbitrary items around it.
            case 1 -> arbitrary + "," + WebhookSignatures.header(SECRET, body, timestamp) + "," + arbitrary;
            // Correct signature with the previous secret only, as during a rotation.
            case 2 -> "t=" + timestamp + ",v1=" + WebhookSignatures.sign(PREVIOUS_SECRET, body, timestamp);
            // The right digest under another timestamp than the signed one.
            default -> "t=" + (timestamp + 1) + ",v1=" + WebhookSignatures.sign(SECRET, body, timestamp);
        };
        boolean fresh = Math.abs(timestamp - NOW) <= TOLERANCE_SECONDS;
        try {
            VerifiedWebhook verified = VERIFIER.verify(body, header);
            assertThat(signedCorrectly).as("accepted a header that does not sign the body").isTrue();
            assertThat(fresh).as("accepted a stale or future timestamp").isTrue();
            assertThat(verified.event().rawBytes()).isEqualTo(body);
            FuzzTargets.checkEvent(verified.event());
        } catch (WebhookPayloadException invalidBody) {
            // Only a body whose signature held reaches the parser.
            assertThat(signedCorrectly && fresh).as("payload error before the signature held").isTrue();
        } catch (WebhookSignatureException refused) {
            // A correctly signed fresh body is never refused as a signature failure... unless the
            // arbitrary items around it break the header (a second t, say).
            if (shape == 2 && fresh) {
                throw new AssertionError("refused a delivery signed with an additional secret", refused);
            }
        }
    }
}
