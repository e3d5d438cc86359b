package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.check.SiglumeChecks;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds {@code direct_payment.confirmed} events for a webhook receiver's own tests, in exactly
 * the shape the sandbox sends, ready to sign with {@link TestWebhookEvent#sign(String, long)}.
 *
 * <pre>{@code
 * SignedWebhook delivery = WebhookTestEvents.standard()
 *         .withEventId("evt_order_123")
 *         .withRequirementId("dpr_order_123")
 *         .sign("whsec_test", Instant.now().getEpochSecond());
 * }</pre>
 *
 * <p>Each factory call picks fresh random ids (event, requirement, challenge hash, receipt) so
 * two events are distinct unless you choose the same ids.
 */
public final class WebhookTestEvents {

    /** Merchant key used by the events unless changed. */
    public static final String DEFAULT_MERCHANT = "sandbox_merchant";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookTestEvents() {
    }

    /**
     * A settled Standard payment of JPY 1200 ({@code standard_settled}).
     *
     * @return the event
     */
    public static TestWebhookEvent standard() {
        return payment("JPY", 1200);
    }

    /**
     * Accepted Micro usage of JPY 300, settling weekly ({@code metered_usage_accepted}).
     *
     * @return the event
     */
    public static TestWebhookEvent micro() {
        return payment("JPY", 300);
    }

    /**
     * Accepted Nano usage of JPY 30, settling monthly ({@code metered_usage_accepted}).
     *
     * @return the event
     */
    public static TestWebhookEvent nano() {
        return payment("JPY", 30);
    }

    /**
     * A payment confirmation whose band follows the amount, as the sandbox builds it on confirm.
     *
     * @param currency {@code JPY} or {@code USD}
     * @param amountMinor a positive amount in minor units
     * @return the event
     * @throws SdrpValidationException when the currency or amount is invalid
     */
    public static TestWebhookEvent payment(String currency, long amountMinor) {
        String normalised = SdrpInputs.currency(currency);
        String suffix = suffix();
        Instant now = Instant.now();
        Map<String, Object> data = ConfirmationEvents.paymentData(now, new ConfirmationEvents.Payment(
                DEFAULT_MERCHANT, "dpr_test_" + suffix, "sha256:test_" + suffix,
                SdrpInputs.positiveInteger("amount_minor", amountMinor), normalised,
                SdrpInputs.defaultToken(normalised), "chain_test_" + suffix, null));
        return new TestWebhookEvent("evt_test_" + suffix, Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED,
                ConfirmationEvents.API_VERSION, now, data);
    }

    /**
     * A settled Micro/Nano settlement batch ({@code metered_batch_settled}) in JPY.
     *
     * @param band {@link PricingBand#MICRO} or {@link PricingBand#NANO}
     * @return the event
     * @throws SdrpValidationException when the band is missing or Standard
     */
    public static TestWebhookEvent batch(PricingBand band) {
        if (band == null || !band.isMetered()) {
            throw new SdrpValidationException("pricing_band", "a settlement batch is micro or nano");
        }
        String suffix = suffix();
        Instant now = Instant.now();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", Sdrp.METERED_BATCH_MODE);
        data.put("pricing_band", band.wireName());
        data.put("settlement_cadence", band.settlementCadence());
        data.put("finality", Sdrp.FINALITY_METERED);
        data.put("settlement_status", Sdrp.STATUS_SETTLED);
        data.put("settlement_batch_id", "batch_test_" + suffix);
        data.put("chain_receipt_id", "chain_test_" + suffix);
        data.put("usage_event_digest", "sha256:usage_test_" + suffix);
        data.put("settled_at", SandboxTimestamps.format(now));
        data.put("merchant", DEFAULT_MERCHANT);
        data.put("currency", "JPY");
        data.put("token_symbol", "JPYC");
        data.put("environment", "sandbox");
        return new TestWebhookEvent("evt_test_" + suffix, Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED,
                ConfirmationEvents.API_VERSION, now, data);
    }

    /**
     * A readiness-probe delivery, as a delivery check sends it: receivers acknowledge it and
     * never touch orders.
     *
     * @return the event
     */
    public static TestWebhookEvent probe() {
        String suffix = suffix();
        Instant now = Instant.now();
        Map<String, Object> data = ConfirmationEvents.baseData(now);
        data.putAll(probeData(DEFAULT_MERCHANT, "dpr_readiness_" + suffix));
        return new TestWebhookEvent("evt_test_" + suffix, Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED,
                ConfirmationEvents.API_VERSION, now, data);
    }

    /** The fields a readiness probe lays over the base event data. */
    static Map<String, Object> probeData(String merchant, String requirementId) {
        return SiglumeChecks.readinessProbeData(merchant, requirementId);
    }

    private static String suffix() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
