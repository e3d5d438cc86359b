package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.challenge.ParsedDirectPaymentChallenge;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Challenge parsing and verification with arbitrary text, and the round trip create → verify
 * with arbitrary order values: typed errors only, and a created challenge always verifies for its
 * own order and never for a different amount.
 */
@Tag(FuzzTargets.TAG)
class DirectPaymentChallengesFuzzTest {

    private static final List<String> CURRENCIES = List.of("JPY", "USD", "jpy", " usd\u3000", "EUR", "", "JPYC");

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void parseVerifyAndCreateFailOnlyWithTypedErrors(FuzzedDataProvider data) {
        String secret = data.consumeString(40);
        String merchant = data.consumeBoolean() ? "shop-" + data.consumeAsciiString(12) : data.consumeString(30);
        long amount = data.consumeBoolean() ? data.consumeLong(1, 9_007_199_254_740_991L) : data.consumeLong();
        String currency = data.consumeBoolean() ? data.pickValue(CURRENCIES) : data.consumeString(6);
        String nonce = data.consumeBoolean() ? null : data.consumeString(40);
        String challenge = data.consumeRemainingAsString();

        try {
            ParsedDirectPaymentChallenge parsed = DirectPaymentChallenges.parse(challenge);
            assertThat(parsed.nonce()).isNotEmpty();
            assertThat(parsed.signature()).isNotEmpty();
        } catch (SdrpException invalid) {
            // typed refusal of a malformed challenge
        }
        try {
            DirectPaymentChallenges.verify(secret, merchant, amount, currency, challenge);
            DirectPaymentChallenges.challengeHash(challenge);
            DirectPaymentChallenges.requestHashV2(merchant, amount, currency, challenge);
        } catch (SdrpException invalid) {
            // typed refusal of invalid order values
        }
        DirectPaymentChallenge created;
        try {
            created = DirectPaymentChallenges.create(secret, merchant, amount, currency, nonce);
        } catch (SdrpException invalid) {
            return;
        }
        assertThat(DirectPaymentChallenges.verify(secret, merchant, amount, currency, created.challenge())).isTrue();
        assertThat(DirectPaymentChallenges.challengeHash(created.challenge())).isEqualTo(created.challengeHash());
        long otherAmount = amount == 1 ? 2 : amount - 1;
        assertThat(DirectPaymentChallenges.verify(secret, merchant, otherAmount, currency, created.challenge())).isFalse();
    }
}
