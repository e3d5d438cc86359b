package com.siglume.sdrp.sandbox.metered;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.internal.SdrpJson;
import com.siglume.sdrp.sandbox.SandboxPayment;
import com.siglume.sdrp.sandbox.SandboxTimestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Micro/Nano statements in the reference sandbox's shapes, built from the Micro and Nano payments
 * in the books, Hosted Checkout and buyer API alike: one usage event per payment, one open period per plan, currency and token, and a
 * settlement batch for each period that reached the early-close threshold. Amounts are read
 * from the confirmation events the sandbox sent, so statements and webhooks always agree.
 */
final class MeteredStatements {

    /** Pre-debit notice before a batch may be debited. */
    private static final Duration NOTICE = Duration.ofHours(72);

    private static final List<Function<UsageEvent, String>> CSV_COLUMNS = List.of(
            UsageEvent::meteredUsageId, UsageEvent::createdAt, UsageEvent::planType, UsageEvent::currency,
            UsageEvent::tokenSymbol, usage -> usage.accounting().providerGrossAmountMinor(),
            usage -> usage.accounting().protocolFeeMinor(), usage -> usage.accounting().providerReceivableMinor(),
            UsageEvent::requirementId, UsageEvent::eventId);
    private static final String CSV_HEADER = "metered_usage_id,created_at,plan_type,currency,token_symbol,"
            + "provider_gross_amount_minor,protocol_fee_minor,provider_receivable_minor,requirement_id,event_id\n";

    private MeteredStatements() {
    }

