package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the protocol layer and of {@link SdrpInputs}, given {@code null} or
 * malformed input, throws its documented exception type: never a
 * {@code NullPointerException}, {@code IllegalArgumentException}, {@code NumberFormatException}
 * or other runtime exception.
 */
class InvalidInputContractTest {

    private static final Class<SdrpValidationException> VALIDATION = SdrpValidationException.class;
    private static final Class<WebhookSignatureException> SIGNATURE = WebhookSignatureException.class;
    private static final Class<WebhookPayloadException> PAYLOAD = WebhookPayloadException.class;
    private static final String S = "secret";
    private static final long T = 1_800_000_000L;
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final String CHALLENGE = DirectPaymentChallenges.create(S, "shop", 1, "JPY", "n").challenge();

    private record Row(String name, ThrowingCallable call, Class<? extends SdrpException> expected) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static void row(String name, Class<? extends SdrpException> expected, ThrowingCallable call) {
        ROWS.add(new Row(name, call, expected));
    }

    static {
        // DirectPaymentChallenges.create / createRecurring
        row("create null secret", VALIDATION, () -> DirectPaymentChallenges.create(null, "shop", 1, "JPY", "n"));
        row("create blank secret", VALIDATION, () -> DirectPaymentChallenges.create(" \u3000", "shop", 1, "JPY", "n"));
        row("create null merchant", VALIDATION, () -> DirectPaymentChallenges.create(S, null, 1, "JPY", "n"));
        row("create bad merchant", VALIDATION, () -> DirectPaymentChallenges.create(S, "has space", 1, "JPY", "n"));
        row("create zero amount", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", 0, "JPY", "n"));
        row("create negative amount", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", -1, "JPY", "n"));
        row("create amount 2^53", VALIDATION,
                () -> DirectPaymentChallenges.create(S, "shop", 9_007_199_254_740_992L, "JPY", "n"));
        row("create null currency", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", 1, null, "n"));
        row("create unknown currency", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", 1, "EUR", "n"));
        row("create empty nonce", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", 1, "JPY", ""));
        row("create nonce with colon", VALIDATION, () -> DirectPaymentChallenges.create(S, "shop", 1, "JPY", "a:b"));
        row("createRecurring null cadence", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, "shop", 1, "JPY", null, "n"));
        row("createRecurring unknown cadence", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, "shop", 1, "JPY", "weekly", "n"));
        row("createRecurring null secret", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(null, "shop", 1, "JPY", "daily", "n"));
        row("createRecurring null merchant", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, null, 1, "JPY", "daily", "n"));
        row("createRecurring bad amount", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, "shop", 0, "JPY", "daily", "n"));
        row("createRecurring null currency", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, "shop", 1, null, "daily", "n"));
        row("createRecurring bad nonce", VALIDATION,
                () -> DirectPaymentChallenges.createRecurring(S, "shop", 1, "JPY", "daily", " "));
        // verify / verifyRecurring: the server's own inputs throw
        row("verify null secret", VALIDATION, () -> DirectPaymentChallenges.verify(null, "shop", 1, "JPY", CHALLENGE));
        row("verify null merchant", VALIDATION, () -> DirectPaymentChallenges.verify(S, null, 1, "JPY", CHALLENGE));
        row("verify bad amount", VALIDATION, () -> DirectPaymentChallenges.verify(S, "shop", -7, "JPY", CHALLENGE));
        row("verify null currency", VALIDATION, () -> DirectPaymentChallenges.verify(S, "shop", 1, null, CHALLENGE));
        row("verifyRecurring null cadence", VALIDATION,
                () -> DirectPaymentChallenges.verifyRecurring(S, "shop", 1, "JPY", null, CHALLENGE));
        row("verifyRecurring null secret", VALIDATION,
                () -> DirectPaymentChallenges.verifyRecurring(null, "shop", 1, "JPY", "daily", CHALLENGE));
        row("verifyRecurring null merchant", VALIDATION,
                () -> DirectPaymentChallenges.verifyRecurring(S, null, 1, "JPY", "daily", CHALLENGE));
        row("verifyRecurring bad amount", VALIDATION,
                () -> DirectPaymentChallenges.verifyRecurring(S, "shop", 0, "JPY", "daily", CHALLENGE));
        row("verifyRecurring bad currency", VALIDATION,
                () -> DirectPaymentChallenges.verifyRecurring(S, "shop", 1, "XYZ", "daily", CHALLENGE));
        // parse and hashes
        row("parse null", VALIDATION, () -> DirectPaymentChallenges.parse(null));
        row("parse two parts", VALIDATION, () -> DirectPaymentChallenges.parse("a:b"));
        row("parse empty part", VALIDATION, () -> DirectPaymentChallenges.parse("a::c"));
        row("challengeHash null", VALIDATION, () -> DirectPaymentChallenges.challengeHash(null));
        row("challengeHash blank", VALIDATION, () -> DirectPaymentChallenges.challengeHash("\u2028"));
        row("requestHash null merchant", VALIDATION, () -> DirectPaymentChallenges.requestHash(null, 1, "JPY", "c"));
        row("requestHash bad amount", VALIDATION, () -> DirectPaymentChallenges.requestHash("m", 0, "JPY", "c"));
        row("requestHash null currency", VALIDATION, () -> DirectPaymentChallenges.requestHash("m", 1, null, "c"));
        row("requestHash null challenge", VALIDATION, () -> DirectPaymentChallenges.requestHash("m", 1, "JPY", null));
        row("requestHashV2 null merchant", VALIDATION, () -> DirectPaymentChallenges.requestHashV2(null, 1, "JPY", "c"));
        row("requestHashV2 bad amount", VALIDATION,
                () -> DirectPaymentChallenges.requestHashV2("m", Long.MIN_VALUE, "JPY", "c"));
        row("requestHashV2 null currency", VALIDATION, () -> DirectPaymentChallenges.requestHashV2("m", 1, null, "c"));
        row("requestHashV2 blank challenge", VALIDATION,
                () -> DirectPaymentChallenges.requestHashV2("m", 1, "JPY", " "));

        // WebhookSignatures
        row("sign null secret", VALIDATION, () -> WebhookSignatures.sign(null, BODY, T));
        row("sign empty secret", VALIDATION, () -> WebhookSignatures.sign("", BODY, T));
        row("sign blank secret", VALIDATION, () -> WebhookSignatures.sign(" \t", BODY, T));
        row("sign null body", VALIDATION, () -> WebhookSignatures.sign(S, null, T));
        row("header null secret", VALIDATION, () -> WebhookSignatures.header(null, BODY, T));
        row("header null body", VALIDATION, () -> WebhookSignatures.header(S, null, T));

        // WebhookVerifier.Builder
        row("builder secret null", VALIDATION, () -> WebhookVerifier.builder().secret(null));
        row("builder secret empty", VALIDATION, () -> WebhookVerifier.builder().secret(""));
        row("builder secret blank", VALIDATION, () -> WebhookVerifier.builder().secret("\u00a0"));
        row("builder additionalSecrets null", VALIDATION, () -> WebhookVerifier.builder().additionalSecrets(null));
        row("builder additionalSecrets null entry", VALIDATION,
                () -> WebhookVerifier.builder().additionalSecrets(Arrays.asList("whsec_a", null)));
        row("builder additionalSecrets blank entry", VALIDATION,
                () -> WebhookVerifier.builder().additionalSecrets(List.of("whsec_a", " ")));
        row("builder tolerance null", VALIDATION, () -> WebhookVerifier.builder().tolerance(null));
        row("builder tolerance 999 ms", VALIDATION, () -> WebhookVerifier.builder().tolerance(Duration.ofMillis(999)));
        row("builder tolerance negative", VALIDATION, () -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)));
        row("builder clock null", VALIDATION, () -> WebhookVerifier.builder().clock(null));
        row("builder build without secret", VALIDATION, () -> WebhookVerifier.builder().build());

        // WebhookVerifier.verify
        WebhookVerifier verifier = WebhookVerifier.builder().secret(S)
                .clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC)).build();
        String valid = WebhookSignatures.header(S, BODY, T);
        row("verify null body", PAYLOAD, () -> verifier.verify(null, valid));
        row("verify null header", SIGNATURE, () -> verifier.verify(BODY, null));
        row("verify empty header", SIGNATURE, () -> verifier.verify(BODY, ""));
        row("verify header without t", SIGNATURE, () -> verifier.verify(BODY, "v1=00"));
        row("verify header without v1", SIGNATURE, () -> verifier.verify(BODY, "t=" + T));
        row("verify non-integer t", SIGNATURE, () -> verifier.verify(BODY, "t=abc,v1=00"));
        row("verify t too large for a long", SIGNATURE,
                () -> verifier.verify(BODY, "t=99999999999999999999999,v1=00"));
        row("verify t beyond Instant", SIGNATURE, () -> verifier.verify(BODY, "t=999999999999999999,v1=00"));
        row("verify non-hex v1", SIGNATURE, () -> verifier.verify(BODY, "t=" + T + ",v1=zz"));
        row("verify duplicate t", SIGNATURE, () -> verifier.verify(BODY, "t=" + T + ",t=" + T + ",v1=00"));
        row("verify signed body that is not an event", PAYLOAD, () -> verifier.verify(BODY, valid));
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        row("verify signed body that is not JSON", PAYLOAD,
                () -> verifier.verify(notJson, WebhookSignatures.header(S, notJson, T)));

        // WebhookEvent and the classifier
        row("event parse null", PAYLOAD, () -> WebhookEvent.parse(null));
        row("event parse empty", PAYLOAD, () -> WebhookEvent.parse(new byte[0]));
        row("event parse truncated", PAYLOAD, () -> WebhookEvent.parse("{\"id\":".getBytes(StandardCharsets.UTF_8)));
        row("event parse JSON null", PAYLOAD, () -> WebhookEvent.parse("null".getBytes(StandardCharsets.UTF_8)));
        row("event parse trailing data", PAYLOAD,
                () -> WebhookEvent.parse("{} {}".getBytes(StandardCharsets.UTF_8)));
        row("event parse invalid UTF-8", PAYLOAD, () -> WebhookEvent.parse(new byte[] {'"', (byte) 0xC3, '"'}));
        row("event parse deep nesting", PAYLOAD,
                () -> WebhookEvent.parse(("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)));
        row("classify null", VALIDATION, () -> PaymentConfirmations.classify(null));

        // SdrpInputs
        row("required null", VALIDATION, () -> SdrpInputs.required("f", null));
        row("merchant null", VALIDATION, () -> SdrpInputs.merchant(null));
        row("merchant too long", VALIDATION, () -> SdrpInputs.merchant("m".repeat(97)));
        row("selfServiceMerchant null", VALIDATION, () -> SdrpInputs.selfServiceMerchant(null));
        row("selfServiceMerchant short", VALIDATION, () -> SdrpInputs.selfServiceMerchant("ab"));
        row("currency null", VALIDATION, () -> SdrpInputs.currency(null));
        row("currency field null", VALIDATION, () -> SdrpInputs.currency("billing_currency", null));
        row("tokenSymbol null", VALIDATION, () -> SdrpInputs.tokenSymbol(null));
        row("tokenSymbol unknown", VALIDATION, () -> SdrpInputs.tokenSymbol("BTC"));
        row("defaultToken null", VALIDATION, () -> SdrpInputs.defaultToken(null));
        row("planType null", VALIDATION, () -> SdrpInputs.planType(null));
        row("planType unknown", VALIDATION, () -> SdrpInputs.planType("standard"));
        row("billingPlan unknown", VALIDATION, () -> SdrpInputs.billingPlan("enterprise"));
        row("recurringCadence null", VALIDATION, () -> SdrpInputs.recurringCadence(null));
        row("nonce null", VALIDATION, () -> SdrpInputs.nonce(null));
        row("nonce colon", VALIDATION, () -> SdrpInputs.nonce("a:b"));
        row("positiveInteger zero", VALIDATION, () -> SdrpInputs.positiveInteger("limit", 0));
        row("optionalPositiveInteger zero", VALIDATION, () -> SdrpInputs.optionalPositiveInteger("limit", 0L));
        row("httpsUrl null", VALIDATION, () -> SdrpInputs.httpsUrl("callback_url", null));
        row("httpsUrl unparsable", VALIDATION, () -> SdrpInputs.httpsUrl("callback_url", "https://exa mple.com/%"));
        row("httpsUrl relative", VALIDATION, () -> SdrpInputs.httpsUrl("callback_url", "/hook"));
        row("httpsUrl http", VALIDATION, () -> SdrpInputs.httpsUrl("callback_url", "http://example.com/hook"));
        row("httpsUrl port out of range", VALIDATION,
                () -> SdrpInputs.httpsUrl("callback_url", "https://example.com:70000/hook"));
        row("httpsUrl registry host with huge port", VALIDATION,
                () -> SdrpInputs.httpsUrl("callback_url", "https://my_host:99999999999/hook"));
        row("returnUrl null", VALIDATION, () -> SdrpInputs.returnUrl("success_url", null));
        row("returnUrl opaque", VALIDATION, () -> SdrpInputs.returnUrl("success_url", "mailto:a@b.c"));
        row("checkoutOrigins null entry", VALIDATION,
                () -> SdrpInputs.checkoutOrigins(Collections.singletonList(null)));
        row("checkoutOrigins user info", VALIDATION,
                () -> SdrpInputs.checkoutOrigins(List.of("https://u@shop.example.com")));
        row("apiBaseUrl null", VALIDATION, () -> SdrpInputs.apiBaseUrl(null));
        row("apiBaseUrl garbage", VALIDATION, () -> SdrpInputs.apiBaseUrl("::::"));
        row("allowedCurrencies null list", VALIDATION, () -> SdrpInputs.allowedCurrencies((List<String>) null));
        row("allowedCurrencies list with null", VALIDATION,
                () -> SdrpInputs.allowedCurrencies(Collections.singletonList((String) null)));
        row("allowedCurrencies null map", VALIDATION, () -> SdrpInputs.allowedCurrencies((Map<String, String>) null));
        Map<String, String> nullToken = new HashMap<>();
        nullToken.put("JPY", null);
        row("allowedCurrencies map with null token", VALIDATION, () -> SdrpInputs.allowedCurrencies(nullToken));
    }

    static Stream<Arguments> rows() {
        assertThat(ROWS).isNotEmpty();
        return ROWS.stream().map(row -> Arguments.of(Named.of(row.name(), row)));
    }

    @Test
    void methodsDocumentedToAcceptNullAnswerWithoutThrowing() {
        WebhookEvent event = WebhookEvent.parse(("{\"id\":\"e\",\"type\":\"t\",\"api_version\":\"v\","
                + "\"occurred_at\":\"o\",\"data\":{}}").getBytes(StandardCharsets.UTF_8));

        assertThat(SdrpInputs.trim(null)).isNull();
        assertThat(SdrpInputs.optional(null)).isNull();
        assertThat(SdrpInputs.isPresent(null)).isFalse();
        assertThat(SdrpInputs.billingPlan(null)).isEqualTo(SdrpInputs.DEFAULT_BILLING_PLAN);
        assertThat(SdrpInputs.optionalPositiveInteger("limit", null)).isNull();
        assertThat(SdrpInputs.checkoutOrigins(null)).isEmpty();
        assertThat(event.dataString(null)).isNull();
        assertThat(DirectPaymentChallenges.verify(S, "shop", 1, "JPY", null)).isFalse();
        assertThat(DirectPaymentChallenges.verifyRecurring(S, "shop", 1, "JPY", "daily", null)).isFalse();
        assertThat(DirectPaymentChallenges.create(S, "shop", 1, "JPY", null).nonce()).hasSize(36);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void throwsTheDocumentedTypeWithAMessage(Row row) {
        Throwable thrown = catchThrowable(row.call());

        assertThat(thrown).as(row.name()).isExactlyInstanceOf(row.expected());
        assertThat(thrown.getMessage()).as(row.name()).isNotBlank();
        if (thrown instanceof SdrpValidationException validation) {
            assertThat(validation.field()).as(row.name()).isNotBlank();
        }
    }
}
