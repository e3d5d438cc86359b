package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.siglume.sdrp.confirmation.ConfirmationKind;
import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * {@link PaymentConfirmations#classify} of parsed events whose classification fields take
 * values the fuzzer picks: the wire values that matter, near misses, other JSON types and
 * arbitrary text. Classification never throws, and only a complete, consistent event is
 * classified as settled or accepted.
 */
@Tag(FuzzTargets.TAG)
class PaymentClassificationFuzzTest {

    private static final List<String> FIELDS = List.of("mode", "pricing_band", "settlement_cadence", "finality",
            "settlement_status", "requirement_id", "direct_payment_requirement_id", "challenge_hash",
            "chain_receipt_id", "request_hash_v2", "settlement_batch_id", "usage_event_digest", "settled_at",
            "readiness_probe");

    private static final List<String> VALUES = List.of("\"external_402\"", "\"metered_settlement_batch\"",
            "\"standard\"", "\"micro\"", "\"nano\"", "\"weekly\"", "\"monthly\"", "\"per_payment_onchain\"",
            "\"aggregated_onchain_settlement\"", "\"settled\"", "\"pending_settlement\"", "\"dpr_1\"",
            "\"sha256:ab\"", "\"rcpt_1\"", "\"batch_1\"", "\"\"", "\" \"", "\"\\u00a0settled\\u3000\"", "\"STANDARD\"",
            "null", "true", "0", "-1.5e300", "[]", "{}", "[\"standard\"]", "{\"a\":\"settled\"}");

    private static final List<String> TYPES = List.of("direct_payment.confirmed", "direct_payment.spent",
            "Direct_Payment.Confirmed", " direct_payment.confirmed ");

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void classifyNeverThrowsAndOnlyCompleteEventsSettle(FuzzedDataProvider data) {
        StringBuilder json = new StringBuilder("{\"id\":\"evt_fuzz\",\"type\":")
                .append(quote(data.pickValue(TYPES)))
                .append(",\"api_version\":\"2026-06-11\",\"occurred_at\":\"2026-06-11T00:00:00Z\",\"data\":{");
        int fields = data.consumeInt(0, FIELDS.size());
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quote(data.pickValue(FIELDS))).append(':');
            json.append(data.consumeBoolean() ? data.pickValue(VALUES) : quote(data.consumeString(40)));
        }
        json.append("}}");
        WebhookEvent event;
        try {
            event = WebhookEvent.parse(json.toString().getBytes(StandardCharsets.UTF_8));
        } catch (WebhookPayloadException duplicateKeyOrOther) {
            return;
        }

        PaymentConfirmation confirmation = PaymentConfirmations.classify(event);

        assertThat(confirmation).isNotNull();
        assertThat(confirmation.event()).isSameAs(event);
        assertThat(confirmation.kind().wireName()).isNotBlank();
        if (confirmation instanceof StandardSettled settled) {
            assertThat(confirmation.kind()).isEqualTo(ConfirmationKind.STANDARD_SETTLED);
            assertThat(event.type()).isEqualTo("direct_payment.confirmed");
            assertThat(settled.requirementId()).isNotBlank();
            assertThat(settled.challengeHash()).isNotBlank();
            assertThat(settled.chainReceiptId()).isNotBlank();
        } else if (confirmation instanceof MeteredUsageAccepted accepted) {
            assertThat(confirmation.kind()).isEqualTo(ConfirmationKind.METERED_USAGE_ACCEPTED);
            assertThat(accepted.pricingBand()).isIn("micro", "nano");
            assertThat(accepted.challengeHash()).isNotBlank();
        } else if (confirmation instanceof MeteredBatchSettled batch) {
            assertThat(confirmation.kind()).isEqualTo(ConfirmationKind.METERED_BATCH_SETTLED);
            assertThat(batch.settlementBatchId()).isNotBlank();
            assertThat(batch.usageEventDigest()).isNotBlank();
        } else {
            assertThat(confirmation).isInstanceOf(Unclassified.class);
            assertThat(confirmation.kind()).isEqualTo(ConfirmationKind.UNKNOWN);
            assertThat(((Unclassified) confirmation).reason().wireName()).isNotBlank();
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
