package com.siglume.sdrp.webflux.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The WebFlux guide's listener in a WebFlux application on R2DBC: a signed settled delivery
 * marks the pending order paid, once.
 */
@SpringBootTest(classes = WebFluxGuideTests.GuideApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.r2dbc.generate-unique-name=true",
                "spring.sql.init.schema-locations=classpath:com/siglume/sdrp/webflux/docs/orders.sql"})
class WebFluxGuideTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void aSettledDeliveryMarksThePendingOrderPaidOnce() throws Exception {
        database.sql("INSERT INTO orders (id, challenge_hash, status) VALUES ('order_123', 'sha256:evt_guide', 'pending')")
                .then().block();
        byte[] body = TestWebhooks.standardSettled("evt_guide");
        WebhookHttp http = new WebhookHttp(port);
        assertThat(http.post("/siglume/webhook", body, TestWebhooks.sign(body)).body()).contains("\"processed\"");
        assertThat(http.post("/siglume/webhook", body, TestWebhooks.sign(body)).body()).contains("\"duplicate\"");
        assertThat(database.sql("SELECT status FROM orders WHERE id = 'order_123'")
                .map(row -> row.get("status", String.class)).one().block()).isEqualTo("paid");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(PaymentEvents.class)
    static class GuideApplication {
    }
}