    /** The accounting fields of a Micro/Nano confirmation, as decimal strings. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accounting(
            String providerGrossAmountMinor,
            String providerUsageAmountMinor,
            String protocolFeeMinor,
            String providerReceivableMinor,
            String grossBuyerDebitMinor,
            String buyerDebitMinor,
            String roundingDeltaMinor,
            String settlementThresholdMinor) {
    }

    /** One usage event, as the usage lists show it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UsageEvent(
            String meteredUsageId,
            String createdAt,
            String planType,
            String pricingBand,
            String settlementCadence,
            String periodStart,
            String periodEnd,
            String listingId,
            String capabilityKey,
            String operationKey,
            String currency,
            String tokenSymbol,
            String status,
            String settlementBatchId,
            String buyerPeriodRef,
            String requirementId,
            String challengeHash,
            String eventId,
            @JsonUnwrapped Accounting accounting) {

        static UsageEvent of(SandboxPayment payment) {
            PricingBand band = payment.pricingBand();
            String paidAt = SandboxTimestamps.format(payment.paidAt());
            Accounting accounting = SdrpJson.MAPPER.convertValue(payment.confirmationData(), Accounting.class);
            boolean checkout = payment.channel() == SandboxPayment.Channel.HOSTED_CHECKOUT;
            return new UsageEvent("mu_sandbox_" + payment.paymentId(), paidAt, band.wireName(), band.wireName(),
                    band.settlementCadence(), paidAt, null,
                    metadataText(payment, "listing_id", "sandbox_listing"),
                    metadataText(payment, "capability_key", checkout ? "sandbox_checkout" : "sandbox_direct_payment"),
                    metadataText(payment, "operation_key", checkout ? "checkout.confirm" : "direct_payment.execute"),
                    payment.currency(), payment.tokenSymbol(), "open", null,
                    "buyer_sandbox:" + payment.merchant() + ":" + payment.tokenSymbol() + ":" + band.wireName(),
                    payment.requirementId(), payment.challengeHash(), payment.confirmationEventId(), accounting);
        }

        String groupKey() {
            return planType + ":" + currency + ":" + tokenSymbol;
        }

        /** The value of a field the lists filter on: {@code plan_type}, {@code token_symbol} or {@code status}. */
        private String filterField(String name) {
            return switch (name) {
                case "plan_type" -> planType;
                case "token_symbol" -> tokenSymbol;
                default -> status;
            };
        }
    }

    /** The usage of one plan, currency and token not yet settled. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OpenPeriod(
            String planType,
            String settlementCadence,
            String currency,
            String tokenSymbol,
            String periodStart,
            String periodEnd,
            String closeAt,
            String settlementTrigger,
            String settlementThresholdMinor,
            String thresholdReachedAt,
            String providerGrossAmountMinor,
            String providerUsageAmountMinor,
            String protocolFeeMinor,
            String providerReceivableMinor,
            String buyerDebitMinor,
            String totalUnsettledExposureMinor) {

        /** The group's newest usage comes first, as the usage lists are ordered. */
        static OpenPeriod of(List<UsageEvent> group) {
            UsageEvent newest = group.get(0);
            UsageEvent oldest = group.get(group.size() - 1);
            BigDecimal gross = sum(group, Accounting::providerGrossAmountMinor);
            String threshold = newest.accounting().settlementThresholdMinor();
            boolean thresholdReached = gross.compareTo(new BigDecimal(threshold)) >= 0;
            String grossText = text(gross);
            return new OpenPeriod(newest.planType(), newest.settlementCadence(), newest.currency(),
                    newest.tokenSymbol(), oldest.createdAt(), null, null,
                    thresholdReached ? "amount_threshold" : null, threshold,
                    thresholdReached ? newest.createdAt() : null, grossText, grossText,
                    text(sum(group, Accounting::protocolFeeMinor)),
                    text(sum(group, Accounting::providerReceivableMinor)), grossText, grossText);
        }

        boolean thresholdReached() {
            return settlementTrigger != null;
        }

        String groupKey() {
            return planType + ":" + currency + ":" + tokenSymbol;
        }
    }

    /** A period closed early at the threshold, waiting out its pre-debit notice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SettlementBatch(
            String settlementBatchId,
            String status,
            String noticeStatus,
            String notBeforeAttemptAt,
            String expectedScheduledDebitAt,
            @JsonUnwrapped OpenPeriod period) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Totals(
            String settledProviderReceivableMinor,
            String unsettledProviderReceivableMinor,
            String pastDueProviderReceivableMinor,
            String terminalProviderReceivableMinor,
            String uncollectibleProviderReceivableMinor,
            String writtenOffProviderReceivableMinor) {
    }

    record BalanceSufficiency(boolean sufficient) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BuyerSummary(
            String role,
            List<OpenPeriod> openPeriods,
            List<SettlementBatch> settlementBatches,
            List<Object> pastDueBlocks,
            BalanceSufficiency balanceSufficiency) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ProviderSummary(
            String role,
            String timezone,
            Map<String, String> filters,
            List<OpenPeriod> openPeriods,
            List<SettlementBatch> periods,
            Totals totals) {
    }

    /** Usage matching the {@code plan_type}, {@code token_symbol} and {@code status} filters, newest first. */
    static List<UsageEvent> usage(List<SandboxPayment> payments, Map<String, String> query) {
        return payments.stream().map(UsageEvent::of)
                .filter(usage -> matches(usage, query, "plan_type") && matches(usage, query, "token_symbol")
                        && matches(usage, query, "status"))
                .toList();
    }

    static BuyerSummary buyerSummary(List<UsageEvent> usage, Instant now) {
        return new BuyerSummary("buyer", openPeriods(usage), batches(usage, now), List.of(),
                new BalanceSufficiency(true));
    }

    static ProviderSummary providerSummary(List<UsageEvent> usage, Map<String, String> query, Instant now) {
        Totals totals = new Totals("0", text(sum(usage, Accounting::providerReceivableMinor)), "0", "0", "0", "0");
        return new ProviderSummary("provider", "UTC", query, openPeriods(usage), batches(usage, now), totals);
    }

    /** One open period per plan, currency and token, in order of the newest usage first. */
    static List<OpenPeriod> openPeriods(List<UsageEvent> usage) {
        Map<String, List<UsageEvent>> groups = new LinkedHashMap<>();
        for (UsageEvent item : usage) {
            groups.computeIfAbsent(item.groupKey(), key -> new ArrayList<>()).add(item);
        }
        return groups.values().stream().map(OpenPeriod::of).toList();
    }

    /** A settlement batch for each open period that reached the early-close threshold. */
    static List<SettlementBatch> batches(List<UsageEvent> usage, Instant now) {
        String debitAt = SandboxTimestamps.format(now.plus(NOTICE));
        return openPeriods(usage).stream().filter(OpenPeriod::thresholdReached)
                .map(period -> new SettlementBatch("batch_sandbox_" + period.planType() + "_" + period.currency()
                        + "_" + period.tokenSymbol(), "notice_pending", "pending", debitAt, debitAt, period))
                .toList();
    }

    static Optional<SettlementBatch> batch(List<UsageEvent> usage, String batchId, Instant now) {
        return batches(usage, now).stream().filter(batch -> batch.settlementBatchId().equals(batchId)).findFirst();
    }

    /** The usage of one batch as CSV, one row per usage event, newest first. */
    static String batchCsv(List<UsageEvent> usage, SettlementBatch batch) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (UsageEvent item : usage) {
            if (!item.groupKey().equals(batch.period().groupKey())) {
                continue;
            }
            for (int i = 0; i < CSV_COLUMNS.size(); i++) {
                csv.append(i > 0 ? "," : "").append(csvCell(CSV_COLUMNS.get(i).apply(item)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String metadataText(SandboxPayment payment, String field, String fallback) {
        Object value = payment.metadata().get(field);
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }

    private static BigDecimal sum(List<UsageEvent> usage, Function<Accounting, String> part) {
        BigDecimal total = BigDecimal.ZERO;
        for (UsageEvent item : usage) {
            total = total.add(new BigDecimal(part.apply(item.accounting())));
        }
        return total;
    }

    /** A sum as the statements write it: 8.0 -> "8", 0.8 -> "0.8", 1E+2 -> "100". */
    private static String text(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static boolean matches(UsageEvent usage, Map<String, String> query, String field) {
        String wanted = query.get(field);
        return wanted == null || wanted.isEmpty() || wanted.equals(usage.filterField(field));
    }

    /** Quotes a cell when it holds a comma, quote or line break; a leading formula sign is neutralised. */
    private static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
