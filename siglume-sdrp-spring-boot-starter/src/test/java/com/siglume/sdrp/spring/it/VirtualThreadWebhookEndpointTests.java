package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Every real-HTTP webhook endpoint test again, with {@code spring.threads.virtual.enabled=true}:
 * requests, and so listeners, run on virtual threads. Runs in the build's virtual-thread
 * execution, on a Java that has them.
 */
@Tag("virtual-threads")
@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
@Import(ListenerThreads.class)
class VirtualThreadWebhookEndpointTests extends WebhookEndpointTests {

    @Autowired
    ListenerThreads threads;

    @Test
    void listenersRunOnVirtualThreads() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        assertThat(http().post("/siglume/webhook", body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(threads.ranOnVirtualThread(id)).isTrue();
        assertThat(listener.calls(id)).isEqualTo(1);
    }
}
