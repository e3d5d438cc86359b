package com.siglume.sdrp.sample.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable manual-review queue, table {@code shop_payment_review}. Values copied from the
 * event (ids, hash, detail) are stored whole; the shop's own names are checked against their
 * columns so that a longer one is refused here, by name, rather than by the database.
 */
@Repository
public class PaymentReviewRepository {

    /** The size of the {@code reason} column. */
    static final int REASON_LIMIT = 64;

    /** The size of the {@code kind} column. */
    static final int KIND_LIMIT = 32;

    /** The size of the {@code order_id} column, as of {@code shop_order.id}. */
    static final int ORDER_ID_LIMIT = 64;

    private final JdbcClient jdbc;

    /**
     * Creates the repository.
     *
     * @param jdbc the shop's database
     */
    public PaymentReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a review record.
     *
     * @param review what to review
     * @param now when it was recorded
     * @throws IllegalArgumentException when the reason, kind or order id is longer than its column
     */
    public void add(PaymentReview review, Instant now) {
        requireFits("reason", review.reason(), REASON_LIMIT);
        requireFits("kind", review.kind(), KIND_LIMIT);
        requireFits("order_id", review.orderId(), ORDER_ID_LIMIT);
        jdbc.sql("""
                INSERT INTO shop_payment_review (id, event_id, reason, kind, order_id, requirement_id, challenge_hash,
                                                 settlement_batch_id, detail, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), review.eventId(), review.reason(), review.kind(), review.orderId(),
                        review.requirementId(), review.challengeHash(), review.settlementBatchId(), review.detail(),
                        Timestamp.from(now))
                .update();
    }

    private static void requireFits(String column, @Nullable String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new IllegalArgumentException("A payment review's " + column + " has " + value.length()
                    + " characters; the column holds at most " + limit);
        }
    }

    /**
     * Lists the review records, oldest first.
     *
     * @return every record
     */
    public List<PaymentReview> findAll() {
        return jdbc.sql("""
                SELECT event_id, reason, kind, order_id, requirement_id, challenge_hash, settlement_batch_id, detail
                FROM shop_payment_review ORDER BY created_at, id""")
                .query((row, n) -> new PaymentReview(row.getString("event_id"), row.getString("reason"),
                        row.getString("kind"), row.getString("order_id"), row.getString("requirement_id"),
                        row.getString("challenge_hash"), row.getString("settlement_batch_id"), row.getString("detail")))
                .list();
    }
}
