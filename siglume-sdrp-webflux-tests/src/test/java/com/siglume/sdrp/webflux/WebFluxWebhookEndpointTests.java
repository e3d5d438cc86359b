package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookEndpointContract;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStore;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The WebFlux webhook endpoint over real HTTP on Reactor Netty with an embedded R2DBC (H2)
 * database: the servlet endpoint's answers for every kind of delivery
 * ({@link WebhookEndpointContract}), here with a {@code Mono<Void>} listener writing through
 * R2DBC in the store's transaction: with only reactive listeners, recorded on the event loop
 * without a thread waiting.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.max-body-size=4KB",
                "spring.r2dbc.generate-unique-name=true"})
class WebFluxWebhookEndpointTests extends WebhookEndpointContract {

    @Autowired
    PaymentsListener listener;

    @Test
    void usesTheDurableR2dbcStore() {
        assertThat(store()).isInstanceOf(R2dbcSiglumeEventStore.class);
    }

    @Test
    void listenersRunWhereTheirKindAsks() throws Exception {
        String settled = newId();
        byte[] settledBody = TestWebhooks.standardSettled(settled);
        assertThat(http().post(PATH, settledBody, TestWebhooks.sign(settledBody)).statusCode()).isEqualTo(200);
        String review = newId();
        byte[] reviewBody = TestWebhooks.unclassified(review);
        assertThat(http().post(PATH, reviewBody, TestWebhooks.sign(reviewBody)).statusCode()).isEqualTo(200);
        assertThat(listener.calls(settled)).isEqualTo(1);
        assertThat(listener.calls(review)).isEqualTo(1);
        assertThat(listener.threadKinds()).containsOnly(expectedThreadKind());
        assertThat(store().find(review)).hasValueSatisfying(stored -> assertThat(stored.status())
                .isEqualTo(EventStatus.PROCESSED));
    }

    /**
     * With every listener reactive, deliveries are recorded on the event loop with no thread
     * waiting ({@code non-blocking}); a {@code void} listener moves them to a thread that may block.
     */
    String expectedThreadKind() {
        return "non-blocking";
    }

    @Override
    protected long calls(String eventId) {
        return listener.calls(eventId);
    }

    @Override
    protected long committedRows(String eventId) {
        return listener.committedRows(eventId);
    }

    @Override
    protected void failNext(int times) {
        listener.failNext(times);
    }

    static String newEventId() {
        return "evt_" + UUID.randomUUID();
    }
}
