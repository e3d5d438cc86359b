package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.sample.ShopApplication;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shop on a random port with its embedded sandbox, the test listeners of
 * {@link ReliabilityListeners}, and the {@code env} and {@code configprops} actuator endpoints
 * exposed with their values (to prove secrets stay hidden even then). Subclasses with the same
 * configuration share one application context. Every test starts from empty shop and event
 * tables.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:siglume-reliability;LOCK_TIMEOUT=10000",
                "management.endpoints.web.exposure.include=health,env,configprops",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
                "siglume.challenge-secret=" + ReliabilityShopTest.CHALLENGE_SECRET,
                "siglume.auth-token=" + ReliabilityShopTest.USER_TOKEN,
                "siglume.webhook.additional-secrets=" + ReliabilityShopTest.PREVIOUS_WEBHOOK_SECRET})
@ActiveProfiles("test")
@Import(ReliabilityListeners.class)
abstract class ReliabilityShopTest {

    static final String CHALLENGE_SECRET = "chs_reliability_never_shown";
    static final String USER_TOKEN = "usr_reliability_token_never_shown";
    static final String PREVIOUS_WEBHOOK_SECRET = "whsec_reliability_previous_never_shown";

    static final List<String> TABLES = List.of("siglume_checkout_attempts", "shop_payment_review", "shop_settlement_batch",
            "shop_order", "siglume_webhook_events");

    @LocalServerPort
    int port;

    @Autowired
    SiglumeSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderRepository orders;

    @Autowired
    SiglumeCheckout checkout;

    @Autowired
    ReliabilityListeners.CommittedListenerRuns committedRuns;

    @Autowired
    ReliabilityListeners.FlakyListener flaky;

    @BeforeEach
    void emptyTables() {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        committedRuns.reset();
        flaky.disarm();
    }

    URI webhookUrl() {
        return URI.create("http://127.0.0.1:" + port + "/siglume/webhook");
    }

    long eventRows() {
        return jdbc.sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single();
    }

    long reviewRows() {
        return jdbc.sql("SELECT COUNT(*) FROM shop_payment_review").query(Long.class).single();
    }
}
