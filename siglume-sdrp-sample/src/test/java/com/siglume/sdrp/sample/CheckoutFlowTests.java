package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.WebhookFault;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole Hosted Checkout path: start at the shop, pay in the sandbox, signed webhook back to
 * the shop, order state from the classified event only.
 */
class CheckoutFlowTests extends ShopTestBase {

    @Test
    void standardOrderIsPaidFromTheSignedWebhookAfterConfirmation() {
        JsonNode started = startCheckout("order_123");
        String sessionId = started.path("session_id").asString();
        assertThat(started.path("order_id").asString()).isEqualTo("order_123");
        assertThat(started.path("checkout_url").asString()).isEqualTo(sandbox.baseUrl() + "/pay/" + sessionId);

        // Stored before the buyer is sent anywhere; the browser decided nothing.
        JsonNode pending = shop.order("order_123");
        assertThat(pending.path("status").asString()).isEqualTo("pending");
        assertThat(pending.path("attempt").asInt()).isEqualTo(1);
        assertThat(pending.path("checkout_session_id").asString()).isEqualTo(sessionId);
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1");
        assertThat(sandbox.session(sessionId)).hasValueSatisfying(session -> {
            assertThat(session.amountMinor()).isEqualTo(1200);
            assertThat(session.currency()).isEqualTo("JPY");
            assertThat(session.successUrl()).isEqualTo("http://localhost:" + port + "/checkout/success?order_id=order_123");
            assertThat(session.cancelUrl()).isEqualTo("http://localhost:" + port + "/checkout/cancel?order_id=order_123");
        });

        // The buyer's page and the confirm button.
        ShopHttp.Answer payPage = new ShopHttp(sandbox.baseUrl()).get("/pay/" + sessionId);
        assertThat(payPage.status()).isEqualTo(200);
        JsonNode confirmed = confirmInSandbox(sessionId);
        assertThat(confirmed.path("redirect_url").asString())
                .startsWith("http://localhost:" + port + "/checkout/success?order_id=order_123");

        JsonNode paid = shop.order("order_123");
        assertThat(paid.path("status").asString()).isEqualTo("paid");
        assertThat(paid.path("payable").asBoolean()).isFalse();
        assertThat(paid.path("requirement_id").asString()).isEqualTo(sandbox.session(sessionId).orElseThrow().requirementId());
        assertThat(paid.path("chain_receipt_id").asString()).isNotBlank();
        assertThat(webhookEventRows()).isEqualTo(1);
        assertThat(reviewRecords()).isEmpty();
    }

    @Test
    void redeliveredEventIsAcknowledgedAndChangesNothing() {
        String sessionId = startCheckout("order_123").path("session_id").asString();
        confirmInSandbox(sessionId);
        JsonNode paid = shop.order("order_123");
        assertThat(paid.path("status").asString()).isEqualTo("paid");

        JsonNode redelivery = redeliverInSandbox(sessionId);
        assertThat(redelivery.path("delivery_status").asString()).isEqualTo("delivered");
        assertThat(redelivery.path("response_status").asInt()).isBetween(200, 299);

        JsonNode after = shop.order("order_123");
        assertThat(after.path("status").asString()).isEqualTo("paid");
        // The listener ran once: the row was not written again.
        assertThat(after.path("updated_at").asString()).isEqualTo(paid.path("updated_at").asString());
        assertThat(after.path("requirement_id").asString()).isEqualTo(paid.path("requirement_id").asString());
        assertThat(webhookEventRows()).isEqualTo(1);
        assertThat(reviewRecords()).isEmpty();
    }

    @Test
    void microOrderIsFulfilledButUnsettled() {
        String sessionId = startCheckout("order_micro").path("session_id").asString();
        confirmInSandbox(sessionId);

        JsonNode order = shop.order("order_micro");
        assertThat(order.path("status").asString()).isEqualTo("fulfilled_unsettled");
        assertThat(order.path("requirement_id").asString()).isNotBlank();
        assertThat(order.path("chain_receipt_id").isNull()).isTrue();
        assertThat(status("order_123")).isEqualTo("created");
    }

