package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SandboxCheckoutSession;
import com.siglume.sdrp.sandbox.WebhookFault;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link SiglumeCheckout#start} against the loopback sandbox, on H2, with the sandbox's
 * confirmations coming back through the application's own webhook endpoint.
 */
class SiglumeCheckoutFlowTests extends CheckoutSandboxTest {

    @Test
    void startCreatesTheFirstAttemptWithItsNonceAndTheShopsAmountAndReturnUrls() {
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "jpy").withDescription("Notebook"));

        assertThat(start.orderId()).isEqualTo("order_1");
        assertThat(start.attempt()).isEqualTo(1);
        assertThat(start.reused()).isFalse();
        assertThat(start.checkoutUrl()).isEqualTo(SANDBOX.baseUrl() + "/pay/" + start.sessionId());
        assertThat(SANDBOX.session(start.sessionId())).hasValueSatisfying(session -> {
            assertThat(session.amountMinor()).isEqualTo(1200);
            assertThat(session.currency()).isEqualTo("JPY");
            assertThat(session.successUrl()).isEqualTo("http://localhost:" + port + "/checkout/success?order_id=order_1");
            assertThat(session.cancelUrl()).isEqualTo("http://localhost:" + port + "/checkout/cancel?order_id=order_1");
        });
        assertThat(checkout.attempts("order_1")).singleElement().satisfies(attempt -> {
            assertThat(attempt.nonce()).isEqualTo("order_1-attempt_1");
            assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.OPEN);
            assertThat(attempt.active()).isTrue();
            assertThat(attempt.sessionId()).isEqualTo(start.sessionId());
            assertThat(attempt.challengeHash()).isEqualTo(SANDBOX.session(start.sessionId()).orElseThrow().challengeHash());
            assertThat(attempt.amountMinor()).isEqualTo(1200);
            assertThat(attempt.merchant()).isEqualTo(SANDBOX.merchant());
        });
    }

    @Test
    void anOpenSessionIsReused() {
        CheckoutStart first = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        CheckoutStart second = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        assertThat(second).isEqualTo(new CheckoutStart("order_1", 1, first.sessionId(), first.checkoutUrl(), true));
        assertThat(checkout.attempts("order_1")).hasSize(1);
    }

    @Test
    void aCancelledSessionGetsTheNextAttemptAndOnlyTheNewOneIsActive() {
        CheckoutStart first = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        SANDBOX.cancel(first.sessionId());

        CheckoutStart second = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
        assertThat(checkout.attempts("order_1")).extracting(CheckoutAttempt::nonce, CheckoutAttempt::state,
                CheckoutAttempt::active).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order_1-attempt_1", CheckoutAttempt.State.REPLACED, false),
                        org.assertj.core.groups.Tuple.tuple("order_1-attempt_2", CheckoutAttempt.State.OPEN, true));
    }

    @Test
    void aSessionTheApiForgotGetsTheNextAttempt() {
        CheckoutStart forgotten = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        // A restarted sandbox numbers sessions from 1 again: the stored id now names another order's session.
        SANDBOX.reset();
        CheckoutStart other = checkout.start(CheckoutOrder.of("order_2", 1200, "JPY"));
        assertThat(other.sessionId()).isEqualTo(forgotten.sessionId());

        CheckoutStart again = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.sessionId()).isNotEqualTo(forgotten.sessionId());
        SANDBOX.reset();
        CheckoutStart unknown = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        assertThat(unknown.attempt()).as("a session id Siglume answers 404 for").isEqualTo(3);
    }

    @Test
    void aChangedAmountGetsANewAttemptForTheNewAmount() {
        checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        CheckoutStart changed = checkout.start(CheckoutOrder.of("order_1", 1500, "JPY"));

        assertThat(changed.attempt()).isEqualTo(2);
        assertThat(SANDBOX.session(changed.sessionId()).orElseThrow().amountMinor()).isEqualTo(1500);
    }

    @Test
    void aFailedSessionCreationLeavesNoAttemptSoTheRetryReusesTheNonce() {
        SANDBOX.injectApiFaults(new ApiFault.Status(503, "UNAVAILABLE", "try later", null), 1);

        assertThatThrownBy(() -> checkout.start(CheckoutOrder.of("order_1", 1200, "JPY")))
                .isInstanceOf(SiglumeApiException.class);
        assertThat(checkout.attempts("order_1")).isEmpty();

        CheckoutStart retried = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        assertThat(retried.attempt()).isEqualTo(1);
        assertThat(checkout.attempts("order_1")).extracting(CheckoutAttempt::nonce).containsExactly("order_1-attempt_1");
    }

    @Test
    void meteredAmountsAreRefusedByDefaultWithNothingStoredOrSent() {
        for (long amount : new long[] {500, 30}) {
            assertThatThrownBy(() -> checkout.start(CheckoutOrder.of("order_micro", amount, "JPY")))
                    .isInstanceOfSatisfying(CheckoutRefusedException.class, refused -> assertThat(refused.reason())
                            .isEqualTo(CheckoutRefusedException.Reason.METERED_NOT_ENABLED));
        }
        assertThat(checkout.attempts("order_micro")).isEmpty();
        assertThat(SANDBOX.session("chk_sandbox_1")).isEmpty();
        assertThat(checkout.start(CheckoutOrder.of("order_usd", 301, "USD")).attempt()).as("USD 3.01 is Standard")
                .isEqualTo(1);
    }

    @Test
    void badOrdersFailWithTheFieldNamedAndChangeNothing() {
        assertThat(invalidField(() -> CheckoutOrder.of(" ", 1200, "JPY"))).isEqualTo("order_id");
        assertThat(invalidField(() -> CheckoutOrder.of("a:b", 1200, "JPY"))).isEqualTo("order_id");
        assertThat(invalidField(() -> CheckoutOrder.of("x".repeat(201), 1200, "JPY"))).isEqualTo("order_id");
        assertThat(invalidField(() -> CheckoutOrder.of("order_1", 0, "JPY"))).isEqualTo("amount_minor");
        assertThat(invalidField(() -> CheckoutOrder.of("order_1", 1200, "EUR"))).isEqualTo("currency");
        assertThat(invalidField(() -> CheckoutOrder.of("order_1", 1200, "JPY").withMetadata(Map.of("order_id", "x"))))
                .isEqualTo("metadata");
        assertThat(invalidField(() -> CheckoutOrder.of("order_1", 1200, "JPY")
                .withReturnUrls("http://shop.example/ok", "https://shop.example/no"))).isEqualTo("success_url");
        assertThat(invalidField(() -> checkout.start(null))).isEqualTo("order");
        assertThat(SANDBOX.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void anOrdersOwnReturnUrlsWin() {
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY")
                .withReturnUrls("https://shop.example/paid?o=1", "https://shop.example/cancelled"));

        assertThat(SANDBOX.session(start.sessionId())).hasValueSatisfying(session -> {
            assertThat(session.successUrl()).isEqualTo("https://shop.example/paid?o=1");
            assertThat(session.cancelUrl()).isEqualTo("https://shop.example/cancelled");
        });
    }

    @Test
    void concurrentStartsOfOneOrderMakeOneSession() throws Exception {
        List<CheckoutStart> starts = startConcurrently(checkout, checkout, "order_race", 20);

        assertThat(starts).extracting(CheckoutStart::sessionId).containsOnly(starts.get(0).sessionId());
        assertThat(starts).filteredOn(start -> !start.reused()).hasSize(1);
        assertThat(checkout.attempts("order_race")).hasSize(1);
        assertThat(SANDBOX.sessions()).filteredOn(session -> session.successUrl().endsWith("order_id=order_race"))
                .extracting(SandboxCheckoutSession::sessionId).containsExactly(starts.get(0).sessionId());
    }

    @Test
    void aSettledConfirmationPaysTheOrderOnceWhateverIsDelivered() {
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        SANDBOX.confirm(start.sessionId());
        SANDBOX.redeliver(start.sessionId());

        String requirementId = SANDBOX.session(start.sessionId()).orElseThrow().requirementId();
        assertThat(listeners.paid).singleElement().satisfies(paid -> {
            assertThat(paid.orderId()).isEqualTo("order_1");
            assertThat(paid.attempt()).isEqualTo(1);
            assertThat(paid.amountMinor()).isEqualTo(1200);
            assertThat(paid.currency()).isEqualTo("JPY");
            assertThat(paid.sessionId()).isEqualTo(start.sessionId());
            assertThat(paid.requirementId()).isEqualTo(requirementId);
            assertThat(paid.chainReceiptId()).isNotBlank();
            assertThat(paid.event().type()).isEqualTo("direct_payment.confirmed");
        });
        assertThat(listeners.all).containsExactly(listeners.paid.get(0));
        assertThat(listeners.settled).as("the plain StandardSettled listener runs beside it").hasSize(1);
        assertThat(listeners.reviews).isEmpty();
        assertThat(checkout.attempts("order_1")).singleElement().satisfies(attempt -> {
            assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.PAID);
            assertThat(attempt.requirementId()).isEqualTo(requirementId);
        });
        assertThatThrownBy(() -> checkout.start(CheckoutOrder.of("order_1", 1200, "JPY")))
                .isInstanceOfSatisfying(CheckoutRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CheckoutRefusedException.Reason.ALREADY_PAID));
    }

    @Test
    void aPaidSessionWhoseConfirmationHasNotArrivedIsNotReplaced() {
        SANDBOX.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        SANDBOX.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));
        SANDBOX.confirm(start.sessionId());
        assertThat(listeners.paid).isEmpty();

        assertThatThrownBy(() -> checkout.start(CheckoutOrder.of("order_1", 1200, "JPY")))
                .isInstanceOfSatisfying(CheckoutRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CheckoutRefusedException.Reason.PAYMENT_CONFIRMING));
        assertThat(checkout.attempts("order_1")).hasSize(1);

        SANDBOX.redeliver(start.sessionId());
        assertThat(listeners.paid).hasSize(1);
    }

    @Test
    void aThrowingOrderListenerRollsTheAttemptBackUntilTheRedeliverySucceeds() {
        SANDBOX.setWebhookRetryPolicy(WebhookRetryPolicy.NONE);
        listeners.paidFailuresLeft.set(1);
        CheckoutStart start = checkout.start(CheckoutOrder.of("order_1", 1200, "JPY"));

        SANDBOX.confirm(start.sessionId());
        assertThat(SANDBOX.deliveries().get(0).delivered()).isFalse();
        assertThat(checkout.attempts("order_1").get(0).state()).isEqualTo(CheckoutAttempt.State.OPEN);

        SANDBOX.redeliver(start.sessionId());
        assertThat(listeners.paid).hasSize(1);
        assertThat(checkout.attempts("order_1").get(0).state()).isEqualTo(CheckoutAttempt.State.PAID);
    }

    /** Starts one order from many threads at once, alternating between two checkouts (two instances). */
    static List<CheckoutStart> startConcurrently(SiglumeCheckout first, SiglumeCheckout second, String orderId,
            int buyers) throws Exception {
        return concurrently(first, second, buyers, checkout -> checkout.start(CheckoutOrder.of(orderId, 1200, "JPY")));
    }

    /** Runs a call from many threads at once, alternating between two checkouts (two instances). */
    static <T> List<T> concurrently(SiglumeCheckout first, SiglumeCheckout second, int callers,
            Function<SiglumeCheckout, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                SiglumeCheckout instance = i % 2 == 0 ? first : second;
                Callable<T> task = () -> {
                    go.await();
                    return call.apply(instance);
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String invalidField(Runnable call) {
        try {
            call.run();
        } catch (SdrpValidationException e) {
            return e.field();
        }
        throw new AssertionError("no SdrpValidationException");
    }
}
