package com.siglume.sdrp.sample.payment;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Settled Micro/Nano batches, table {@code shop_settlement_batch}: the shop's record for
 * reconciling unsettled orders against the statement APIs.
 */
@Repository
public class SettlementBatchRepository {

    /**
     * A settled batch as recorded.
     *
     * @param settlementBatchId the batch id
     * @param pricingBand {@code micro} or {@code nano}
     * @param settlementCadence {@code weekly} or {@code monthly}
     * @param chainReceiptId the on-chain receipt id
     * @param usageEventDigest the digest of the batch's usage events
     * @param settledAt when it settled, as sent, or {@code null}
     * @param eventId the webhook event that reported it
     */
    public record SettlementBatch(String settlementBatchId, String pricingBand, String settlementCadence,
            String chainReceiptId, String usageEventDigest, @Nullable String settledAt, String eventId) {
    }

    /** The size of the {@code settlement_batch_id} column, the table's key. */
    public static final int BATCH_ID_LIMIT = 255;

    private final JdbcClient jdbc;

    /**
     * Creates the repository.
     *
     * @param jdbc the shop's database
     */
    public SettlementBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a settled batch unless it is already recorded (a batch may be reported by more
     * than one event). Two deliveries racing on the same new batch make the second fail on the
     * primary key, which rolls its delivery back for a retry that then finds the row.
     *
     * @param batch the classified event
     * @param now when it was recorded
     * @return {@code true} when it was new
     * @throws IllegalArgumentException when the batch id does not fit its column (see
     *         {@link #canStore(MeteredBatchSettled)})
     */
    public boolean recordIfAbsent(MeteredBatchSettled batch, Instant now) {
        if (!canStore(batch)) {
            throw new IllegalArgumentException("Settlement batch id has " + batch.settlementBatchId().length()
                    + " characters; the shop stores at most " + BATCH_ID_LIMIT);
        }
        boolean known = jdbc.sql("SELECT COUNT(*) FROM shop_settlement_batch WHERE settlement_batch_id = ?")
                .param(batch.settlementBatchId()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO shop_settlement_batch (settlement_batch_id, pricing_band, settlement_cadence, chain_receipt_id,
                                                   usage_event_digest, settled_at, event_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batch.settlementBatchId(), batch.pricingBand(), batch.settlementCadence(), batch.chainReceiptId(),
                        batch.usageEventDigest(), batch.settledAt(), batch.event().id(), Timestamp.from(now))
                .update();
        return true;
    }

    /**
     * Tells whether a batch can be recorded: its id, the table's key, is at most
     * {@value #BATCH_ID_LIMIT} characters.
     *
     * @param batch the classified event
     * @return {@code true} when {@link #recordIfAbsent} can store it
     */
    public static boolean canStore(MeteredBatchSettled batch) {
        return batch.settlementBatchId().length() <= BATCH_ID_LIMIT;
    }

    /**
     * Lists the recorded batches, oldest first.
     *
     * @return every batch
     */
    public List<SettlementBatch> findAll() {
        return jdbc.sql("""
                SELECT settlement_batch_id, pricing_band, settlement_cadence, chain_receipt_id, usage_event_digest,
                       settled_at, event_id
                FROM shop_settlement_batch ORDER BY recorded_at, settlement_batch_id""")
                .query((row, n) -> new SettlementBatch(row.getString("settlement_batch_id"),
                        row.getString("pricing_band"), row.getString("settlement_cadence"),
                        row.getString("chain_receipt_id"), row.getString("usage_event_digest"),
                        row.getString("settled_at"), row.getString("event_id")))
                .list();
    }
}
