package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.PricingBand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Micro/Nano statement views built from the usage the sandbox recorded for confirmed Micro and
 * Nano sessions: open periods, settlement batches (once a period reaches the early-close
 * threshold) and totals, in the reference sandbox's shapes. Pure functions over a usage list.
 */
final class MeteredStatements {

    /** Pre-debit notice before a batch may be debited. */
    private static final Duration NOTICE = Duration.ofHours(72);

    private static final String CSV_HEADER = "metered_usage_id,created_at,plan_type,currency,token_symbol,"
            + "provider_gross_amount_minor,protocol_fee_minor,provider_receivable_minor,requirement_id,event_id\n";

    private MeteredStatements() {
    }

    /**
     * One recorded usage event.
     *
     * @param fields the event as the usage lists show it
     * @param accounting its accounting in tenths of a minor unit
     */
    record Usage(Map<String, Object> fields, ConfirmationEvents.MeteredAccounting accounting) {

        static Usage of(SessionRecord session, PricingBand band, StoredEvent event, Instant now) {
            ConfirmationEvents.MeteredAccounting accounting =
                    ConfirmationEvents.MeteredAccounting.of(session.currency, band, session.amountMinor);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("metered_usage_id", "mu_sandbox_" + session.id);
            fields.put("created_at", Json.iso(now));
            fields.put("plan_type", band.wireName());
            fields.put("pricing_band", band.wireName());
            fields.put("settlement_cadence", band.settlementCadence());
            fields.put("period_start", Json.iso(now));
            fields.put("period_end", null);
            fields.put("listing_id", session.metadataText("listing_id", "sandbox_listing"));
            fields.put("capability_key", session.metadataText("capability_key", "sandbox_checkout"));
            fields.put("operation_key", session.metadataText("operation_key", "checkout.confirm"));
            fields.put("currency", session.currency);
            fields.put("token_symbol", session.tokenSymbol);
            fields.put("status", "open");
            fields.put("settlement_batch_id", null);
            fields.put("buyer_period_ref",
                    "buyer_sandbox:" + session.merchant + ":" + session.tokenSymbol + ":" + band.wireName());
            fields.put("requirement_id", session.requirementId);
            fields.put("challenge_hash", session.challengeHash);
            fields.put("event_id", event.id());
            fields.putAll(accounting.fields());
            return new Usage(Collections.unmodifiableMap(fields), accounting);
        }

        String text(String field) {
            Object value = fields.get(field);
            return value == null ? null : value.toString();
        }

        String groupKey() {
            return text("plan_type") + ":" + text("currency") + ":" + text("token_symbol");
        }
    }

    /** Usage matching the {@code plan_type}, {@code token_symbol} and {@code status} filters. */
    static List<Usage> filter(List<Usage> usage, Map<String, String> query) {
        List<Usage> result = new ArrayList<>();
        for (Usage item : usage) {
            if (matches(item, query, "plan_type") && matches(item, query, "token_symbol")
                    && matches(item, query, "status")) {
                result.add(item);
            }
        }
        return result;
    }

    static List<Map<String, Object>> usageItems(List<Usage> usage) {
        List<Map<String, Object>> items = new ArrayList<>(usage.size());
        for (Usage item : usage) {
            items.add(item.fields());
        }
        return items;
    }

