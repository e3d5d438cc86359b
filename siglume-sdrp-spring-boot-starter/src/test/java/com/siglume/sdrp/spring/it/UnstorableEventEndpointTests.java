package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: an event whose row the database refuses for good is answered 200
 * {@code unstorable}, so the sender stops, while nothing is recorded and no listener runs.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.datasource.generate-unique-name=true",
                "siglume.webhook.jdbc.initialize-schema=never", "spring.sql.init.mode=always",
                "spring.sql.init.schema-locations=classpath:com/siglume/sdrp/spring/webhook/schema-standard.sql,"
                        + "classpath:com/siglume/sdrp/spring/it/narrow-event-table.sql"})
class UnstorableEventEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRefusedRowIsAcknowledgedAsUnstorable() throws Exception {
        byte[] body = TestWebhooks.standardSettled("evt_refused_row");
        HttpResponse<String> response = new WebhookHttp(port).post("/siglume/webhook", body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"unstorable\"").contains("\"event_id\":\"evt_refused_row\"");
        assertThat(listener.calls("evt_refused_row")).isZero();
        assertThat(listener.committedRows("evt_refused_row")).isZero();
        assertThat(meters.get("siglume.webhook.deliveries").tag("outcome", "unstorable").tag("kind", "standard_settled")
                .counter().count()).isEqualTo(1);
    }
}
