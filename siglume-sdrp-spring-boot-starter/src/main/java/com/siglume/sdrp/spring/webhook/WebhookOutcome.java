package com.siglume.sdrp.spring.webhook;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What processing one webhook delivery came to, and how to answer it.
 *
 * @param result the result
 * @param kind the classification's wire name ({@code standard_settled},
 *        {@code metered_usage_accepted}, {@code metered_batch_settled}, {@code unknown}), or
 *        {@code none} when the delivery was not a verified {@code direct_payment.confirmed}
 * @param eventId the event id, or {@code null} when the delivery was not verified
 * @param eventType the event type, or {@code null} when the delivery was not verified
 * @param status how the event was recorded, or {@code null} when it was not recorded now
 * @param message a short explanation for error answers, safe to send back; {@code null} on
 *        success
 */
public record WebhookOutcome(Result result, String kind, @Nullable String eventId, @Nullable String eventType,
        @Nullable EventStatus status, @Nullable String message) {

    /** The {@code kind} of a delivery that was not classified. */
    public static final String KIND_NONE = "none";

    /** The results; their {@link #tag()} values are the {@code outcome} metric tags. */
    public enum Result {
        /** Recorded now and handed to the listeners (or kept for review). Answers 200. */
        PROCESSED(200),
        /** Already recorded earlier; no listener called. Answers 200. */
        DUPLICATE(200),
        /** The signature header is missing, malformed, stale, future or wrong. Answers 401. */
        INVALID_SIGNATURE(401),
        /** Correctly signed but not a valid event. Answers 400. */
        INVALID_PAYLOAD(400),
        /** A listener or the store failed; nothing recorded, so a redelivery is processed. Answers 500. */
        FAILED(500),
        /** A readiness probe: recorded as such, no listener called. Answers 200. */
        PROBE(200),
        /**
         * The store can never record this event (the database refused its row for a reason no
         * redelivery cures); no listener called, logged at ERROR for review. Answers 200 so it
         * is not delivered again forever.
         */
        UNSTORABLE(200);

        private final int httpStatus;

        Result(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /**
         * Returns the HTTP status the endpoint answers with.
         *
         * @return for example {@code 200}
         */
        public int httpStatus() {
            return httpStatus;
        }

        /**
         * Returns the metric tag value.
         *
         * @return for example {@code invalid_signature}
         */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Returns the HTTP status to answer with.
     *
     * @return the status code
     */
    public int httpStatus() {
        return result.httpStatus();
    }

    /**
     * Tells whether the sender should consider the delivery done.
     *
     * @return {@code true} for a 2xx answer
     */
    public boolean acknowledged() {
        return httpStatus() / 100 == 2;
    }
}
