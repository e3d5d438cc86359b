package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable record of an agent's spending: per currency and budget period, what was spent or
 * reserved; per challenge, how far its payment got. Everything is in the database, so a restart
 * neither resets a budget nor forgets a paid challenge.
 *
 * <p>Concurrent payments cannot overspend: the amount is added to the period's total by one
 * conditional {@code UPDATE ... WHERE spent_minor + amount <= budget}, which the database runs
 * under the row's lock, in the same transaction that inserts the challenge's row (whose primary
 * key lets one call per challenge through). Every operation runs in a transaction of its own,
 * committed before money moves, whatever transaction the calling thread has.
 *
 * <p>Tables {@value #BUDGETS_TABLE} and {@value #PAYMENTS_TABLE}; the script is
 * {@value #SCHEMA_LOCATION}. Thread-safe.
 */
public final class JdbcSpendLedger {

    /** Spending per currency and budget period. */
    public static final String BUDGETS_TABLE = "siglume_agent_budgets";

    /** One row per challenge the agent tried to pay. */
    public static final String PAYMENTS_TABLE = "siglume_agent_payments";

    /** The schema script, the same for H2, PostgreSQL, MariaDB and MySQL. */
    public static final String SCHEMA_LOCATION = "classpath:com/siglume/sdrp/spring/ai/payment/schema.sql";

    private static final String ENTRY_COLUMNS = "challenge_hash, merchant, amount_minor, currency, period_start,"
            + " status, requirement_id, receipt_id, chain_receipt_id, pricing_band, requirement_status, verified";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /**
     * Creates the ledger on a database that has its tables.
     *
     * @param dataSource the database
     * @param clock the clock of the rows' timestamps
     */
    public JdbcSpendLedger(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // Never joins the caller's transaction: a reservation must be committed before the
        // payment is sent, and a caller's rollback must not forget a payment that was made.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads a challenge's entry.
     *
     * @param challengeHash the challenge hash
     * @return the entry, or empty when the challenge was never (or is no longer) recorded
     */
    public Optional<LedgerEntry> find(String challengeHash) {
        List<LedgerEntry> entries = transactions.execute(status -> jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM "
                + PAYMENTS_TABLE + " WHERE challenge_hash = ?", JdbcSpendLedger::entry, challengeHash));
        return entries == null || entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /**
     * Returns what a currency's budget period has spent or reserved.
     *
     * @param currency {@code JPY} or {@code USD}
     * @param periodStart the period's first day
     * @return the total in minor units, zero for a period without payments
     */
    public long spent(String currency, LocalDate periodStart) {
        List<Long> totals = transactions.execute(status -> jdbc.queryForList("SELECT spent_minor FROM " + BUDGETS_TABLE
                + " WHERE currency = ? AND period_start = ?", Long.class, currency, periodStart.toString()));
        return totals == null || totals.isEmpty() ? 0 : totals.get(0);
    }

    /**
     * Records a challenge as being paid and reserves its amount against the period's budget, in
     * one transaction: both happen, or neither.
     *
     * @param offer the offer
     * @param periodStart the first day of the budget period it counts against
     * @param budgetMinor the period's budget in minor units
     * @return reserved, over budget, or already recorded
     */
    public Reservation reserve(PaymentOffer offer, LocalDate periodStart, long budgetMinor) {
        String period = periodStart.toString();
        ensureBudgetRow(offer.currency(), period);
        long now = clock.millis();
        try {
            Boolean reserved = transactions.execute(status -> {
                jdbc.update("INSERT INTO " + PAYMENTS_TABLE + " (challenge_hash, merchant, amount_minor, currency,"
                        + " period_start, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        offer.challengeHash(), offer.merchant(), offer.amountMinor(), offer.currency(), period,
                        LedgerStatus.RESERVED.column(), now, now);
                int updated = jdbc.update("UPDATE " + BUDGETS_TABLE + " SET spent_minor = spent_minor + ?"
                        + " WHERE currency = ? AND period_start = ? AND spent_minor + ? <= ?",
                        offer.amountMinor(), offer.currency(), period, offer.amountMinor(), budgetMinor);
                if (updated == 0) {
                    status.setRollbackOnly();
                }
                return updated == 1;
            });
            if (Boolean.TRUE.equals(reserved)) {
                return new Reservation.Reserved();
            }
            return new Reservation.BudgetExceeded(spent(offer.currency(), periodStart), budgetMinor);
        } catch (DuplicateKeyException e) {
            // Another call recorded this challenge first; its transaction committed before ours
            // failed, so its row is there to read (unless it was released since: then say so).
            return find(offer.challengeHash()).<Reservation>map(Reservation.AlreadyRecorded::new)
                    .orElseGet(() -> reserve(offer, periodStart, budgetMinor));
        }
    }

    /**
     * Notes the payment requirement created for a reserved challenge, so an operator can find
     * it if the process stops before the payment finishes.
     *
     * @param challengeHash the challenge hash
     * @param requirementId the requirement id
     */
    public void recordRequirement(String challengeHash, String requirementId) {
        transactions.executeWithoutResult(status -> jdbc.update("UPDATE " + PAYMENTS_TABLE
                + " SET requirement_id = ?, updated_at = ? WHERE challenge_hash = ?", requirementId, clock.millis(),
                challengeHash));
    }

    /**
     * Records a reserved challenge as paid, with its receipt. The amount stays spent.
     *
     * @param receipt the receipt
     */
    public void recordPaid(PaymentReceipt receipt) {
        transactions.executeWithoutResult(status -> jdbc.update("UPDATE " + PAYMENTS_TABLE + " SET status = ?,"
                + " requirement_id = ?, receipt_id = ?, chain_receipt_id = ?, pricing_band = ?, requirement_status = ?,"
                + " verified = ?, updated_at = ? WHERE challenge_hash = ?", LedgerStatus.PAID.column(),
                receipt.requirementId(), receipt.receiptId(), receipt.chainReceiptId(), receipt.pricingBand(),
                receipt.requirementStatus(), receipt.verified(), clock.millis(), receipt.challengeHash()));
    }

    /**
     * Records that a reserved challenge's payment was sent without a clear answer. The amount
     * stays reserved and the challenge is never paid again by this ledger's owner.
     *
     * @param challengeHash the challenge hash
     */
    public void recordUnknown(String challengeHash) {
        transactions.executeWithoutResult(status -> jdbc.update("UPDATE " + PAYMENTS_TABLE
                + " SET status = ?, updated_at = ? WHERE challenge_hash = ?", LedgerStatus.UNKNOWN.column(),
                clock.millis(), challengeHash));
    }

    /**
     * Forgets a reserved challenge whose payment certainly did not happen and gives its amount
     * back to the budget, in one transaction. Paid or unknown entries are left alone.
     *
     * @param challengeHash the challenge hash
     * @return whether a reserved entry was released
     */
    public boolean release(String challengeHash) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            List<LedgerEntry> entries = jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM " + PAYMENTS_TABLE
                    + " WHERE challenge_hash = ? AND status = ?", JdbcSpendLedger::entry, challengeHash,
                    LedgerStatus.RESERVED.column());
            if (entries.isEmpty() || jdbc.update("DELETE FROM " + PAYMENTS_TABLE + " WHERE challenge_hash = ? AND"
                    + " status = ?", challengeHash, LedgerStatus.RESERVED.column()) == 0) {
                return false;
            }
            LedgerEntry entry = entries.get(0);
            jdbc.update("UPDATE " + BUDGETS_TABLE + " SET spent_minor = spent_minor - ? WHERE currency = ? AND"
                    + " period_start = ?", entry.amountMinor(), entry.currency(), entry.periodStart().toString());
            return true;
        }));
    }

    /** Makes sure the period has its row, so the conditional update has a row to lock. */
    private void ensureBudgetRow(String currency, String period) {
        Integer rows = transactions.execute(status -> jdbc.queryForObject("SELECT COUNT(*) FROM " + BUDGETS_TABLE
                + " WHERE currency = ? AND period_start = ?", Integer.class, currency, period));
        if (rows != null && rows > 0) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO " + BUDGETS_TABLE
                    + " (currency, period_start, spent_minor) VALUES (?, ?, 0)", currency, period));
        } catch (DuplicateKeyException e) {
            // A concurrent call created it: that is all this needed.
        }
    }

    private static LedgerEntry entry(ResultSet row, int rowNumber) throws SQLException {
        String challengeHash = row.getString("challenge_hash");
        String merchant = row.getString("merchant");
        long amount = row.getLong("amount_minor");
        String currency = row.getString("currency");
        LedgerStatus status = LedgerStatus.fromColumn(row.getString("status"));
        String requirementId = row.getString("requirement_id");
        PaymentReceipt receipt = status != LedgerStatus.PAID ? null : new PaymentReceipt(challengeHash, requirementId,
                row.getString("receipt_id"), row.getString("chain_receipt_id"), merchant, amount, currency,
                row.getString("pricing_band"), row.getString("requirement_status"), row.getBoolean("verified"));
        return new LedgerEntry(challengeHash, merchant, amount, currency, LocalDate.parse(row.getString("period_start")),
                status, receipt, requirementId);
    }
}
