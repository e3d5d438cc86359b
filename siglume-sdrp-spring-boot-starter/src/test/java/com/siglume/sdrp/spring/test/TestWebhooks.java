package com.siglume.sdrp.spring.test;

import com.siglume.sdrp.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds webhook bodies of every shape the starter routes, and signs them as Siglume does.
 */
public final class TestWebhooks {

    /** The webhook secret the test applications are configured with. */
    public static final String SECRET = "whsec_test_starter_secret";

    private TestWebhooks() {
    }

    /**
     * A Standard payment that settled: classifies as {@code standard_settled}.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] standardSettled(String eventId) {
        return event(eventId, "direct_payment.confirmed", """
                {"mode":"external_402","pricing_band":"standard","finality":"per_payment_onchain",
                 "settlement_status":"settled","requirement_id":"dpr_%1$s","challenge_hash":"sha256:%1$s",
                 "chain_receipt_id":"rcpt_%1$s"}""".formatted(eventId));
    }

    /**
     * Micro usage accepted: classifies as {@code metered_usage_accepted}.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] meteredUsageAccepted(String eventId) {
        return event(eventId, "direct_payment.confirmed", """
                {"mode":"external_402","pricing_band":"micro","settlement_cadence":"weekly",
                 "finality":"aggregated_onchain_settlement","settlement_status":"pending_settlement",
                 "requirement_id":"dpr_%1$s","challenge_hash":"sha256:%1$s"}""".formatted(eventId));
    }

    /**
     * A settled nano batch: classifies as {@code metered_batch_settled}.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] meteredBatchSettled(String eventId) {
        return event(eventId, "direct_payment.confirmed", """
                {"mode":"metered_settlement_batch","pricing_band":"nano","settlement_cadence":"monthly",
                 "finality":"aggregated_onchain_settlement","settlement_status":"settled",
                 "settlement_batch_id":"batch_%1$s","chain_receipt_id":"rcpt_%1$s",
                 "usage_event_digest":"sha256:digest"}""".formatted(eventId));
    }

    /**
     * A Standard confirmation without its receipt: classifies as {@code unknown} with reason
     * {@code missing_standard_settlement_fields}.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] unclassified(String eventId) {
        return event(eventId, "direct_payment.confirmed", """
                {"mode":"external_402","pricing_band":"standard","finality":"per_payment_onchain",
                 "settlement_status":"settled","requirement_id":"dpr_%1$s","challenge_hash":"sha256:%1$s",
                 "customer_note":"do not log me"}""".formatted(eventId));
    }

    /**
     * A readiness-probe delivery.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] readinessProbe(String eventId) {
        return event(eventId, "direct_payment.confirmed", """
                {"mode":"readiness_probe","readiness_probe":true,"pricing_band":"standard",
                 "settlement_status":"readiness_probe","challenge_hash":"sha256:readiness_probe"}""");
    }

    /**
     * A {@code direct_payment.spent} event.
     *
     * @param eventId the event id
     * @return the JSON body
     */
    public static byte[] spent(String eventId) {
        return event(eventId, "direct_payment.spent", """
                {"requirement_id":"dpr_%1$s","amount_minor":1200,"currency":"JPY"}""".formatted(eventId));
    }

    /**
     * An event body of any type.
     *
     * @param eventId the event id
     * @param type the event type
     * @param dataJson the {@code data} object as JSON
     * @return the JSON body
     */
    public static byte[] event(String eventId, String type, String dataJson) {
        return ("{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"api_version\":\"2026-06-11\","
                + "\"occurred_at\":\"2026-06-11T00:00:00Z\",\"data\":" + dataJson.replace("\n", "") + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Signs a body with {@link #SECRET} at the current time.
     *
     * @param body the body
     * @return the {@code Siglume-Signature} value
     */
    public static String sign(byte[] body) {
        return sign(SECRET, body, Instant.now());
    }

    /**
     * Signs a body.
     *
     * @param secret the secret
     * @param body the body
     * @param at the signed time
     * @return the {@code Siglume-Signature} value
     */
    public static String sign(String secret, byte[] body, Instant at) {
        return WebhookSignatures.header(secret, body, at.getEpochSecond());
    }
}
