package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.order.OrderSeeder;
import com.siglume.sdrp.sample.payment.PaymentReview;
import com.siglume.sdrp.sample.payment.PaymentReviewRepository;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The shop on a random port, with its embedded sandbox on a free port and an in-memory H2
 * database, called over real HTTP. Every test starts from the seeded orders and a fresh sandbox.
 * Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ShopTestBase {

    @LocalServerPort
    int port;

    @Autowired
    SiglumeSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderSeeder seeder;

    @Autowired
    PaymentReviewRepository reviews;

    ShopHttp shop;
    ShopHttp sandboxHttp;

    @BeforeEach
    void resetShopAndSandbox() {
        for (String table : List.of("siglume_checkout_attempts", "shop_payment_review", "shop_settlement_batch",
                "shop_order", "siglume_webhook_events")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        seeder.seed();
        sandbox.reset();
        shop = ShopHttp.onPort(port);
        sandboxHttp = new ShopHttp(sandbox.baseUrl());
    }

    /** Starts checkout through the shop's endpoint and expects success. */
    JsonNode startCheckout(String orderId) {
        ShopHttp.Answer answer = shop.startCheckout(orderId);
        assertThat(answer.status()).as("start %s: %s", orderId, answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Confirms a session as the sandbox checkout page's button does; returns the envelope's data. */
    JsonNode confirmInSandbox(String sessionId) {
        ShopHttp.Answer answer = sandboxHttp.postJson("/v1/sandbox/checkout-sessions/" + sessionId + "/confirm", "{}");
        assertThat(answer.status()).as("confirm %s: %s", sessionId, answer.body()).isEqualTo(200);
        return answer.json().path("data");
    }

    /** Cancels a session as the sandbox checkout page's Cancel button does. */
    void cancelInSandbox(String sessionId) {
        ShopHttp.Answer answer = sandboxHttp.postJson("/v1/sandbox/checkout-sessions/" + sessionId + "/cancel", "{}");
        assertThat(answer.status()).as("cancel %s: %s", sessionId, answer.body()).isEqualTo(200);
    }

    /** Asks the sandbox to send a paid session's event again; returns the envelope's data. */
    JsonNode redeliverInSandbox(String sessionId) {
        ShopHttp.Answer answer = sandboxHttp.postJson("/v1/sandbox/checkout-sessions/" + sessionId + "/redeliver",
                "{}");
        assertThat(answer.status()).as("redeliver %s: %s", sessionId, answer.body()).isEqualTo(200);
        return answer.json().path("data");
    }

    String status(String orderId) {
        return shop.order(orderId).path("status").asString();
    }

    long webhookEventRows() {
        return jdbc.sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single();
    }

    List<String> noncesOf(String orderId) {
        return jdbc.sql("SELECT nonce FROM siglume_checkout_attempts WHERE order_id = ? ORDER BY attempt")
                .param(orderId).query(String.class).list();
    }

    List<PaymentReview> reviewRecords() {
        return reviews.findAll();
    }
}
