package com.siglume.sdrp.benchmarks.handwritten;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.benchmarks.load.BenchDatabase;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hand-written webhook endpoint: the same work as the sample shop's, written directly.
 *
 * <p>Verify the raw body with the core {@link WebhookVerifier}, classify it, then in one
 * transaction insert the event (its primary key de-duplicates deliveries) and, for a
 * {@code standard_settled} event, look up the order by challenge hash, check amount and currency
 * and mark it paid with one conditional {@code UPDATE}, logging one line as the sample does.
 */
@RestController
class HandWrittenWebhookController {

    private static final Logger log = LoggerFactory.getLogger(HandWrittenWebhookController.class);

    private static final String INSERT_EVENT = "INSERT INTO " + BenchDatabase.HANDWRITTEN_EVENTS_TABLE
            + " (event_id, event_type, kind, reason, status, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final WebhookVerifier verifier;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String merchant;

    HandWrittenWebhookController(WebhookVerifier verifier, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${handwritten.merchant}") String merchant) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.merchant = merchant;
    }

    @PostMapping("/webhook")
    ResponseEntity<Map<String, Object>> receive(@RequestBody byte[] body,
            @RequestHeader(name = Sdrp.SIGNATURE_HEADER, required = false) String signature) {
        VerifiedWebhook delivery;
        try {
            delivery = verifier.verify(body, signature);
        } catch (WebhookSignatureException | WebhookPayloadException refused) {
            log.warn("Refused a webhook delivery: {}", refused.getMessage());
            return ResponseEntity.badRequest().body(Map.of("error", refused.getMessage()));
        }
        WebhookEvent event = delivery.event();
        PaymentConfirmation confirmation = PaymentConfirmations.classify(event);
        String reason = confirmation instanceof Unclassified unclassified ? unclassified.reason().wireName() : null;
        Boolean recorded = transactions.execute(status -> {
            try {
                jdbc.update(INSERT_EVENT, event.id(), event.type(), confirmation.kind().wireName(), reason,
                        "processed", Timestamp.from(Instant.now()), event.rawJson());
            } catch (DuplicateKeyException duplicate) {
                status.setRollbackOnly();
                return Boolean.FALSE;
            }
            if (confirmation instanceof StandardSettled settled) {
                markPaid(settled);
            }
            return Boolean.TRUE;
        });
        return ResponseEntity.ok(Map.of("received", true, "event_id", event.id(),
                "outcome", Boolean.TRUE.equals(recorded) ? "processed" : "duplicate"));
    }

    private void markPaid(StandardSettled settled) {
        WebhookEvent event = settled.event();
        List<String> orderIds = jdbc.queryForList("SELECT order_id FROM shop_checkout_attempt WHERE challenge_hash = ?",
                String.class, settled.challengeHash());
        if (orderIds.isEmpty()) {
            log.warn("Event {} names an unknown challenge hash", event.id());
            return;
        }
        Map<String, Object> order = jdbc.queryForMap(
                "SELECT id, amount_minor, currency, status FROM shop_order WHERE id = ?", orderIds.get(0));
        boolean matches = SettledOrderMatch.matches(event, ((Number) order.get("amount_minor")).longValue(),
                (String) order.get("currency"), merchant);
        if (!matches) {
            log.warn("Event {} does not match order {}", event.id(), order.get("id"));
            return;
        }
        int updated = jdbc.update("UPDATE shop_order SET status = 'paid', requirement_id = ?, chain_receipt_id = ?,"
                + " updated_at = ? WHERE id = ? AND status IN ('created', 'pending')", settled.requirementId(),
                settled.chainReceiptId(), Timestamp.from(Instant.now()), order.get("id"));
        if (updated == 1) {
            log.info("Order {} paid (event {}, requirement {})", order.get("id"), event.id(), settled.requirementId());
        }
    }
}
