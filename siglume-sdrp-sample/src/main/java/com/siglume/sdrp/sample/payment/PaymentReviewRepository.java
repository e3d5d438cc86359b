package com.siglume.sdrp.sample.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable manual-review queue, table {@code shop_payment_review}.
 */
@Repository
public class PaymentReviewRepository {

    private static final int DETAIL_LIMIT = 1000;

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
     */
    public void add(PaymentReview review, Instant now) {
        String detail = review.detail() == null || review.detail().length() <= DETAIL_LIMIT
                ? review.detail() : review.detail().substring(0, DETAIL_LIMIT);
        jdbc.sql("""
                INSERT INTO shop_payment_review (id, event_id, reason, kind, order_id, requirement_id, challenge_hash,
                                                 settlement_batch_id, detail, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), review.eventId(), review.reason(), review.kind(), review.orderId(),
                        review.requirementId(), review.challengeHash(), review.settlementBatchId(), detail,
                        Timestamp.from(now))
                .update();
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
