package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.web.ShopErrorHandler;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the shop answers when a checkout cannot start, and how its webhook endpoint treats
 * deliveries that are not Siglume's.
 */
class CheckoutErrorTests extends ShopTestBase {

    @Test
    void unknownOrderIsNotFound() {
        ShopHttp.Answer start = shop.startCheckout("order_missing");
        assertThat(start.status()).isEqualTo(404);
        assertThat(start.json().path("error").asString()).isEqualTo(ShopErrorHandler.ORDER_NOT_FOUND);

        assertThat(shop.get("/orders/order_missing").status()).isEqualTo(404);
    }

    @Test
    void badRequestsAreRejectedWithoutSideEffects() {
        ShopHttp.Answer notJson = shop.postJson("/checkout/siglume/start", "{\"order_id\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("error").asString()).isEqualTo(ShopErrorHandler.INVALID_JSON);

        ShopHttp.Answer missing = shop.postJson("/checkout/siglume/start", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").asString()).isEqualTo("order_id is required.");

        ShopHttp.Answer blank = shop.postJson("/checkout/siglume/start", "{\"order_id\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);

        ShopHttp.Answer empty = shop.postJson("/checkout/siglume/start", "");
        assertThat(empty.status()).isEqualTo(400);

        assertThat(status("order_123")).isEqualTo("created");
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void browserCannotChooseTheAmount() {
        ShopHttp.Answer answer = shop.postJson("/checkout/siglume/start",
                "{\"order_id\":\"order_123\",\"amount_minor\":1,\"currency\":\"USD\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(sandbox.session(answer.json().path("session_id").asString())).hasValueSatisfying(session -> {
            assertThat(session.amountMinor()).isEqualTo(1200);
            assertThat(session.currency()).isEqualTo("JPY");
        });
    }

    @Test
    void paidOrderRefusesANewCheckout() {
        String sessionId = startCheckout("order_123").path("session_id").asString();
        confirmInSandbox(sessionId);
        assertThat(status("order_123")).isEqualTo("paid");

        ShopHttp.Answer again = shop.startCheckout("order_123");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("error").asString()).isEqualTo("This order is already paid.");
        assertThat(noncesOf("order_123")).hasSize(1);
    }

    @Test
    void hostedCheckoutDisabledGivesAFriendlyConflict() {
        sandbox.disableHostedCheckout();

        ShopHttp.Answer answer = shop.startCheckout("order_123");
        assertThat(answer.status()).isEqualTo(409);
        JsonNode body = answer.json();
        assertThat(body.path("error").asString()).isEqualTo(ShopErrorHandler.HOSTED_CHECKOUT_UNAVAILABLE);
        assertThat(body.size()).isEqualTo(1);
        assertThat(answer.body()).doesNotContain("HOSTED_CHECKOUT_NOT_ENABLED");

        JsonNode order = shop.order("order_123");
        assertThat(order.path("status").asString()).isEqualTo("created");
        assertThat(order.path("attempt").asInt()).isZero();
    }

    @Test
    void apiFailureIsABadGatewayAndTheNextStartRetriesTheSameAttempt() {
        sandbox.injectApiFaults(new ApiFault.Status(422, "INVALID_CHECKOUT_SESSION_REQUEST",
                "detail for the operator only", null), 1);

        ShopHttp.Answer failed = shop.startCheckout("order_123");
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().path("error").asString()).isEqualTo(ShopErrorHandler.PAYMENT_UNAVAILABLE);
        assertThat(failed.body()).doesNotContain("detail for the operator only");
        assertThat(status("order_123")).isEqualTo("created");

        startCheckout("order_123");
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1");
    }

    @Test
    void unsignedOrWronglySignedWebhookIsRejectedAndChangesNothing() {
        String sessionId = startCheckout("order_123").path("session_id").asString();
        String challengeHash = sandbox.session(sessionId).orElseThrow().challengeHash();
        byte[] forged = WebhookTestEvents.standard().withChallengeHash(challengeHash).toJsonBytes();

        ShopHttp.Answer unsigned = shop.post("/siglume/webhook", forged, null, null);
        assertThat(unsigned.status()).isEqualTo(401);

        String wrongSecret = WebhookSignatures.header("whsec_not_the_shops", forged, Instant.now().getEpochSecond());
        ShopHttp.Answer wronglySigned = shop.post("/siglume/webhook", forged, "Siglume-Signature", wrongSecret);
        assertThat(wronglySigned.status()).isEqualTo(401);

        String rightSecretOtherBody = WebhookSignatures.header(sandbox.webhookSecret(),
                "{\"tampered\":true}".getBytes(StandardCharsets.UTF_8), Instant.now().getEpochSecond());
        ShopHttp.Answer tampered = shop.post("/siglume/webhook", forged, "Siglume-Signature", rightSecretOtherBody);
        assertThat(tampered.status()).isEqualTo(401);

        assertThat(status("order_123")).isEqualTo("pending");
        assertThat(webhookEventRows()).isZero();
        assertThat(reviewRecords()).isEmpty();
    }
}
