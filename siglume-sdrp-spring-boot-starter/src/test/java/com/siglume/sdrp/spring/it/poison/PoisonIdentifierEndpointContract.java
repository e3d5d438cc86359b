package com.siglume.sdrp.spring.it.poison;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signed events whose id or type a database cannot store as sent (U+0000, unpaired
 * surrogates), over real HTTP: each distinct id is processed exactly once, never answered 5xx
 * forever and never taken for another.
 */
@SpringBootTest(classes = PoisonShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET,
                "siglume.webhook.jdbc.initialize-schema=always"})
abstract class PoisonIdentifierEndpointContract {

    @LocalServerPort
    int port;

    @Autowired
    PoisonShopApplication.Updates updates;

    @Test
    void anIdWithNulIsProcessedOnceAndItsRedeliveryIsADuplicate() throws Exception {
        String base = "evt_" + UUID.randomUUID();
        // As JSON carries it: the escape, which the parser turns into U+0000.
        assertThat(deliver(base + "\\u0000a", "order.updated")).contains("\"outcome\":\"processed\"");
        assertThat(deliver(base + "\\u0000a", "order.updated")).contains("\"outcome\":\"duplicate\"");
        assertThat(deliver(base + "\\u0000b", "order.updated")).contains("\"outcome\":\"processed\"");
        assertThat(updates.calls(base + "\u0000a")).isEqualTo(1);
        assertThat(updates.calls(base + "\u0000b")).isEqualTo(1);
    }

    @Test
    void idsDifferingOnlyInAnUnpairedSurrogateAreTwoEvents() throws Exception {
        String base = "evt_" + UUID.randomUUID();
        assertThat(deliver(base + "\\ud800", "order.updated")).contains("\"outcome\":\"processed\"");
        assertThat(deliver(base + "\\udbff", "order.updated")).contains("\"outcome\":\"processed\"");
        assertThat(deliver(base + "?", "order.updated")).contains("\"outcome\":\"processed\"");
        assertThat(deliver(base + "\\udbff", "order.updated")).contains("\"outcome\":\"duplicate\"");
        assertThat(updates.calls(base + "\ud800")).isEqualTo(1);
        assertThat(updates.calls(base + "\udbff")).isEqualTo(1);
        assertThat(updates.calls(base + "?")).isEqualTo(1);
    }

    @Test
    void aTypeWithNulIsAcknowledgedAndRecorded() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        assertThat(deliver(id, "order.updated\\u0000x")).contains("\"outcome\":\"processed\"");
        assertThat(deliver(id, "order.updated\\u0000x")).contains("\"outcome\":\"duplicate\"");
    }

    /** Signs and posts an event; answers the body of a 200 answer. */
    private String deliver(String jsonId, String jsonType) throws Exception {
        byte[] body = TestWebhooks.event(jsonId, jsonType, "{\"order_id\":\"order_123\"}");
        HttpResponse<String> response = new WebhookHttp(port).post("/siglume/webhook", body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
