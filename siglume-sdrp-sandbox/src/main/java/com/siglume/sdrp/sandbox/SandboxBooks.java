package com.siglume.sdrp.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's books: every payment, from Hosted Checkout and the buyer API alike, newest
 * first. Balances are computed from the payments (and their confirmation events' accounting)
 * each time, so they can never drift from what the webhooks said. Thread-safe.
 */
final class SandboxBooks {

    private final List<SandboxPayment> payments = new ArrayList<>();

    synchronized void record(SandboxPayment payment) {
        payments.add(0, payment);
    }

    synchronized List<SandboxPayment> payments() {
        return List.copyOf(payments);
    }

    synchronized List<SandboxPayment> meteredPayments() {
        return payments.stream().filter(payment -> payment.pricingBand().isMetered()).toList();
    }

    synchronized void clear() {
        payments.clear();
    }

    /** One balance per token, in the order the tokens were first paid in. */
    List<SandboxBalance> balances() {
        Map<String, Totals> totals = new LinkedHashMap<>();
        List<SandboxPayment> all = payments();
        for (int i = all.size() - 1; i >= 0; i--) {
            SandboxPayment payment = all.get(i);
            totals.computeIfAbsent(payment.tokenSymbol(), token -> new Totals()).add(payment);
        }
        return totals.entrySet().stream().map(entry -> entry.getValue().balance(entry.getKey())).toList();
    }

    private static final class Totals {

        private int count;
        private BigDecimal debited = BigDecimal.ZERO;
        private BigDecimal settled = BigDecimal.ZERO;
        private BigDecimal pending = BigDecimal.ZERO;
        private BigDecimal fees = BigDecimal.ZERO;

        void add(SandboxPayment payment) {
            count++;
            if (!payment.pricingBand().isMetered()) {
                BigDecimal amount = BigDecimal.valueOf(payment.amountMinor());
                debited = debited.add(amount);
                settled = settled.add(amount);
                return;
            }
            Map<String, Object> data = payment.confirmationData();
            debited = debited.add(decimal(data, "buyer_debit_minor"));
            pending = pending.add(decimal(data, "provider_receivable_minor"));
            fees = fees.add(decimal(data, "protocol_fee_minor"));
        }

        SandboxBalance balance(String token) {
            return new SandboxBalance(token, count, plain(debited), plain(settled), plain(pending), plain(fees));
        }

        private static BigDecimal decimal(Map<String, Object> data, String field) {
            return new BigDecimal((String) data.get(field));
        }

        /** 8.0 reads as 8, 0.80 as 0.8, so balances compare as the statements print them. */
        private static BigDecimal plain(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }
}
