package com.siglume.sdrp.docs;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SandboxReadiness;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The code blocks of {@code docs/troubleshooting.md}, compiled. The advice class is nested and
 * this package is outside every application's component scan, so no context ever picks it up.
 */
@SuppressWarnings("unused")
final class TroubleshootingGuideSnippets {

    private TroubleshootingGuideSnippets() {
    }

    static final class Answers {

        @RestControllerAdvice
        class PaymentErrorAnswers {

            private static final Logger log = LoggerFactory.getLogger(PaymentErrorAnswers.class);

            @ExceptionHandler(HostedCheckoutNotAvailableException.class)
            ResponseEntity<Map<String, String>> hostedCheckoutOff(HostedCheckoutNotAvailableException e) {
                log.warn("Hosted Checkout is not enabled: status {}, code {}, request_id {}",
                        e.status(), e.code(), e.requestId());
                return buyer(HttpStatus.CONFLICT, "Paying with Siglume is not available for this shop yet.");
            }

            @ExceptionHandler(SiglumeApiException.class)
            ResponseEntity<Map<String, String>> refused(SiglumeApiException e) {
                // Everything support needs, for the log only: never for the buyer.
                log.error("Siglume API error: status {}, code {}, request_id {}, trace_id {}, support_reference {}",
                        e.status(), e.code(), e.requestId(), e.traceId(), e.supportReference());
                if ("METERED_SETTLEMENT_PAST_DUE".equals(e.code())) {
                    return buyer(HttpStatus.CONFLICT, "This low-value payment is paused until an earlier one settles.");
                }
                if (e.status() == 401 || e.status() == 403) {
                    return buyer(HttpStatus.SERVICE_UNAVAILABLE, "Payment setup needs attention. Please try later.");
                }
                if (e.isRetryable()) {                                // 429 and 5xx, already retried by the client
                    return buyer(HttpStatus.SERVICE_UNAVAILABLE, "Payment is busy. Please try again shortly.");
                }
                return buyer(HttpStatus.BAD_GATEWAY, "This payment could not be started. Please try again from the order.");
            }

            @ExceptionHandler(SiglumeTransportException.class)
            ResponseEntity<Map<String, String>> unreachable(SiglumeTransportException e) {
                log.error("Siglume API unreachable after {} attempt(s), timeout: {}", e.attempts(), e.isTimeout(), e);
                return buyer(HttpStatus.SERVICE_UNAVAILABLE, "Payment is temporarily unavailable. Please try again shortly.");
            }

            @ExceptionHandler(SdrpValidationException.class)
            ResponseEntity<Map<String, String>> invalidInput(SdrpValidationException e) {
                log.error("Invalid Siglume request field {}: {}", e.field(), e.getMessage());
                return buyer(HttpStatus.INTERNAL_SERVER_ERROR, "Payment could not be started.");
            }

            private ResponseEntity<Map<String, String>> buyer(HttpStatus status, String message) {
                return ResponseEntity.status(status).body(Map.of("error", message));
            }
        }
    }

    static void reproduce(SiglumeSandbox sandbox) {
        sandbox.disableHostedCheckout();                                  // 409 HOSTED_CHECKOUT_NOT_ENABLED
        sandbox.setReadiness(SandboxReadiness.notReady(List.of("billing_mandate"), List.of()));  // 409 HOSTED_CHECKOUT_READINESS_REQUIRED
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ofSeconds(1)), 3);   // 429 + Retry-After, three calls
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);               // one 503, then normal answers
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofSeconds(20)), 1);        // longer than the client timeout
        sandbox.injectApiFaults(new ApiFault.Status(409, "IDEMPOTENCY_CONFLICT", "nonce reused", null), 1);
        sandbox.injectApiFaults(new ApiFault.Status(409, "METERED_SETTLEMENT_PAST_DUE", "settlement past due", null), 1);
        sandbox.injectWebhookFaults(WebhookFault.BAD_SIGNATURE, 1);       // your endpoint must answer 401
        sandbox.injectWebhookFaults(WebhookFault.STALE_SIGNATURE, 1);     // 401 as well: an hour old
        sandbox.injectWebhookFaults(WebhookFault.DUPLICATE, 1);           // second delivery: "duplicate"
        sandbox.reset();                                                  // everything back to normal
    }
}
