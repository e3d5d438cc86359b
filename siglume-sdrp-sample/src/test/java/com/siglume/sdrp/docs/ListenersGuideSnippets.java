package com.siglume.sdrp.docs;

import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.webhook.WebhookEvent;
import org.springframework.stereotype.Service;

/**
 * The code block of {@code docs/listeners.md}, compiled. The listener class is nested and this
 * package is outside every application's component scan, so no context ever picks it up.
 */
@SuppressWarnings("unused")
final class ListenersGuideSnippets {

    private ListenersGuideSnippets() {
    }

    /** The reader's order store. */
    interface Orders {
        void markPaid(String challengeHash, String chainReceiptId);

        void fulfilUnsettled(String challengeHash);

        void sendToReview(String eventId, String reason);
    }

    static final class Example {

        @Service
        class PaymentEvents {

            private final Orders orders;

            PaymentEvents(Orders orders) {
                this.orders = orders;
            }

            @SiglumePaymentListener
            void paid(StandardSettled settled) {
                orders.markPaid(settled.challengeHash(), settled.chainReceiptId());
            }

            @SiglumePaymentListener
            void usage(MeteredUsageAccepted usage) {
                orders.fulfilUnsettled(usage.challengeHash());
            }

            @SiglumePaymentListener
            void review(Unclassified unclassified, WebhookEvent event) {
                orders.sendToReview(event.id(), unclassified.reason().wireName());
            }
        }
    }
}
