package com.siglume.sdrp.sandbox;

/**
 * What confirming or cancelling a sandbox checkout session returns.
 *
 * @param sessionId the session
 * @param status {@code paid} or {@code cancelled}
 * @param redirectUrl where the buyer's browser goes next: the session's success URL (or cancel
 *        URL) with {@code session_id} added to its query
 * @param eventId the {@code direct_payment.confirmed} event's id, or {@code null} after a cancel
 * @param eventType the event's type, or {@code null} after a cancel
 */
public record CheckoutOutcome(String sessionId, String status, String redirectUrl, String eventId, String eventType) {
}
