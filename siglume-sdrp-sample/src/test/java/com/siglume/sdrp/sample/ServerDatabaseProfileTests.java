package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop on a database server through its Spring profile: the same schema and seed run there,
 * the checkout flow and listeners work, the row lock holds, and a restart keeps the data.
 */
abstract class ServerDatabaseProfileTests {

    private final RealDatabase database;
    private final String profile;
    private IsolatedDatabase isolated;

    /**
     * Creates the tests for one server.
     *
     * @param database the server the profile points at
     * @param profile the shop's Spring profile for that server
     */
    ServerDatabaseProfileTests(RealDatabase database, String profile) {
        this.database = database;
        this.profile = profile;
    }

    @BeforeEach
    void createIsolatedDatabase() {
        isolated = IsolatedDatabase.create(database, "shop_test");
    }

    @AfterEach
    void dropIsolatedDatabase() {
        if (isolated != null) {
            isolated.drop();
        }
    }

    /** Starts the shop with its profile for the server, on this test's own schema or database. */
    private ShopRun startShop() {
        return ShopRun.start("--spring.profiles.active=" + profile, "--spring.datasource.url=" + isolated.url());
    }

    private static String startAndConfirm(ShopRun run, String orderId) {
        ShopHttp.Answer started = run.shop().startCheckout(orderId);
        assertThat(started.status()).as("start %s: %s", orderId, started.body()).isEqualTo(200);
        String sessionId = started.json().path("session_id").asString();
        ShopHttp.Answer confirmed = run.sandboxHttp()
                .postJson("/v1/sandbox/checkout-sessions/" + sessionId + "/confirm", "{}");
        assertThat(confirmed.status()).isEqualTo(200);
        return sessionId;
    }

    @Test
    void checkoutFlowAndRestartOnTheProfileDatabase() throws Exception {
        String requirementId;
        try (ShopRun first = startShop()) {
            assertThat(first.databaseProduct().toLowerCase(Locale.ROOT)).contains(database.displayName().toLowerCase(Locale.ROOT));
            ShopHttp shop = first.shop();

            String paidSession = startAndConfirm(first, "order_123");
            assertThat(shop.order("order_123").path("status").asString()).isEqualTo("paid");
            requirementId = shop.order("order_123").path("requirement_id").asString();
            String paidAt = shop.order("order_123").path("updated_at").asString();
            ShopHttp.Answer redelivered = first.sandboxHttp()
                    .postJson("/v1/sandbox/checkout-sessions/" + paidSession + "/redeliver", "{}");
            assertThat(redelivered.status()).isEqualTo(200);
            assertThat(shop.order("order_123").path("updated_at").asString()).isEqualTo(paidAt);

            startAndConfirm(first, "order_micro");
            assertThat(shop.order("order_micro").path("status").asString()).isEqualTo("fulfilled_unsettled");

            Set<String> sessions = concurrentStarts(shop, "order_nano", 4);
            assertThat(sessions).hasSize(1);
            assertThat(first.jdbc().sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single())
                    .isEqualTo(2);
        }
        try (ShopRun second = startShop()) {
            ShopHttp shop = second.shop();
            assertThat(shop.get("/orders").json().path("orders")).hasSize(3);
            assertThat(shop.order("order_123").path("status").asString()).isEqualTo("paid");
            assertThat(shop.order("order_123").path("requirement_id").asString()).isEqualTo(requirementId);
            assertThat(shop.order("order_micro").path("status").asString()).isEqualTo("fulfilled_unsettled");
            assertThat(shop.order("order_nano").path("attempt").asInt()).isEqualTo(1);
        }
    }

    @Test
    void longValuesOfAnEventFitTheReviewQueueOnTheProfileDatabase() {
        try (ShopRun run = startShop()) {
            String eventId = "evt_" + "e".repeat(400);
            String challengeHash = "sha256:" + "c".repeat(3000);
            SignedWebhook signed = WebhookTestEvents.standard().withEventId(eventId).withChallengeHash(challengeHash)
                    .sign(run.sandbox().webhookSecret());
            ShopHttp.Answer answer = run.shop().post("/siglume/webhook", signed.body(), signed.signatureHeaderName(),
                    signed.signatureHeader());
            assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
            assertThat(run.jdbc().sql("SELECT event_id, challenge_hash FROM shop_payment_review")
                    .query((row, n) -> List.of(row.getString(1), row.getString(2))).list())
                    .containsExactly(List.of(eventId, challengeHash));
        }
    }

    private static Set<String> concurrentStarts(ShopHttp shop, String orderId, int buyers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        try {
            List<CompletableFuture<ShopHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> shop.startCheckout(orderId), pool));
            }
            Set<String> sessions = new HashSet<>();
            for (CompletableFuture<ShopHttp.Answer> answer : answers) {
                ShopHttp.Answer done = answer.get(60, TimeUnit.SECONDS);
                assertThat(done.status()).as(done.body()).isEqualTo(200);
                sessions.add(done.json().path("session_id").asString());
            }
            return sessions;
        } finally {
            pool.shutdownNow();
        }
    }
}
