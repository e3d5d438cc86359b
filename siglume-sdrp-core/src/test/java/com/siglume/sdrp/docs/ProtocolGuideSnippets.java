package com.siglume.sdrp.docs;

import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.challenge.RecurringDirectPaymentChallenge;
import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The code blocks of {@code docs/protocol.md}, compiled. Each method holds one block exactly as
 * the guide shows it; the parameters and the small interfaces below stand for what the guide
 * assumes the reader's application already has.
 */
@SuppressWarnings("unused")
final class ProtocolGuideSnippets {

    private ProtocolGuideSnippets() {
    }

    /** The reader's order store. */
    interface Orders {
        void saveChallengeHash(String orderId, String challengeHash);

        void markPaid(String challengeHash, String requirementId, String chainReceiptId);

        void fulfilUnsettled(String challengeHash, String pricingBand);
    }

    /** The reader's revenue ledger. */
    interface Ledger {
        void settleBatch(String settlementBatchId, String chainReceiptId);
    }

    /** The reader's manual review queue. */
    interface Review {
        void record(String eventId, String reason);
    }

    /** The reader's durable record of processed event ids. */
    interface EventStore {
        void recordOnce(String eventId, String rawJson);
    }

    /** The part of an HTTP request the handler example reads. */
    interface Request {
        InputStream getInputStream() throws IOException;

        String getHeader(String name);
    }

    static void createChallenge(String challengeSecret, Orders orders) {
        DirectPaymentChallenge challenge = DirectPaymentChallenges.create(
                challengeSecret,   // trimmed; must not be blank
                "my_shop",         // merchant key, lower-cased
                1200,              // amount in minor units (JPY 1200)
                "JPY",             // JPY or USD, any case
                "order_123");      // nonce: the order id is a good one; null means a random UUID

        orders.saveChallengeHash("order_123", challenge.challengeHash());
        String value = challenge.challenge();   // siglume-external-402-v1:order_123:<64 hex>
    }

    static void verifyChallenge(String challengeSecret, String value) {
        boolean genuine = DirectPaymentChallenges.verify(challengeSecret, "my_shop", 1200, "JPY", value);
    }

    static void recurringChallenge(String challengeSecret) {
        RecurringDirectPaymentChallenge approval = DirectPaymentChallenges.createRecurring(
                challengeSecret, "my_shop", 980, "JPY", "monthly", "sub_42");
        boolean ok = DirectPaymentChallenges.verifyRecurring(
                challengeSecret, "my_shop", 980, "JPY", "monthly", approval.challenge());
    }

    static int verifyWebhook(Request request, EventStore store) throws IOException {
        WebhookVerifier verifier = WebhookVerifier.builder()
                .secret(System.getenv("SIGLUME_WEBHOOK_SECRET"))   // whsec_…, used exactly as given
                .build();                                          // tolerance 300 s, system UTC clock

        // In the HTTP handler:
        byte[] rawBody = request.getInputStream().readAllBytes();
        try {
            VerifiedWebhook delivery = verifier.verify(rawBody, request.getHeader("Siglume-Signature"));
            WebhookEvent event = delivery.event();
            if (event.isReadinessProbe()) {
                return 200;                       // acknowledge, touch no order
            }
            store.recordOnce(event.id(), event.rawJson());   // deduplicate durably by event id
            return 200;
        } catch (WebhookSignatureException e) {
            return 400;                           // change nothing
        } catch (WebhookPayloadException e) {
            return 400;                           // signed, but not a valid event
        }
    }

    static void rotation(String newSecret, String previousSecret) {
        WebhookVerifier verifier = WebhookVerifier.builder()
                .secret(newSecret)
                .additionalSecrets(List.of(previousSecret))
                .build();
    }

    static void signing(String secret) {
        byte[] body = "{\"id\":\"evt_1\",…}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignatures.header(secret, body, Instant.now().getEpochSecond());
        // t=1800000000,v1=<hex HMAC-SHA256(secret, "1800000000." + body)>
    }

    static void classify(VerifiedWebhook delivery, Orders orders, Ledger ledger, Review review) {
        PaymentConfirmation result = PaymentConfirmations.classify(delivery.event());
        if (result instanceof StandardSettled s) {
            orders.markPaid(s.challengeHash(), s.requirementId(), s.chainReceiptId());
        } else if (result instanceof MeteredUsageAccepted m) {
            orders.fulfilUnsettled(m.challengeHash(), m.pricingBand());
        } else if (result instanceof MeteredBatchSettled b) {
            ledger.settleBatch(b.settlementBatchId(), b.chainReceiptId());
        } else if (result instanceof Unclassified u) {
            review.record(u.event().id(), u.reason().wireName());
        }
    }
}