    @Test
    void nanoOrderIsFulfilledButUnsettled() {
        String sessionId = startCheckout("order_nano").path("session_id").asString();
        confirmInSandbox(sessionId);

        JsonNode order = shop.order("order_nano");
        assertThat(order.path("status").asString()).isEqualTo("fulfilled_unsettled");
        assertThat(order.path("requirement_id").asString()).isNotBlank();
        assertThat(order.path("chain_receipt_id").isNull()).isTrue();
    }

    @Test
    void repeatedStartReturnsTheOpenSession() {
        JsonNode first = startCheckout("order_123");
        JsonNode second = startCheckout("order_123");

        assertThat(second.path("session_id").asString()).isEqualTo(first.path("session_id").asString());
        assertThat(second.path("checkout_url").asString()).isEqualTo(first.path("checkout_url").asString());
        assertThat(shop.order("order_123").path("attempt").asInt()).isEqualTo(1);
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1");
    }

    @Test
    void startAfterCancelledSessionCreatesTheNextAttempt() {
        String firstSession = startCheckout("order_123").path("session_id").asString();
        cancelInSandbox(firstSession);

        JsonNode second = startCheckout("order_123");
        String secondSession = second.path("session_id").asString();
        assertThat(secondSession).isNotEqualTo(firstSession);
        assertThat(shop.order("order_123").path("attempt").asInt()).isEqualTo(2);
        assertThat(shop.order("order_123").path("checkout_session_id").asString()).isEqualTo(secondSession);
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1", "order_123-attempt_2");

        confirmInSandbox(secondSession);
        assertThat(status("order_123")).isEqualTo("paid");
    }

    @Test
    void startAfterTheApiForgotTheSessionCreatesTheNextAttempt() {
        String forgotten = startCheckout("order_123").path("session_id").asString();
        // A restarted sandbox forgets its sessions and numbers new ones from 1 again, so the
        // stored id may now name another order's session.
        sandbox.reset();
        String reused = startCheckout("order_micro").path("session_id").asString();
        assertThat(reused).isEqualTo(forgotten);

        JsonNode restarted = startCheckout("order_123");
        assertThat(restarted.path("session_id").asString()).isNotEqualTo(forgotten);
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1", "order_123-attempt_2");

        confirmInSandbox(restarted.path("session_id").asString());
        assertThat(status("order_123")).isEqualTo("paid");
        assertThat(status("order_micro")).isEqualTo("pending");
    }

    @Test
    void paidSessionAwaitingItsWebhookIsNotReplaced() {
        sandbox.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        sandbox.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);
        String sessionId = startCheckout("order_123").path("session_id").asString();
        confirmInSandbox(sessionId);
        assertThat(status("order_123")).isEqualTo("pending");

        ShopHttp.Answer again = shop.startCheckout("order_123");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("error").asString()).contains("being confirmed");
        assertThat(noncesOf("order_123")).hasSize(1);

        redeliverInSandbox(sessionId);
        assertThat(status("order_123")).isEqualTo("paid");
    }

    @Test
    void concurrentStartsForOneOrderCreateOneSession() throws Exception {
        int buyers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch go = new CountDownLatch(1);
        Set<String> sessionIds = ConcurrentHashMap.newKeySet();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                Callable<Integer> start = () -> {
                    go.await();
                    ShopHttp.Answer answer = shop.startCheckout("order_123");
                    if (answer.status() == 200) {
                        sessionIds.add(answer.json().path("session_id").asString());
                    }
                    return answer.status();
                };
                results.add(pool.submit(start));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessionIds).hasSize(1);
        assertThat(noncesOf("order_123")).containsExactly("order_123-attempt_1");
        assertThat(sandbox.session("chk_sandbox_2")).isEmpty();
    }
}
