package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.Sdrp;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds webhook event objects in the shape the reference sandbox sends, for the sandbox itself
 * and for {@link WebhookTestEvents}, so both always agree. The Micro/Nano statements read their
 * accounting back from these events, so they agree too.
 */
final class ConfirmationEvents {

    /** The {@code api_version} of sandbox events. */
    static final String API_VERSION = "2026-06-20";

    /** Micro/Nano statements close early at this gross amount (JPY 10,000 or USD 100.00). */
    static final long SETTLEMENT_THRESHOLD_MINOR = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationEvents() {
    }

    /** A fresh event id: {@code evt_sandbox_<epoch millis>_<6 hex>}. */
    static String newEventId(Instant now) {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return "evt_sandbox_" + now.toEpochMilli() + "_" + HexFormat.of().formatHex(random);
    }

    /** A sandbox event object, at the sandbox's {@code api_version}. */
    static Map<String, Object> event(String id, String type, Instant occurredAt, Map<String, Object> data) {
        return event(id, type, API_VERSION, occurredAt, data);
    }

    /** The event object: id, type, api_version, occurred_at, data, in that order. */
    static Map<String, Object> event(String id, String type, String apiVersion, Instant occurredAt,
                                     Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("api_version", apiVersion);
        event.put("occurred_at", SandboxTimestamps.format(occurredAt));
        event.put("data", data);
        return event;
    }

    /**
     * The data every sandbox event starts from (a settled Standard payment with placeholder
     * ids); the caller's fields are laid over it.
     */
    static Map<String, Object> baseData(Instant now) {
        long millis = now.toEpochMilli();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", Sdrp.PAYMENT_MODE);
        data.put("pricing_band", PricingBand.STANDARD.wireName());
        data.put("finality", Sdrp.FINALITY_STANDARD);
        data.put("settlement_status", Sdrp.STATUS_SETTLED);
        data.put("requirement_id", "dpr_sandbox_" + millis);
        data.put("challenge_hash", "sha256:sandbox_readiness");
        data.put("chain_receipt_id", "chain_sandbox_" + millis);
        data.put("environment", "sandbox");
        return data;
    }

    /**
     * The data of a {@code direct_payment.confirmed} event for one payment. A Standard payment
     * names its on-chain receipt; a Micro/Nano one has none yet (it settles later in a batch)
     * and carries the statement accounting instead.
     */
    static Map<String, Object> paymentData(Instant now, Payment payment) {
        PricingBand band = PricingBand.of(payment.currency(), payment.amountMinor());
        Map<String, Object> data = baseData(now);
        data.put("merchant", payment.merchant());
        data.put("requirement_id", payment.requirementId());
        data.put("direct_payment_requirement_id", payment.requirementId());
        data.put("challenge_hash", payment.challengeHash());
        data.put("amount_minor", payment.amountMinor());
        data.put("currency", payment.currency());
        data.put("token_symbol", payment.tokenSymbol());
        data.put("pricing_band", band.wireName());
        data.put("settlement_cadence", band.settlementCadence());
        data.put("finality", band.finality());
        data.put("settlement_status", band.settlementStatus());
        if (band.isMetered()) {
            data.remove("chain_receipt_id");
            data.putAll(MeteredAccounting.of(payment.currency(), band, payment.amountMinor()).fields());
        } else {
            data.put("chain_receipt_id", payment.chainReceiptId());
        }
        if (payment.requestHashV2() != null) {
            data.put("request_hash_v2", payment.requestHashV2());
        }
        return data;
    }

    /**
     * The facts a payment confirmation is built from; the request hash v2 is {@code null} for a
     * Hosted Checkout session, whose sandbox challenge hash is not a real challenge's.
     */
    record Payment(String merchant, String requirementId, String challengeHash, long amountMinor,
                   String currency, String tokenSymbol, String chainReceiptId, String requestHashV2) {
    }

    /**
     * Seller-borne Micro/Nano accounting in tenths of a minor unit: the buyer is debited the
     * provider's gross, and the provider receives the gross less a fixed protocol fee.
     */
    record MeteredAccounting(long grossTenths, long protocolFeeTenths) {

        static MeteredAccounting of(String currency, PricingBand band, long amountMinor) {
            boolean usd = "USD".equals(currency);
            long fee = band == PricingBand.MICRO ? (usd ? 10 : 20) : (usd ? 1 : 2);
            return new MeteredAccounting(Math.multiplyExact(amountMinor, 10L), fee);
        }

        long receivableTenths() {
            return grossTenths - protocolFeeTenths;
        }

        /** The protocol fee in minor units, as the statements write it: 2 tenths -> 0.2. */
        BigDecimal protocolFee() {
            return new BigDecimal(tenths(protocolFeeTenths));
        }

        /** Tenths of a minor unit as the decimal string statements use: 8 -> "0.8", 1000 -> "100". */
        private static String tenths(long tenths) {
            return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
        }

        /** The accounting fields, as decimal strings, in the reference's order. */
        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("provider_gross_amount_minor", tenths(grossTenths));
            fields.put("provider_usage_amount_minor", tenths(grossTenths));
            fields.put("protocol_fee_minor", tenths(protocolFeeTenths));
            fields.put("provider_receivable_minor", tenths(receivableTenths()));
            fields.put("gross_buyer_debit_minor", tenths(grossTenths));
            fields.put("buyer_debit_minor", tenths(grossTenths));
            fields.put("rounding_delta_minor", "0");
            fields.put("settlement_threshold_minor", Long.toString(SETTLEMENT_THRESHOLD_MINOR));
            return fields;
        }
    }
}
