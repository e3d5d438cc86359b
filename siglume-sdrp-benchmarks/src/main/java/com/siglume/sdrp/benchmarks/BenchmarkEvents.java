package com.siglume.sdrp.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Builds the webhook bodies every benchmark sends: a Siglume {@code direct_payment.confirmed}
 * event that classifies as {@code standard_settled}, and a Stripe-shaped
 * {@code payment_intent.succeeded} event, both of an exact size in bytes.
 *
 * <p>Both are padded the same way (line items, then a note string up to the exact size), so that
 * at a given size both parsers see the same kind of JSON: a few nested objects, arrays, numbers
 * and mostly short strings. All text is ASCII, so characters and bytes are the same count.
 *
 * <p>Event {@code n} names the benchmark order {@link #orderId(int) orderId(n)}, whose checkout
 * attempt has the challenge hash {@link #challengeHash(int) challengeHash(n)}; the load run seeds
 * exactly those orders, so every event marks one order paid.
 */
public final class BenchmarkEvents {

    /** The merchant key the sample shop's embedded sandbox uses, and so every event names. */
    public static final String MERCHANT = "sandbox_merchant";

    /** The webhook secret of the sample shop's embedded sandbox; the load run signs with it. */
    public static final String WEBHOOK_SECRET = "whsec_sandbox_local";

    /** Amount of every benchmark order, in minor units of {@link #CURRENCY}. */
    public static final long AMOUNT_MINOR = 1200;

    /** Currency of every benchmark order. */
    public static final String CURRENCY = "JPY";

    private static final String ITEMS = "@ITEMS@";
    private static final String PAD = "@PAD@";

    private BenchmarkEvents() {
    }

    /**
     * The id of benchmark order {@code n}.
     *
     * @param n the order's sequence number
     * @return for example {@code bench_order_00000042}
     */
    public static String orderId(int n) {
        return String.format(Locale.ROOT, "bench_order_%08d", n);
    }

    /**
     * The challenge hash of benchmark order {@code n}'s checkout attempt.
     *
     * @param n the order's sequence number
     * @return {@code sha256:} and 64 hex digits
     */
    public static String challengeHash(int n) {
        return "sha256:" + sha256Hex("bench-challenge-" + n);
    }

    /**
     * A Siglume {@code direct_payment.confirmed} event for order {@code n} that classifies as
     * {@code standard_settled}.
     *
     * @param n the order's sequence number; also makes the event id unique
     * @param sizeBytes the exact size of the result, or 0 for the event without padding
     * @return the JSON body
     */
    public static byte[] siglumeConfirmed(int n, int sizeBytes) {
        String template = "{\"id\":\"evt_bench_" + String.format(Locale.ROOT, "%08d", n) + "\","
                + "\"type\":\"direct_payment.confirmed\",\"api_version\":\"2026-06-11\","
                + "\"occurred_at\":\"2026-06-11T00:00:00Z\",\"data\":{"
                + "\"mode\":\"external_402\",\"merchant\":\"" + MERCHANT + "\",\"pricing_band\":\"standard\","
                + "\"finality\":\"per_payment_onchain\",\"settlement_status\":\"settled\","
                + "\"requirement_id\":\"dpr_bench_" + n + "\",\"challenge_hash\":\"" + challengeHash(n) + "\","
                + "\"chain_receipt_id\":\"chain_bench_" + n + "\","
                + "\"amount_minor\":" + AMOUNT_MINOR + ",\"currency\":\"" + CURRENCY + "\","
                + "\"line_items\":[" + ITEMS + "],\"note\":\"" + PAD + "\"}}";
        return fill(template, sizeBytes);
    }

    /**
     * A Stripe-shaped {@code payment_intent.succeeded} event (the envelope
     * {@code Webhook.constructEvent} expects: {@code object: "event"}, {@code data.object}).
     *
     * @param n makes the event id unique
     * @param sizeBytes the exact size of the result
     * @return the JSON text
     */
    public static String stripePaymentSucceeded(int n, int sizeBytes) {
        String template = "{\"id\":\"evt_bench_" + String.format(Locale.ROOT, "%08d", n) + "\","
                + "\"object\":\"event\",\"api_version\":\"2025-09-30.clover\",\"created\":1781136000,"
                + "\"data\":{\"object\":{\"id\":\"pi_bench_" + n + "\",\"object\":\"payment_intent\","
                + "\"amount\":" + AMOUNT_MINOR + ",\"amount_received\":" + AMOUNT_MINOR + ",\"currency\":\"jpy\","
                + "\"status\":\"succeeded\",\"livemode\":false,\"metadata\":{\"order_id\":\"" + orderId(n) + "\"},"
                + "\"line_items\":[" + ITEMS + "],\"note\":\"" + PAD + "\"}},"
                + "\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"payment_intent.succeeded\"}";
        return new String(fill(template, sizeBytes), StandardCharsets.US_ASCII);
    }

    /** Adds line items while they fit, then pads the note to exactly {@code sizeBytes}. */
    private static byte[] fill(String template, int sizeBytes) {
        int fixed = template.length() - ITEMS.length() - PAD.length();
        if (sizeBytes == 0) {
            return template.replace(ITEMS, "").replace(PAD, "").getBytes(StandardCharsets.US_ASCII);
        }
        if (fixed > sizeBytes) {
            throw new IllegalArgumentException("an event needs at least " + fixed + " bytes, not " + sizeBytes);
        }
        StringBuilder items = new StringBuilder();
        for (int i = 1; ; i++) {
            String item = (items.length() == 0 ? "" : ",")
                    + "{\"sku\":\"sku_" + String.format(Locale.ROOT, "%05d", i) + "\","
                    + "\"name\":\"Field notebook, dotted, A5\",\"quantity\":" + (1 + i % 3) + ","
                    + "\"unit_amount_minor\":" + (100 + i) + ",\"tags\":[\"stationery\",\"paper\"]}";
            if (fixed + items.length() + item.length() > sizeBytes) {
                break;
            }
            items.append(item);
        }
        String note = "x".repeat(sizeBytes - fixed - items.length());
        byte[] body = template.replace(ITEMS, items).replace(PAD, note).getBytes(StandardCharsets.US_ASCII);
        if (body.length != sizeBytes) {
            throw new IllegalStateException("built " + body.length + " bytes instead of " + sizeBytes);
        }
        return body;
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
