package com.siglume.sdrp.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaymentConfirmationsTest {

    private static final String STANDARD = "\"mode\":\"external_402\",\"pricing_band\":\"standard\","
            + "\"finality\":\"per_payment_onchain\",\"settlement_status\":\"settled\","
            + "\"requirement_id\":\"dpr_1\",\"challenge_hash\":\"sha256:abc\",\"chain_receipt_id\":\"chr_1\"";
    private static final String MICRO = "\"mode\":\"external_402\",\"pricing_band\":\"micro\","
            + "\"settlement_cadence\":\"weekly\",\"finality\":\"aggregated_onchain_settlement\","
            + "\"settlement_status\":\"pending_settlement\",\"requirement_id\":\"dpr_2\",\"challenge_hash\":\"sha256:def\"";
    private static final String BATCH = "\"mode\":\"metered_settlement_batch\",\"pricing_band\":\"nano\","
            + "\"settlement_cadence\":\"monthly\",\"finality\":\"aggregated_onchain_settlement\","
            + "\"settlement_status\":\"settled\",\"settlement_batch_id\":\"msb_1\",\"chain_receipt_id\":\"chr_b\","
            + "\"usage_event_digest\":\"sha256:digest\"";

    private static WebhookEvent event(String type, String data) {
        return WebhookEvent.parse(("{\"id\":\"evt_1\",\"type\":\"" + type + "\",\"api_version\":\"2026-06-11\","
                + "\"occurred_at\":\"2026-06-11T00:00:00Z\",\"data\":{" + data + "}}").getBytes(StandardCharsets.UTF_8));
    }

    private static PaymentConfirmation classify(String data) {
        return PaymentConfirmations.classify(event("direct_payment.confirmed", data));
    }

    @Test
    void eachResultTypeLeadsToItsOwnAction() {
        for (String data : new String[] {STANDARD, MICRO, BATCH, "\"mode\":\"other\""}) {
            PaymentConfirmation result = classify(data);
            String action;
            if (result instanceof StandardSettled settled) {
                action = "paid " + settled.challengeHash();
            } else if (result instanceof MeteredUsageAccepted accepted) {
                action = "fulfilled unsettled " + accepted.challengeHash();
            } else if (result instanceof MeteredBatchSettled batch) {
                action = "batch " + batch.settlementBatchId();
            } else if (result instanceof Unclassified unknown) {
                action = "review " + unknown.reason().wireName();
            } else {
                throw new AssertionError(result);
            }
            assertThat(action).isIn("paid sha256:abc", "fulfilled unsettled sha256:def", "batch msb_1",
                    "review unsupported_confirmation_mode");
            assertThat(result.event().id()).isEqualTo("evt_1");
        }
    }

    @Test
    void standardSettledCarriesItsFieldsAndTheOptionalRequestHash() {
        StandardSettled without = (StandardSettled) classify(STANDARD);
        StandardSettled with = (StandardSettled) classify(STANDARD + ",\"request_hash_v2\":\" sha256:rh \"");

        assertThat(without.kind()).isEqualTo(ConfirmationKind.STANDARD_SETTLED);
        assertThat(without.kind().wireName()).isEqualTo("standard_settled");
        assertThat(without.requirementId()).isEqualTo("dpr_1");
        assertThat(without.challengeHash()).isEqualTo("sha256:abc");
        assertThat(without.chainReceiptId()).isEqualTo("chr_1");
        assertThat(without.requestHashV2()).isNull();
        assertThat(with.requestHashV2()).isEqualTo("sha256:rh");
    }

    @Test
    void meteredUsageAcceptedCarriesBandCadenceAndHashes() {
        MeteredUsageAccepted accepted = (MeteredUsageAccepted) classify(MICRO + ",\"request_hash_v2\":\"sha256:v2\"");

        assertThat(accepted.kind().wireName()).isEqualTo("metered_usage_accepted");
        assertThat(accepted.pricingBand()).isEqualTo("micro");
        assertThat(accepted.settlementCadence()).isEqualTo("weekly");
        assertThat(accepted.requirementId()).isEqualTo("dpr_2");
        assertThat(accepted.challengeHash()).isEqualTo("sha256:def");
        assertThat(accepted.requestHashV2()).isEqualTo("sha256:v2");
    }

    @Test
    void meteredBatchSettledCarriesSettledAtWhenPresent() {
        MeteredBatchSettled without = (MeteredBatchSettled) classify(BATCH);
        MeteredBatchSettled with = (MeteredBatchSettled) classify(BATCH + ",\"settled_at\":\"2026-07-01T00:00:00Z\"");

        assertThat(without.kind().wireName()).isEqualTo("metered_batch_settled");
        assertThat(without.settledAt()).isNull();
        assertThat(with.settledAt()).isEqualTo("2026-07-01T00:00:00Z");
        assertThat(with.pricingBand()).isEqualTo("nano");
        assertThat(with.settlementCadence()).isEqualTo("monthly");
        assertThat(with.settlementBatchId()).isEqualTo("msb_1");
        assertThat(with.chainReceiptId()).isEqualTo("chr_b");
        assertThat(with.usageEventDigest()).isEqualTo("sha256:digest");
    }

    @Test
    void requirementIdFallsBackToTheLongNameWhenAbsentOrBlank() {
        String withoutId = STANDARD.replace("\"requirement_id\":\"dpr_1\"", "\"requirement_id\":\" \"");

        assertThat(((StandardSettled) classify(withoutId + ",\"direct_payment_requirement_id\":\"dpr_long\""))
                .requirementId()).isEqualTo("dpr_long");
        assertThat(((StandardSettled) classify(STANDARD + ",\"direct_payment_requirement_id\":\"dpr_long\""))
                .requirementId()).isEqualTo("dpr_1");
        assertThat(classify(withoutId)).isInstanceOf(Unclassified.class);
    }

    @Test
    void onlyNonBlankStringsArePresent() {
        for (String value : new String[] {"123", "null", "true", "\"\"", "\"  \"", "\"\\u00a0\\ufeff\"", "{}", "[]"}) {
            PaymentConfirmation result = classify(STANDARD.replace("\"chain_receipt_id\":\"chr_1\"",
                    "\"chain_receipt_id\":" + value));
            assertThat(result).as(value).isInstanceOf(Unclassified.class);
            assertThat(((Unclassified) result).reason())
                    .isEqualTo(UnclassifiedReason.MISSING_STANDARD_SETTLEMENT_FIELDS);
        }
    }

    @Test
    void valuesAreComparedExactlyAfterEcmaScriptTrimming() {
        String padded = STANDARD.replace("\"standard\"", "\"\\u2007standard\\u00a0\"");
        String infoSeparator = STANDARD.replace("\"standard\"", "\"\\u001fstandard\"");

        assertThat(classify(padded)).isInstanceOf(StandardSettled.class);
        Unclassified unknown = (Unclassified) classify(infoSeparator);
        assertThat(unknown.reason()).isEqualTo(UnclassifiedReason.UNKNOWN_CONFIRMATION_SHAPE);
        assertThat(unknown.pricingBand()).isEqualTo("\u001fstandard");
        assertThat(((Unclassified) classify(STANDARD.replace("\"standard\"", "\"STANDARD\""))).reason())
                .isEqualTo(UnclassifiedReason.UNKNOWN_CONFIRMATION_SHAPE);
    }

    @Test
    void rulesApplyInOrder() {
        Unclassified spent = (Unclassified) PaymentConfirmations.classify(event("direct_payment.spent", STANDARD));
        Unclassified noMode = (Unclassified) classify(STANDARD.replace("\"mode\":\"external_402\",", ""));
        // A batch-mode event is judged by the batch rule even when it looks like a standard payment.
        Unclassified batchLooksStandard = (Unclassified) classify(
                STANDARD.replace("external_402", "metered_settlement_batch"));

        assertThat(spent.reason()).isEqualTo(UnclassifiedReason.NOT_DIRECT_PAYMENT_CONFIRMED);
        assertThat(noMode.reason()).isEqualTo(UnclassifiedReason.UNSUPPORTED_CONFIRMATION_MODE);
        assertThat(batchLooksStandard.reason()).isEqualTo(UnclassifiedReason.INVALID_METERED_SETTLEMENT_CONFIRMATION);
        assertThat(((Unclassified) classify("\"mode\":\"external_402\",\"pricing_band\":\"mega\"")).reason())
                .isEqualTo(UnclassifiedReason.UNKNOWN_CONFIRMATION_SHAPE);
        assertThat(((Unclassified) classify(MICRO.replace("weekly", "monthly"))).reason())
                .isEqualTo(UnclassifiedReason.MISSING_METERED_USAGE_FIELDS);
    }

    @Test
    void unclassifiedCarriesWhatWasPresentAndNoBatchIdForPerPaymentReasons() {
        Unclassified standardMissing = (Unclassified) classify(
                STANDARD.replace("\"settled\"", "\" SETTLED \"") + ",\"settlement_batch_id\":\"msb_9\"");
        Unclassified unsupported = (Unclassified) classify(
                STANDARD.replace("external_402", "readiness_probe") + ",\"settlement_batch_id\":\"msb_9\"");

        assertThat(standardMissing.reason()).isEqualTo(UnclassifiedReason.MISSING_STANDARD_SETTLEMENT_FIELDS);
        assertThat(standardMissing.kind().wireName()).isEqualTo("unknown");
        assertThat(standardMissing.requirementId()).isEqualTo("dpr_1");
        assertThat(standardMissing.settlementStatus()).isEqualTo("SETTLED");
        assertThat(standardMissing.finality()).isEqualTo("per_payment_onchain");
        assertThat(standardMissing.pricingBand()).isEqualTo("standard");
        assertThat(standardMissing.settlementCadence()).isNull();
        assertThat(standardMissing.settlementBatchId()).isNull();
        assertThat(unsupported.settlementBatchId()).isEqualTo("msb_9");
        assertThat(unsupported.reason().wireName()).isEqualTo("unsupported_confirmation_mode");
    }

    @Test
    void aNullEventIsAValidationError() {
        assertThatThrownBy(() -> PaymentConfirmations.classify(null))
                .isExactlyInstanceOf(SdrpValidationException.class)
                .extracting(e -> ((SdrpValidationException) e).field()).isEqualTo("event");
    }
}
