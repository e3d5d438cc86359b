package com.siglume.sdrp.benchmarks.reactive.handwritten;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.benchmarks.load.BenchDatabase;
import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopOrders;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.confirmation.Unclassified;
import com.siglume.sdrp.webhook.VerifiedWebhook;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The hand-written reactive webhook endpoint: the same work as the servlet one, on WebFlux.
 *
 * <p>Verify the raw body with the core {@link WebhookVerifier}, classify it, then in one reactive
 * transaction ({@link TransactionalOperator}) insert the event (its primary key de-duplicates
 * deliveries) and, for a {@code standard_settled} event, mark the order paid as
 * {@link ReactiveShopOrders} does. A duplicate rolls the transaction back and answers 200.
 */
@RestController
class ReactiveHandWrittenWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ReactiveHandWrittenWebhookController.class);

    private static final String INSERT_EVENT = "INSERT INTO " + BenchDatabase.HANDWRITTEN_EVENTS_TABLE
            + " (event_id, event_type, kind, reason, status, received_at, payload)"
            + " VALUES (:id, :type, :kind, :reason, :status, :received, :payload)";

    private final WebhookVerifier verifier;
    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final ReactiveShopOrders orders;

    ReactiveHandWrittenWebhookController(WebhookVerifier verifier, DatabaseClient database,
            ReactiveTransactionManager transactions, ReactiveShopOrders orders) {
        this.verifier = verifier;
        this.database = database;
        this.transactions = TransactionalOperator.create(transactions);
        this.orders = orders;
    }

    @PostMapping("/webhook")
    Mono<ResponseEntity<Map<String, Object>>> receive(@RequestBody byte[] body,
            @RequestHeader(name = Sdrp.SIGNATURE_HEADER, required = false) @Nullable String signature) {
        VerifiedWebhook delivery;
        try {
            delivery = verifier.verify(body, signature);
        } catch (WebhookSignatureException | WebhookPayloadException refused) {
            log.warn("Refused a webhook delivery: {}", refused.getMessage());
            return Mono.just(ResponseEntity.badRequest().body(Map.of("error", refused.getMessage())));
        }
        WebhookEvent event = delivery.event();
        PaymentConfirmation confirmation = PaymentConfirmations.classify(event);
        Mono<Void> work = insert(event, confirmation)
                .then(confirmation instanceof StandardSettled settled ? orders.markPaid(settled) : Mono.empty());
        return transactions.transactional(work)
                .thenReturn("processed")
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just("duplicate"))
                .map(outcome -> ResponseEntity.ok(Map.of("received", true, "event_id", event.id(), "outcome", outcome)));
    }

    private Mono<Void> insert(WebhookEvent event, PaymentConfirmation confirmation) {
        DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT_EVENT)
                .bind("id", event.id())
                .bind("type", event.type())
                .bind("kind", confirmation.kind().wireName())
                .bind("status", "processed")
                .bind("received", LocalDateTime.now())
                .bind("payload", event.rawJson());
        insert = confirmation instanceof Unclassified unclassified
                ? insert.bind("reason", unclassified.reason().wireName())
                : insert.bindNull("reason", String.class);
        return insert.fetch().rowsUpdated().then();
    }
}
