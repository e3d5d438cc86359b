package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The default embedded database is an H2 file: orders, attempts and processed events survive a
 * restart, and seeding never overwrites them.
 */
class RestartPersistenceTests {

    @TempDir
    Path dataDir;

    private ShopRun startShop() {
        return ShopRun.start("--shop.data-dir=" + dataDir);
    }

    @Test
    void ordersSurviveARestartOnTheSameDatabaseFile() {
        String requirementId;
        try (ShopRun first = startShop()) {
            ShopHttp shop = first.shop();
            String paidSession = shop.startCheckout("order_123").json().path("session_id").asString();
            ShopHttp.Answer confirmed = first.sandboxHttp()
                    .postJson("/v1/sandbox/checkout-sessions/" + paidSession + "/confirm", "{}");
            assertThat(confirmed.status()).isEqualTo(200);
            requirementId = shop.order("order_123").path("requirement_id").asString();
            assertThat(shop.order("order_123").path("status").asString()).isEqualTo("paid");
            assertThat(shop.startCheckout("order_micro").status()).isEqualTo(200);
        }
        assertThat(dataDir.resolve("siglume-shop.mv.db")).isRegularFile();

        try (ShopRun second = startShop()) {
            ShopHttp shop = second.shop();
            assertThat(shop.get("/orders").json().path("orders")).hasSize(3);
            JsonNode paid = shop.order("order_123");
            assertThat(paid.path("status").asString()).isEqualTo("paid");
            assertThat(paid.path("requirement_id").asString()).isEqualTo(requirementId);
            assertThat(shop.startCheckout("order_123").status()).isEqualTo(409);

            // The restarted sandbox never saw the micro order's session: a new attempt replaces it.
            assertThat(shop.order("order_micro").path("status").asString()).isEqualTo("pending");
            assertThat(shop.startCheckout("order_micro").status()).isEqualTo(200);
            assertThat(shop.order("order_micro").path("attempt").asInt()).isEqualTo(2);
            assertThat(second.jdbc().sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single())
                    .isEqualTo(1);
        }
    }
}
