package com.siglume.sdrp.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectPaymentChallengesTest {

    private static final String SECRET = "challenge_secret_42";

    @Test
    void aChallengeForAnOrderVerifiesForExactlyThatOrder() {
        DirectPaymentChallenge challenge = DirectPaymentChallenges.create(SECRET, "My_Shop", 1200, "jpy", "order_123");

        assertThat(challenge.merchant()).isEqualTo("my_shop");
        assertThat(challenge.currency()).isEqualTo("JPY");
        assertThat(challenge.nonce()).isEqualTo("order_123");
        assertThat(challenge.challenge())
                .isEqualTo(Sdrp.CHALLENGE_SCHEME + ":order_123:" + challenge.signature())
                .matches("siglume-external-402-v1:order_123:[0-9a-f]{64}");
        assertThat(challenge.challengeHash()).isEqualTo(DirectPaymentChallenges.challengeHash(challenge.challenge()));

        String value = challenge.challenge();
        assertThat(DirectPaymentChallenges.verify(SECRET, "my_shop", 1200, "JPY", value)).isTrue();
        assertThat(DirectPaymentChallenges.verify(SECRET, " MY_SHOP ", 1200, " Jpy ", " " + value + "\n")).isTrue();
        assertThat(DirectPaymentChallenges.verify(SECRET, "my_shop", 1201, "JPY", value)).isFalse();
        assertThat(DirectPaymentChallenges.verify(SECRET, "my_shop", 1200, "USD", value)).isFalse();
        assertThat(DirectPaymentChallenges.verify(SECRET, "other_shop", 1200, "JPY", value)).isFalse();
        assertThat(DirectPaymentChallenges.verify(SECRET + "x", "my_shop", 1200, "JPY", value)).isFalse();
    }

    @Test
    void theSecretIsTrimmedLikeEveryOtherTextInput() {
        DirectPaymentChallenge plain = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", "n1");
        DirectPaymentChallenge padded = DirectPaymentChallenges.create("\u00a0" + SECRET + " \n", "shop", 10, "USD", "n1");

        assertThat(padded).isEqualTo(plain);
        assertThat(DirectPaymentChallenges.verify(" " + SECRET, "shop", 10, "USD", plain.challenge())).isTrue();
    }

    @Test
    void aNullNonceBecomesARandomUuid() {
        DirectPaymentChallenge first = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", null);
        DirectPaymentChallenge second = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", null);

        assertThat(UUID.fromString(first.nonce()).toString()).isEqualTo(first.nonce());
        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(DirectPaymentChallenges.verify(SECRET, "shop", 10, "USD", first.challenge())).isTrue();
        RecurringDirectPaymentChallenge recurring =
                DirectPaymentChallenges.createRecurring(SECRET, "shop", 10, "USD", "monthly", null);
        assertThat(UUID.fromString(recurring.nonce()).toString()).isEqualTo(recurring.nonce());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000", "a:b", ":"})
    void aGivenNonceMustBeNonBlankWithoutColon(String nonce) {
        assertThatThrownBy(() -> DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", nonce))
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("nonce");
    }

    @Test
    void recurringAndOneTimeChallengesNeverStandInForEachOther() {
        RecurringDirectPaymentChallenge monthly =
                DirectPaymentChallenges.createRecurring(SECRET, "shop", 980, "JPY", "MONTHLY", "sub_1");
        DirectPaymentChallenge once = DirectPaymentChallenges.create(SECRET, "shop", 980, "JPY", "sub_1");

        assertThat(monthly.cadence()).isEqualTo("monthly");
        assertThat(monthly.scheme()).isEqualTo(Sdrp.RECURRING_CHALLENGE_SCHEME);
        assertThat(DirectPaymentChallenges.verifyRecurring(SECRET, "shop", 980, "JPY", "monthly", monthly.challenge()))
                .isTrue();
        assertThat(DirectPaymentChallenges.verifyRecurring(SECRET, "shop", 980, "JPY", "daily", monthly.challenge()))
                .isFalse();
        assertThat(DirectPaymentChallenges.verify(SECRET, "shop", 980, "JPY", monthly.challenge())).isFalse();
        assertThat(DirectPaymentChallenges.verifyRecurring(SECRET, "shop", 980, "JPY", "monthly", once.challenge()))
                .isFalse();
        // Same nonce, same values: the scheme and cadence still make the signatures differ.
        assertThat(monthly.signature()).isNotEqualTo(once.signature());
        String swapped = Sdrp.CHALLENGE_SCHEME + ":sub_1:" + monthly.signature();
        assertThat(DirectPaymentChallenges.verify(SECRET, "shop", 980, "JPY", swapped)).isFalse();
    }

    @Test
    void signatureHexIsComparedInEitherCase() {
        DirectPaymentChallenge challenge = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", "n");
        String upper = Sdrp.CHALLENGE_SCHEME + ":n:" + challenge.signature().toUpperCase();

        assertThat(DirectPaymentChallenges.verify(SECRET, "shop", 10, "USD", upper)).isTrue();
    }

    @Test
    void aMalformedOrForeignChallengeVerifiesFalseAndNeverThrows() {
        DirectPaymentChallenge good = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", "n");
        String signature = good.signature();
        List<String> bad = Arrays.asList(null, "", "   ", "garbage", "a:b", "a:b:c:d",
                Sdrp.CHALLENGE_SCHEME + "::" + signature,
                Sdrp.CHALLENGE_SCHEME + ": :" + signature,
                Sdrp.CHALLENGE_SCHEME + ":n:",
                ":n:" + signature,
                Sdrp.CHALLENGE_SCHEME.toUpperCase() + ":n:" + signature,
                Sdrp.CHALLENGE_SCHEME + ":n:" + signature.substring(2),
                Sdrp.CHALLENGE_SCHEME + ":n:" + signature + "00",
                Sdrp.CHALLENGE_SCHEME + ":n:" + signature.substring(0, 62) + "zz",
                Sdrp.CHALLENGE_SCHEME + ":n:" + signature + ":extra",
                "other-scheme:n:" + signature);

        for (String challenge : bad) {
            assertThat(DirectPaymentChallenges.verify(SECRET, "shop", 10, "USD", challenge)).as(challenge).isFalse();
            assertThat(DirectPaymentChallenges.verifyRecurring(SECRET, "shop", 10, "USD", "monthly", challenge))
                    .as(challenge).isFalse();
        }
    }

    @Test
    void theVerifiersOwnInputsAreCheckedFirstAndThrowEvenForAForeignChallenge() {
        // Misconfiguration must show on every call, not only when a well-formed challenge arrives.
        assertThatThrownBy(() -> DirectPaymentChallenges.verify(" ", "shop", 10, "USD", "garbage"))
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("secret");
        assertThatThrownBy(() -> DirectPaymentChallenges.verify(SECRET, "-shop", 10, "USD", "other:n:00"))
                .isExactlyInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> DirectPaymentChallenges.verify(SECRET, "shop", 0, "USD", null))
                .isExactlyInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> DirectPaymentChallenges.verifyRecurring(SECRET, "shop", 10, "USD", "weekly", "x"))
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("cadence");
    }

    @Test
    void parseSplitsTheTrimmedChallengeIntoThreeParts() {
        ParsedDirectPaymentChallenge parsed = DirectPaymentChallenges.parse("  scheme-x:\u00fcn\u00ef c\u00f8d\u00e9:ABC\n");

        assertThat(parsed).isEqualTo(new ParsedDirectPaymentChallenge("scheme-x", "\u00fcn\u00ef c\u00f8d\u00e9", "ABC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "a:b", "a:b:c:d", ":b:c", "a::c", "a:b:", "::", ":::"})
    void parseRefusesAnythingButThreeNonEmptyParts(String challenge) {
        assertThatThrownBy(() -> DirectPaymentChallenges.parse(challenge))
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("challenge");
    }

    @Test
    void requestHashesUseTheNormalisedValuesAndTheTrimmedChallenge() {
        String challenge = DirectPaymentChallenges.create(SECRET, "shop", 10, "USD", "n").challenge();

        assertThat(DirectPaymentChallenges.requestHash(" SHOP ", 10, "usd", " " + challenge + " "))
                .isEqualTo(DirectPaymentChallenges.requestHash("shop", 10, "USD", challenge))
                .startsWith("sha256:").hasSize(71);
        assertThat(DirectPaymentChallenges.requestHashV2(" SHOP ", 10, "usd", " " + challenge + " "))
                .isEqualTo(DirectPaymentChallenges.requestHashV2("shop", 10, "USD", challenge))
                .isNotEqualTo(DirectPaymentChallenges.requestHash("shop", 10, "USD", challenge));
    }

    @Test
    void requestHashV2HashesTheCompactJsonText() {
        // SHA-256 of {"amount_minor":1,"challenge":"c","currency":"JPY","merchant":"m","version":2}
        assertThat(DirectPaymentChallenges.requestHashV2("m", 1, "JPY", "c"))
                .isEqualTo("sha256:" + sha256Hex("{\"amount_minor\":1,\"challenge\":\"c\",\"currency\":\"JPY\","
                        + "\"merchant\":\"m\",\"version\":2}"));
        // The trailing U+2028 is trimmed away; the inner one is written as is.
        assertThat(DirectPaymentChallenges.requestHashV2("m", Sdrp.MAX_AMOUNT_MINOR, "JPY", "q\"\u001f\u2028z\u2028"))
                .isEqualTo("sha256:" + sha256Hex("{\"amount_minor\":9007199254740991,\"challenge\":\"q\\\"\\u001f\u2028z\","
                        + "\"currency\":\"JPY\",\"merchant\":\"m\",\"version\":2}"));
    }

    @Test
    void theRecordsHoldNoSecret() {
        String secret = "s3cr3t-value-that-must-not-leak";
        DirectPaymentChallenge once = DirectPaymentChallenges.create(secret, "shop", 10, "USD", "n");
        RecurringDirectPaymentChallenge recurring =
                DirectPaymentChallenges.createRecurring(secret, "shop", 10, "USD", "daily", "n");

        assertThat(once.toString()).doesNotContain(secret);
        assertThat(recurring.toString()).doesNotContain(secret);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
