package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookEndpointContract;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The servlet webhook endpoint over real HTTP on an embedded server with an H2 database: every
 * kind of delivery a sender or an attacker can make ({@link WebhookEndpointContract}).
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.max-body-size=4KB",
                "spring.datasource.generate-unique-name=true"})
class WebhookEndpointTests extends WebhookEndpointContract {

    @Autowired
    PaymentsListener listener;

    @Test
    void usesTheDurableJdbcStore() {
        assertThat(store()).isInstanceOf(JdbcSiglumeEventStore.class);
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
}
