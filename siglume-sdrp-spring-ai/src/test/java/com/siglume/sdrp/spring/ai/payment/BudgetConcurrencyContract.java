package com.siglume.sdrp.spring.ai.payment;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static com.siglume.sdrp.spring.ai.test.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import com.siglume.sdrp.spring.ai.policy.RefusalReason;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import com.siglume.sdrp.spring.ai.test.AgentFixture;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent payments against one budget, on a real database: the ledger must never let them
 * overspend, nor pay one challenge twice.
 */
abstract class BudgetConcurrencyContract {

    private AgentFixture fixture;

    /** Creates the fixture on the database under test. */
    protected abstract AgentFixture createFixture();

    private AgentFixture fixture() {
        if (fixture == null) {
            fixture = createFixture();
        }
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static List<PaymentOutcome> concurrently(int calls, Function<Integer, PaymentOutcome> call)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PaymentOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                Callable<PaymentOutcome> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(threads.submit(task));
            }
            start.countDown();
            List<PaymentOutcome> outcomes = new ArrayList<>();
            for (Future<PaymentOutcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twentyConcurrentPaymentsAgainstABudgetForTenPayExactlyTen() throws Exception {
        SiglumeAgentPayments payments = fixture().payments(SpendPolicy.builder().currency("JPY", 100, 1000)
                .allowMerchant(MERCHANT).build());
        List<PaymentOffer> offers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            offers.add(offer(MERCHANT, 100, "JPY"));
        }

        List<PaymentOutcome> outcomes = concurrently(20, i -> payments.pay(offers.get(i)));

        assertThat(outcomes).filteredOn(PaymentOutcome.Paid.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(PaymentOutcome.Refused.class::isInstance)
                .extracting(outcome -> ((PaymentOutcome.Refused) outcome).refusal().reason())
                .hasSize(10).containsOnly(RefusalReason.BUDGET_EXCEEDED);
        assertThat(fixture().api().executedRequirements()).hasSize(10).doesNotHaveDuplicates();
        assertThat(fixture().ledger().spent("JPY", LocalDate.now(ZoneOffset.UTC))).isEqualTo(1000);
    }

    @Test
    void tenConcurrentPaymentsOfOneChallengePayItOnce() throws Exception {
        SiglumeAgentPayments payments = fixture().payments(AgentFixture.policy().build());
        PaymentOffer offer = offer(MERCHANT, 700, "JPY");

        List<PaymentOutcome> outcomes = concurrently(10, i -> payments.pay(offer));

        assertThat(fixture().api().executedRequirements()).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof PaymentOutcome.Paid paid && !paid.replayed())
                .hasSize(1);
        assertThat(outcomes).allSatisfy(outcome -> {
            if (outcome instanceof PaymentOutcome.Refused refused) {
                assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.PAYMENT_IN_PROGRESS);
            }
        });
        assertThat(fixture().ledger().spent("JPY", LocalDate.now(ZoneOffset.UTC))).isEqualTo(700);
    }
}
