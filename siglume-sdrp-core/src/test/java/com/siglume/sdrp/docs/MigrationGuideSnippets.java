package com.siglume.sdrp.docs;

import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.payments.PreparedTransactionResult;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.Duration;

/**
 * The code blocks of {@code docs/migration.md}, compiled. Each method holds one block exactly as
 * the guide shows it; the parameters and interfaces stand for the reader's own code.
 */
@SuppressWarnings("unused")
final class MigrationGuideSnippets {

    private MigrationGuideSnippets() {
    }

    /** The reader's order store. */
    interface Orders {
        void markPaid(String challengeHash, String requirementId);

        void markFulfilledUnsettled(String challengeHash, String requirementId);
    }

    /** The reader's review queue. */
    interface Reviews {
        void add(String eventId, String reason);
    }

    /** What the guide calls {@code log}. */
    interface Log {
        void warn(String format, Object... arguments);
    }

    static void challenge() {
        DirectPaymentChallenge challenge = DirectPaymentChallenges.create(
                System.getenv("SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET"), "my-shop", 1200, "JPY", "order_123-attempt_1");
        String challengeHash = challenge.challengeHash();
    }

    static void checkoutSession() {
        SiglumeMerchantClient merchant = SiglumeMerchantClient.builder()
                .token(System.getenv("SIGLUME_MERCHANT_AUTH_TOKEN"))
                .timeout(Duration.ofSeconds(15))
                .build();
        CreatedCheckoutSession session = merchant.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant("my-shop").amountMinor(1200).currency("JPY").nonce("order_123-attempt_1")
                .successUrl("https://shop.example.com/checkout/success?order_id=order_123")
                .cancelUrl("https://shop.example.com/checkout/cancel?order_id=order_123")
                .build());
        String redirectTo = session.checkoutUrl();
    }

    static void agentPayment(String buyerSiglumeBearerToken, String challengeFromMerchantServer) {
        SiglumePaymentClient buyer = SiglumePaymentClient.builder()
                .token(buyerSiglumeBearerToken)
                .build();
        PaymentRequirement requirement = buyer.createPaymentRequirement(
                PaymentRequirementRequest.of("my-shop", 1200, "JPY", challengeFromMerchantServer));
        if (requirement.approveTransactionRequestIfPresent().isPresent()) {
            buyer.executeAllowance(requirement);
        }
        PreparedTransactionResult payment = buyer.executePayment(requirement);
        PaymentRequirement verified = buyer.verifyPaymentRequirement(requirement.requirementId());
    }

    static void webhook(byte[] rawBody, String signatureHeader, Orders orders, Reviews reviews) {
        WebhookVerifier verifier = WebhookVerifier.builder()
                .secret(System.getenv("SIGLUME_WEBHOOK_SECRET"))
                .tolerance(Duration.ofSeconds(300))
                .build();

        VerifiedWebhook delivery = verifier.verify(rawBody, signatureHeader);   // throws on a bad signature or body
        PaymentConfirmation confirmation = PaymentConfirmations.classify(delivery.event());
        if (confirmation instanceof StandardSettled settled) {
            orders.markPaid(settled.challengeHash(), settled.requirementId());
        } else if (confirmation instanceof MeteredUsageAccepted accepted) {
            orders.markFulfilledUnsettled(accepted.challengeHash(), accepted.requirementId());
        } else if (confirmation instanceof Unclassified unknown) {
            reviews.add(delivery.event().id(), unknown.reason().wireName());
        }
    }

    static String errors(SiglumeMerchantClient merchant, CheckoutSessionRequest request, Log log) {
        try {
            return merchant.createCheckoutSession(request).checkoutUrl();
        } catch (HostedCheckoutNotAvailableException e) {
            return "Paying with Siglume is not available for this shop yet.";
        } catch (SiglumeApiException e) {
            log.warn("Siglume API {} {} (request_id {})", e.status(), e.code(), e.requestId());
            return "Payment is temporarily unavailable. Please try again shortly.";
        } catch (SiglumeTransportException e) {
            log.warn("Siglume API unreachable after {} attempt(s)", e.attempts());
            return "Payment is temporarily unavailable. Please try again shortly.";
        }
    }
}