    static Map<String, Object> buyerSummary(List<Usage> usage, Instant now) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("role", "buyer");
        summary.put("open_periods", openPeriods(usage));
        summary.put("settlement_batches", batches(usage, now));
        summary.put("past_due_blocks", List.of());
        summary.put("balance_sufficiency", Map.of("sufficient", true));
        return summary;
    }

    static Map<String, Object> providerSummary(List<Usage> usage, Map<String, String> query, Instant now) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("role", "provider");
        summary.put("timezone", "UTC");
        summary.put("filters", new LinkedHashMap<>(query));
        summary.put("open_periods", openPeriods(usage));
        summary.put("periods", batches(usage, now));
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("settled_provider_receivable_minor", "0");
        totals.put("unsettled_provider_receivable_minor",
                Json.tenths(sum(usage, ConfirmationEvents.MeteredAccounting::receivableTenths)));
        totals.put("past_due_provider_receivable_minor", "0");
        totals.put("terminal_provider_receivable_minor", "0");
        totals.put("uncollectible_provider_receivable_minor", "0");
        totals.put("written_off_provider_receivable_minor", "0");
        summary.put("totals", totals);
        return summary;
    }

    /** One open period per plan, currency and token, in order of the newest usage first. */
    static List<Map<String, Object>> openPeriods(List<Usage> usage) {
        List<Map<String, Object>> periods = new ArrayList<>();
        for (List<Usage> group : groups(usage).values()) {
            Usage newest = group.get(0);
            Usage oldest = group.get(group.size() - 1);
            long gross = sum(group, ConfirmationEvents.MeteredAccounting::grossTenths);
            boolean thresholdReached = gross >= ConfirmationEvents.SETTLEMENT_THRESHOLD_MINOR * 10;
            String planType = newest.text("plan_type");
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("plan_type", planType);
            period.put("settlement_cadence", "micro".equals(planType) ? "weekly" : "monthly");
            period.put("currency", newest.text("currency"));
            period.put("token_symbol", newest.text("token_symbol"));
            period.put("period_start", oldest.text("created_at"));
            period.put("period_end", null);
            period.put("close_at", null);
            period.put("settlement_trigger", thresholdReached ? "amount_threshold" : null);
            period.put("settlement_threshold_minor", Long.toString(ConfirmationEvents.SETTLEMENT_THRESHOLD_MINOR));
            period.put("threshold_reached_at", thresholdReached ? newest.text("created_at") : null);
            period.put("provider_gross_amount_minor", Json.tenths(gross));
            period.put("provider_usage_amount_minor", Json.tenths(gross));
            period.put("protocol_fee_minor",
                    Json.tenths(sum(group, ConfirmationEvents.MeteredAccounting::protocolFeeTenths)));
            period.put("provider_receivable_minor",
                    Json.tenths(sum(group, ConfirmationEvents.MeteredAccounting::receivableTenths)));
            period.put("buyer_debit_minor", Json.tenths(gross));
            period.put("total_unsettled_exposure_minor", Json.tenths(gross));
            periods.add(period);
        }
        return periods;
    }

    /** A settlement batch for each open period that reached the early-close threshold. */
    static List<Map<String, Object>> batches(List<Usage> usage, Instant now) {
        List<Map<String, Object>> batches = new ArrayList<>();
        String debitAt = Json.iso(now.plus(NOTICE));
        for (Map<String, Object> period : openPeriods(usage)) {
            if (!"amount_threshold".equals(period.get("settlement_trigger"))) {
                continue;
            }
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("settlement_batch_id", batchId(period));
            batch.put("status", "notice_pending");
            batch.put("notice_status", "pending");
            batch.put("not_before_attempt_at", debitAt);
            batch.put("expected_scheduled_debit_at", debitAt);
            batch.putAll(period);
            batches.add(batch);
        }
        return batches;
    }

    static Optional<Map<String, Object>> batch(List<Usage> usage, String batchId, Instant now) {
        for (Map<String, Object> batch : batches(usage, now)) {
            if (batch.get("settlement_batch_id").equals(batchId)) {
                return Optional.of(batch);
            }
        }
        return Optional.empty();
    }

    /** The usage of one batch as CSV, one row per usage event, newest first. */
    static String batchCsv(List<Usage> usage, Map<String, Object> batch) {
        String key = batch.get("plan_type") + ":" + batch.get("currency") + ":" + batch.get("token_symbol");
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (Usage item : usage) {
            if (!item.groupKey().equals(key)) {
                continue;
            }
            String[] columns = {"metered_usage_id", "created_at", "plan_type", "currency", "token_symbol",
                "provider_gross_amount_minor", "protocol_fee_minor", "provider_receivable_minor", "requirement_id",
                "event_id"};
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csvCell(item.text(columns[i])));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String batchId(Map<String, Object> period) {
        return "batch_sandbox_" + period.get("plan_type") + "_" + period.get("currency") + "_" + period.get("token_symbol");
    }

    private static Map<String, List<Usage>> groups(List<Usage> usage) {
        Map<String, List<Usage>> groups = new LinkedHashMap<>();
        for (Usage item : usage) {
            groups.computeIfAbsent(item.groupKey(), key -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    private static long sum(List<Usage> usage, java.util.function.ToLongFunction<ConfirmationEvents.MeteredAccounting> part) {
        long total = 0;
        for (Usage item : usage) {
            total += part.applyAsLong(item.accounting());
        }
        return total;
    }

    private static boolean matches(Usage item, Map<String, String> query, String field) {
        String wanted = query.get(field);
        return wanted == null || wanted.isEmpty() || wanted.equals(item.text(field));
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
