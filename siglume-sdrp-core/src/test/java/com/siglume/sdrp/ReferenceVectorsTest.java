package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.challenge.RecurringDirectPaymentChallenge;
import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every known-answer case of {@code vectors.json} (produced by the reference
 * implementation) against the Java protocol layer.
 */
class ReferenceVectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode VECTORS = load();
    private static final Set<String> GROUPS = Set.of("challenges", "recurring", "request_hashes",
            "webhook_signatures", "webhook_verify", "classify", "challenge_rejects");
    private static final Map<String, AtomicInteger> EXECUTED = new ConcurrentHashMap<>();
    // ECMAScript white space and line terminators, written out independently of SdrpInputs.
    private static final Pattern ECMA_TRIM = Pattern.compile(
            "^[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+"
                    + "|[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+$");

    @AfterAll
    static void printExecutedCounts() {
        System.out.println("vectors.json cases executed per group: " + new TreeMap<>(EXECUTED));
    }

    @Test
    void fileHasExactlyTheKnownGroupsAndEachHasCases() {
        List<String> groups = new ArrayList<>(VECTORS.propertyNames());
        assertThat(groups).containsExactlyInAnyOrderElementsOf(GROUPS);
        for (String group : GROUPS) {
            assertThat(VECTORS.get(group).isArray()).as(group).isTrue();
            assertThat(VECTORS.get(group).size()).as(group).isPositive();
        }
    }

    static Stream<Arguments> challenges() {
        return cases("challenges");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void challenge(JsonNode vector) {
        JsonNode in = vector.get("input");
        JsonNode expected = vector.get("expected");
        DirectPaymentChallenge challenge = DirectPaymentChallenges.create(text(in, "secret"), text(in, "merchant"),
                in.get("amount_minor").longValue(), text(in, "currency"), text(in, "nonce"));

        assertThat(challenge.scheme()).isEqualTo(Sdrp.CHALLENGE_SCHEME);
        assertThat(challenge.merchant()).isEqualTo(text(expected, "merchant"));
        assertThat(challenge.amountMinor()).isEqualTo(in.get("amount_minor").longValue());
        assertThat(challenge.currency()).isEqualTo(text(expected, "currency"));
        assertThat(challenge.nonce()).isEqualTo(ecmaTrim(text(in, "nonce")));
        assertThat(challenge.signature()).isEqualTo(text(expected, "signature"));
        assertThat(challenge.challenge()).isEqualTo(text(expected, "challenge"));
        assertThat(challenge.challengeHash()).isEqualTo(text(expected, "challenge_hash"));
        assertThat(DirectPaymentChallenges.challengeHash(text(expected, "challenge")))
                .isEqualTo(text(expected, "challenge_hash"));
        assertThat(DirectPaymentChallenges.verify(text(in, "secret"), text(in, "merchant"),
                in.get("amount_minor").longValue(), text(in, "currency"), text(expected, "challenge"))).isTrue();
        count("challenges");
    }

    static Stream<Arguments> recurring() {
        return cases("recurring");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recurring")
    void recurringChallenge(JsonNode vector) {
        JsonNode in = vector.get("input");
        JsonNode expected = vector.get("expected");
        long amount = in.get("amount_minor").longValue();
        RecurringDirectPaymentChallenge challenge = DirectPaymentChallenges.createRecurring(text(in, "secret"),
                text(in, "merchant"), amount, text(in, "currency"), text(in, "cadence"), text(in, "nonce"));

        assertThat(challenge.scheme()).isEqualTo(Sdrp.RECURRING_CHALLENGE_SCHEME);
        assertThat(challenge.cadence()).isEqualTo(text(expected, "cadence"));
        assertThat(challenge.signature()).isEqualTo(text(expected, "signature"));
        assertThat(challenge.challenge()).isEqualTo(text(expected, "challenge"));
        assertThat(challenge.challengeHash()).isEqualTo(text(expected, "challenge_hash"));
        assertThat(DirectPaymentChallenges.verifyRecurring(text(in, "secret"), text(in, "merchant"), amount,
                text(in, "currency"), text(in, "cadence"), text(expected, "challenge"))).isTrue();
        // A recurring approval must never pass as a one-time challenge.
        assertThat(DirectPaymentChallenges.verify(text(in, "secret"), text(in, "merchant"), amount,
                text(in, "currency"), text(expected, "challenge"))).isFalse();
        count("recurring");
    }

    static Stream<Arguments> requestHashes() {
        return cases("request_hashes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestHashes")
    void requestHash(JsonNode vector) {
        JsonNode in = vector.get("input");
        JsonNode expected = vector.get("expected");
        long amount = in.get("amount_minor").longValue();

        assertThat(DirectPaymentChallenges.requestHash(text(in, "merchant"), amount, text(in, "currency"),
                text(in, "challenge"))).isEqualTo(text(expected, "request_hash"));
        assertThat(DirectPaymentChallenges.requestHashV2(text(in, "merchant"), amount, text(in, "currency"),
                text(in, "challenge"))).isEqualTo(text(expected, "request_hash_v2"));
        count("request_hashes");
    }

    static Stream<Arguments> webhookSignatures() {
        return cases("webhook_signatures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookSignatures")
    void webhookSignature(JsonNode vector) {
        byte[] body = bytes(vector, "body_b64");
        long timestamp = vector.get("timestamp").longValue();
        String expectedHeader = text(vector, "expected_header");

        assertThat(WebhookSignatures.header(text(vector, "secret"), body, timestamp)).isEqualTo(expectedHeader);
        assertThat("t=" + timestamp + ",v1=" + WebhookSignatures.sign(text(vector, "secret"), body, timestamp))
                .isEqualTo(expectedHeader);
        count("webhook_signatures");
    }

    static Stream<Arguments> webhookVerify() {
        return cases("webhook_verify");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookVerify")
    void webhookVerify(JsonNode vector) {
        byte[] body = bytes(vector, "body_b64");
        String header = text(vector, "header");
        long now = vector.get("now").longValue();
        WebhookVerifier verifier = WebhookVerifier.builder()
                .secret(text(vector, "secret"))
                .tolerance(Duration.ofSeconds(vector.get("tolerance_seconds").longValue()))
                .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC))
                .build();

        if (vector.get("expected_ok").booleanValue()) {
            VerifiedWebhook verified = verifier.verify(body, header);
            assertThat(verified.event().rawBytes()).isEqualTo(body);
            assertThat(verified.timestamp().getEpochSecond()).isEqualTo(timestampOf(header));
        } else if ("payload".equals(text(vector, "name"))) {
            // Correctly signed, so the failure must be the payload's, not the signature's.
            assertThat(WebhookSignatures.header(text(vector, "secret"), body, timestampOf(header))).isEqualTo(header);
            assertThatThrownBy(() -> verifier.verify(body, header)).isExactlyInstanceOf(WebhookPayloadException.class);
        } else {
            assertThatThrownBy(() -> verifier.verify(body, header)).isExactlyInstanceOf(WebhookSignatureException.class);
        }
        count("webhook_verify");
    }

    static Stream<Arguments> classify() {
        return cases("classify");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classify")
    void classify(JsonNode vector) {
        JsonNode event = vector.get("event");
        JsonNode data = event.get("data");
        JsonNode expected = vector.get("expected");
        PaymentConfirmation result = PaymentConfirmations.classify(WebhookEvent.parse(JSON.writeValueAsBytes(event)));

        assertThat(result.kind().wireName()).isEqualTo(text(expected, "kind"));
        Map<String, String> actual = carriedFields(result);
        for (String field : expected.propertyNames()) {
            if (!"kind".equals(field)) {
                assertThat(actual).as(field).containsEntry(field, text(expected, field));
            }
        }
        // Fields the vectors do not list, checked against the event itself.
        if (result instanceof StandardSettled s) {
            assertThat(s.requestHashV2()).isEqualTo(present(data, "request_hash_v2"));
        } else if (result instanceof MeteredUsageAccepted m) {
            assertThat(m.requestHashV2()).isEqualTo(present(data, "request_hash_v2"));
        } else if (result instanceof MeteredBatchSettled b) {
            assertThat(b.usageEventDigest()).isEqualTo(present(data, "usage_event_digest"));
            assertThat(b.settledAt()).isEqualTo(present(data, "settled_at"));
        } else if (result instanceof Unclassified u) {
            assertThat(u.settlementStatus()).isEqualTo(present(data, "settlement_status"));
            assertThat(u.finality()).isEqualTo(present(data, "finality"));
        }
        assertThat(result.event().id()).isEqualTo(text(event, "id"));
        count("classify");
    }

    static Stream<Arguments> challengeRejects() {
        return cases("challenge_rejects");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challengeRejects")
    void challengeReject(JsonNode vector) {
        JsonNode in = vector.get("input");
        assertThat(vector.get("expected_rejected").booleanValue()).isTrue();
        long amount = in.get("amount_minor").longValue();

        assertThatThrownBy(() -> DirectPaymentChallenges.create(text(in, "secret"), text(in, "merchant"), amount,
                text(in, "currency"), text(in, "nonce"))).isExactlyInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> DirectPaymentChallenges.createRecurring(text(in, "secret"), text(in, "merchant"),
                amount, text(in, "currency"), "monthly", text(in, "nonce")))
                .isExactlyInstanceOf(SdrpValidationException.class);
        count("challenge_rejects");
    }

    /** The eight fields the vectors list, as the result carries them; absent ones are null. */
    private static Map<String, String> carriedFields(PaymentConfirmation result) {
        Map<String, String> fields = new HashMap<>();
        for (String name : List.of("reason", "requirement_id", "challenge_hash", "chain_receipt_id",
                "settlement_batch_id", "pricing_band", "settlement_cadence")) {
            fields.put(name, null);
        }
        if (result instanceof StandardSettled s) {
            fields.put("requirement_id", s.requirementId());
            fields.put("challenge_hash", s.challengeHash());
            fields.put("chain_receipt_id", s.chainReceiptId());
        } else if (result instanceof MeteredUsageAccepted m) {
            fields.put("requirement_id", m.requirementId());
            fields.put("challenge_hash", m.challengeHash());
            fields.put("pricing_band", m.pricingBand());
            fields.put("settlement_cadence", m.settlementCadence());
        } else if (result instanceof MeteredBatchSettled b) {
            fields.put("chain_receipt_id", b.chainReceiptId());
            fields.put("settlement_batch_id", b.settlementBatchId());
            fields.put("pricing_band", b.pricingBand());
            fields.put("settlement_cadence", b.settlementCadence());
        } else if (result instanceof Unclassified u) {
            fields.put("reason", u.reason().wireName());
            fields.put("requirement_id", u.requirementId());
            fields.put("settlement_batch_id", u.settlementBatchId());
            fields.put("pricing_band", u.pricingBand());
            fields.put("settlement_cadence", u.settlementCadence());
        } else {
            throw new AssertionError("unexpected result type " + result.getClass());
        }
        return fields;
    }

    private static Stream<Arguments> cases(String group) {
        JsonNode cases = VECTORS.get(group);
        assertThat(cases).as("group %s in vectors.json", group).isNotNull();
        assertThat(cases.size()).as("cases in group %s", group).isPositive();
        List<Arguments> arguments = new ArrayList<>();
        int index = 0;
        for (JsonNode vector : cases.values()) {
            String label = group + "[" + index++ + "]" + (vector.has("name") ? " " + text(vector, "name") : "");
            arguments.add(Arguments.of(Named.of(label, vector)));
        }
        return arguments.stream();
    }

    private static void count(String group) {
        EXECUTED.computeIfAbsent(group, g -> new AtomicInteger()).incrementAndGet();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static byte[] bytes(JsonNode node, String field) {
        return Base64.getDecoder().decode(text(node, field));
    }

    private static long timestampOf(String header) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String item : header.split(",")) {
            String[] pair = item.strip().split("=", 2);
            items.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return Long.parseLong(items.get("t").strip());
    }

    /** The protocol's presence test, written independently: a string that is not blank after trimming. */
    private static String present(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isString()) {
            return null;
        }
        String trimmed = ecmaTrim(value.stringValue());
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String ecmaTrim(String value) {
        return ECMA_TRIM.matcher(value).replaceAll("");
    }

    private static JsonNode load() {
        try (InputStream in = ReferenceVectorsTest.class.getResourceAsStream("/vectors.json")) {
            assertThat(in).as("vectors.json on the test class path").isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
