package com.siglume.sdrp.webflux.docs;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The listener of {@code docs/webflux.md}, compiled, and run by {@link WebFluxGuideTests}.
 */
@Component
class PaymentEvents {

    private final DatabaseClient database;

    PaymentEvents(DatabaseClient database) {
        this.database = database;
    }

    @SiglumePaymentListener
    Mono<Void> paid(StandardSettled settled) {
        // Runs in the event store's transaction: the order and the event record commit together.
        return database.sql("UPDATE orders SET status = 'paid' WHERE challenge_hash = :hash AND status = 'pending'")
                .bind("hash", settled.challengeHash())
                .then();
    }
}
