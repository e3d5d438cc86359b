package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.web.ShopErrorHandler;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.WebhookFault;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.checkout.CheckoutRefusedException.Reason;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the shop answers when a checkout cannot start, and how its webhook endpoint treats
 * deliveries that are not Siglume's. Every refusal of the shop's API is the documented
 * {@code {"error": "..."}} body, as JSON, whatever the request asked for.
 */
class CheckoutErrorTests extends ShopTestBase {

    private static final String START = "/checkout/siglume/start";

    /** Expects the status and the documented body, one field, served as JSON. */
    static JsonNode assertApiError(ShopHttp.Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.size()).as(answer.body()).isEqualTo(1);
        assertThat(body.path("error").asString()).isEqualTo(message);
        return body;
    }

    @Test
    void formEncodedStartIs415WithTheJsonBody() {
        ShopHttp.Answer form = shop.request("POST", START, "application/x-www-form-urlencoded", null,
                "order_id=order_123");
        assertApiError(form, 415, ShopErrorHandler.NOT_JSON);

        ShopHttp.Answer text = shop.request("POST", START, "text/plain", null, "{\"order_id\":\"order_123\"}");
        assertApiError(text, 415, ShopErrorHandler.NOT_JSON);

        // No body at all needs no content type: it is simply a start without an order.
        assertApiError(shop.request("POST", START, null, null, null), 400, "order_id is required.");

        assertThat(status("order_123")).isEqualTo("created");
        assertThat(noncesOf("order_123")).isEmpty();
    }

    @Test
    void wrongMethodIs405NamingTheMethodToUse() {
        ShopHttp.Answer get = shop.request("GET", START, null, null, null);
        assertApiError(get, 405, "This address does not accept GET. Use POST.");
        assertThat(get.header("Allow")).isEqualTo("POST");

        ShopHttp.Answer delete = shop.request("DELETE", "/orders/order_123", null, null, null);
        assertApiError(delete, 405, "This address does not accept DELETE. Use GET.");
        assertThat(status("order_123")).isEqualTo("created");

        assertApiError(shop.request("GET", "/agent/orders/order_123/challenge", null, null, null), 405,
                "This address does not accept GET. Use POST.");
        assertThat(noncesOf("order_123")).isEmpty();
    }

    @Test
    void acceptWithoutJsonIs406AndStillAnswersJson() {
        ShopHttp.Answer start = shop.request("POST", START, "application/json", "text/html",
                "{\"order_id\":\"order_123\"}");
        assertApiError(start, 406, ShopErrorHandler.JSON_ONLY);
        assertThat(noncesOf("order_123")).isEmpty();

        assertApiError(shop.request("GET", "/orders/order_123", null, "text/html", null), 406,
                ShopErrorHandler.JSON_ONLY);
        assertApiError(shop.request("GET", "/orders", null, "application/xml", null), 406, ShopErrorHandler.JSON_ONLY);
    }

    @Test
    void unknownAddressIs404WithTheJsonBody() {
        assertApiError(shop.get("/orders/order_123/items"), 404, ShopErrorHandler.NOT_FOUND);
        assertApiError(shop.postJson("/checkout/siglume/begin", "{\"order_id\":\"order_123\"}"), 404,
                ShopErrorHandler.NOT_FOUND);
        assertThat(noncesOf("order_123")).isEmpty();
    }

    @Test
    void malformedJsonAndWrongShapesAre400() {
        for (String body : new String[] {"{\"order_id\":", "[\"order_123\"]", "{\"order_id\":{}}", "not json"}) {
            assertApiError(shop.postJson(START, body), 400, ShopErrorHandler.INVALID_JSON);
        }
        assertApiError(shop.postJson(START, "{}"), 400, "order_id is required.");
        assertApiError(shop.postJson(START, "{\"order_id\":\"  \"}"), 400, "order_id is required.");
        assertThat(status("order_123")).isEqualTo("created");
    }

    @Test
    void everyCheckoutRefusalAnswers409WithItsReason() {
        Set<Reason> seen = EnumSet.noneOf(Reason.class);

        // checkout_open: an agent asks for the offer of an order open in Hosted Checkout.
        String openSession = startCheckout("order_123").path("session_id").asString();
        expectRefusal(shop.agentChallenge("order_123"), Reason.CHECKOUT_OPEN, seen);

        // already_paid
        confirmInSandbox(openSession);
        assertThat(status("order_123")).isEqualTo("paid");
        expectRefusal(shop.startCheckout("order_123"), Reason.ALREADY_PAID, seen);

        // payment_confirming: the session is paid, its webhook has not arrived.
        sandbox.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        sandbox.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);
        confirmInSandbox(startCheckout("order_micro").path("session_id").asString());
        expectRefusal(shop.startCheckout("order_micro"), Reason.PAYMENT_CONFIRMING, seen);

        // under_review: an event for the order that does not add up.
        String nanoSession = startCheckout("order_nano").path("session_id").asString();
        String challengeHash = sandbox.session(nanoSession).orElseThrow().challengeHash();
        SignedWebhook incomplete = WebhookTestEvents.standard().withChallengeHash(challengeHash)
                .withoutData("chain_receipt_id").sign(sandbox.webhookSecret());
        assertThat(shop.post("/siglume/webhook", incomplete.body(), "Siglume-Signature", incomplete.signatureHeader())
                .status()).isBetween(200, 299);
        expectRefusal(shop.startCheckout("order_nano"), Reason.UNDER_REVIEW, seen);

        // metered_not_enabled: a shop that sells no Micro or Nano items.
        try (ShopRun standardOnly = ShopRun.start("--siglume.checkout.allow-metered=false",
                "--spring.datasource.url=jdbc:h2:mem:siglume-shop-standard-only")) {
            expectRefusal(standardOnly.shop().startCheckout("order_micro"), Reason.METERED_NOT_ENABLED, seen);
        }

        assertThat(seen).as("every refusal reason answered").isEqualTo(EnumSet.allOf(Reason.class));
    }

    private static void expectRefusal(ShopHttp.Answer answer, Reason reason, Set<Reason> seen) {
        assertApiError(answer, 409, reason.buyerMessage());
        seen.add(reason);
    }

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
