package com.siglume.sdrp.confirmation;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.webhook.WebhookEvent;

/**
 * Classifies {@code direct_payment.confirmed} webhook events into what the merchant may do.
 *
 * <p>Only {@link StandardSettled} may mark an order paid; {@link MeteredUsageAccepted} may
 * fulfil it as unsettled; {@link MeteredBatchSettled} settles revenue for a batch and names no
 * order; {@link Unclassified} goes to durable manual review.
 *
 * <p>The rules, applied in this order (a field "is present" only when it is a JSON string that
 * is not blank after ECMAScript trimming; values are compared exactly after trimming, so
 * {@code STANDARD} is not {@code standard}; {@code requirement_id} falls back to
 * {@code direct_payment_requirement_id}):
 * <ol>
 * <li>type other than {@code direct_payment.confirmed}: unknown, {@code not_direct_payment_confirmed};</li>
 * <li>{@code mode} neither {@code external_402} nor {@code metered_settlement_batch}: unknown,
 *     {@code unsupported_confirmation_mode};</li>
 * <li>mode {@code metered_settlement_batch}: metered batch settled when status is
 *     {@code settled}, finality {@code aggregated_onchain_settlement}, band micro or nano with
 *     its cadence (weekly, monthly) and a batch id, chain receipt id and usage event digest are
 *     present; else unknown, {@code invalid_metered_settlement_confirmation};</li>
 * <li>band {@code standard}: standard settled when finality is {@code per_payment_onchain},
 *     status {@code settled} and requirement id, challenge hash and chain receipt id are
 *     present; else unknown, {@code missing_standard_settlement_fields};</li>
 * <li>band micro or nano: metered usage accepted when finality is
 *     {@code aggregated_onchain_settlement}, status {@code pending_settlement}, the cadence
 *     matches the band and requirement id and challenge hash are present; else unknown,
 *     {@code missing_metered_usage_fields};</li>
 * <li>anything else: unknown, {@code unknown_confirmation_shape}.</li>
 * </ol>
 * An unknown result carries the requirement id, band, cadence, settlement status and finality
 * when present, and the batch id too except for the two "missing fields" reasons, as the
 * reference SDKs do.
 */
public final class PaymentConfirmations {


    private PaymentConfirmations() {
    }

    /**
     * Classifies an event. Only the event's own fields are read; nothing is changed.
     *
     * @param event a parsed (and, for deliveries, verified) webhook event
     * @return the classification; never {@code null}
     * @throws SdrpValidationException when {@code event} is {@code null}
     */
    public static PaymentConfirmation classify(WebhookEvent event) {
        if (event == null) {
            throw new SdrpValidationException("event", "event is required");
        }
        String requirementId = event.dataString("requirement_id");
        if (requirementId == null) {
            requirementId = event.dataString("direct_payment_requirement_id");
        }
        String band = event.dataString("pricing_band");
        String cadence = event.dataString("settlement_cadence");
        String finality = event.dataString("finality");
        String status = event.dataString("settlement_status");
        String mode = event.dataString("mode");
        String batchId = event.dataString("settlement_batch_id");
        PricingBand knownBand = PricingBand.fromWireName(band).orElse(null);

        if (!Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED.equals(event.type())) {
            return new Unclassified(event, UnclassifiedReason.NOT_DIRECT_PAYMENT_CONFIRMED, requirementId, batchId,
                    band, cadence, status, finality);
        }
        if (!Sdrp.PAYMENT_MODE.equals(mode) && !Sdrp.METERED_BATCH_MODE.equals(mode)) {
            return new Unclassified(event, UnclassifiedReason.UNSUPPORTED_CONFIRMATION_MODE, requirementId, batchId,
                    band, cadence, status, finality);
        }
        if (Sdrp.METERED_BATCH_MODE.equals(mode)) {
            String chainReceiptId = event.dataString("chain_receipt_id");
            String usageEventDigest = event.dataString("usage_event_digest");
            if (Sdrp.STATUS_SETTLED.equals(status) && Sdrp.FINALITY_METERED.equals(finality)
                    && isMetered(knownBand) && knownBand.settlementCadence().equals(cadence)
                    && batchId != null && chainReceiptId != null && usageEventDigest != null) {
                return new MeteredBatchSettled(event, band, cadence, batchId, chainReceiptId, usageEventDigest,
                        event.dataString("settled_at"));
            }
            return new Unclassified(event, UnclassifiedReason.INVALID_METERED_SETTLEMENT_CONFIRMATION, requirementId,
                    batchId, band, cadence, status, finality);
        }
        String challengeHash = event.dataString("challenge_hash");
        if (knownBand == PricingBand.STANDARD) {
            String chainReceiptId = event.dataString("chain_receipt_id");
            if (Sdrp.FINALITY_STANDARD.equals(finality) && Sdrp.STATUS_SETTLED.equals(status)
                    && requirementId != null && challengeHash != null && chainReceiptId != null) {
                return new StandardSettled(event, requirementId, challengeHash, chainReceiptId,
                        event.dataString("request_hash_v2"));
            }
            return new Unclassified(event, UnclassifiedReason.MISSING_STANDARD_SETTLEMENT_FIELDS, requirementId, null,
                    band, cadence, status, finality);
        }
        if (isMetered(knownBand)) {
            if (Sdrp.FINALITY_METERED.equals(finality) && Sdrp.STATUS_PENDING_SETTLEMENT.equals(status)
                    && knownBand.settlementCadence().equals(cadence) && requirementId != null && challengeHash != null) {
                return new MeteredUsageAccepted(event, band, cadence, requirementId, challengeHash,
                        event.dataString("request_hash_v2"));
            }
            return new Unclassified(event, UnclassifiedReason.MISSING_METERED_USAGE_FIELDS, requirementId, null,
                    band, cadence, status, finality);
        }
        return new Unclassified(event, UnclassifiedReason.UNKNOWN_CONFIRMATION_SHAPE, requirementId, batchId, band,
                cadence, status, finality);
    }

    private static boolean isMetered(PricingBand band) {
        return band != null && band.isMetered();
    }
}
