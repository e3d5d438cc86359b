package com.siglume.sdrp.sample.payment;

import org.jspecify.annotations.Nullable;

/**
 * A webhook event the shop did not act on automatically, kept for a person to look at.
 *
 * @param eventId the webhook event id
 * @param reason why it needs review, for example {@code unknown_challenge_hash} or one of the
 *        classifier's reasons such as {@code missing_standard_settlement_fields}
 * @param kind the classification, for example {@code standard_settled} or {@code unknown}
 * @param orderId the order it concerns, or {@code null} when none could be found
 * @param requirementId the payment requirement id, or {@code null}
 * @param challengeHash the challenge hash, or {@code null}
 * @param settlementBatchId the settlement batch id, or {@code null}
 * @param detail a short explanation for the reviewer, or {@code null}
 */
public record PaymentReview(String eventId, String reason, String kind, @Nullable String orderId,
        @Nullable String requirementId, @Nullable String challengeHash, @Nullable String settlementBatchId,
        @Nullable String detail) {
}
