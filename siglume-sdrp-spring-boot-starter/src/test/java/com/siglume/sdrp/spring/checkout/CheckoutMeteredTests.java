package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.PricingBand;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Micro and Nano amounts with {@code siglume.checkout.allow-metered=true}: accepted usage
 * fulfils the order unsettled, once.
 */
@TestPropertySource(properties = "siglume.checkout.allow-metered=true")
class CheckoutMeteredTests extends CheckoutSandboxTest {

    @Test
    void acceptedMicroAndNanoUsageFulfilsTheOrderUnsettled() {
        CheckoutStart micro = checkout.start(CheckoutOrder.of("order_micro", 300, "JPY"));
        CheckoutStart nano = checkout.start(CheckoutOrder.of("order_nano", 30, "JPY"));

        SANDBOX.confirm(micro.sessionId());
        SANDBOX.confirm(nano.sessionId());
        SANDBOX.redeliver(micro.sessionId());

        assertThat(listeners.fulfilled).extracting(OrderFulfilledUnsettled::orderId,
                OrderFulfilledUnsettled::pricingBand, OrderFulfilledUnsettled::settlementCadence).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order_micro", PricingBand.MICRO, "weekly"),
                        org.assertj.core.groups.Tuple.tuple("order_nano", PricingBand.NANO, "monthly"));
        assertThat(listeners.fulfilled.get(0)).satisfies(fulfilled -> {
            assertThat(fulfilled.attempt()).isEqualTo(1);
            assertThat(fulfilled.amountMinor()).isEqualTo(300);
            assertThat(fulfilled.sessionId()).isEqualTo(micro.sessionId());
            assertThat(fulfilled.requirementId())
                    .isEqualTo(SANDBOX.session(micro.sessionId()).orElseThrow().requirementId());
        });
        assertThat(listeners.paid).isEmpty();
        assertThat(listeners.reviews).isEmpty();
        assertThat(checkout.attempts("order_micro").get(0).state()).isEqualTo(CheckoutAttempt.State.FULFILLED_UNSETTLED);
        assertThatThrownBy(() -> checkout.start(CheckoutOrder.of("order_micro", 300, "JPY")))
                .isInstanceOfSatisfying(CheckoutRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CheckoutRefusedException.Reason.ALREADY_PAID));
    }
}
