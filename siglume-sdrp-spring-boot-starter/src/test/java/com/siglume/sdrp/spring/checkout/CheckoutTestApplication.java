package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A shop as the checkout guide writes it: auto-configuration, and listeners for the order
 * payment events beside a plain {@code StandardSettled} listener.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CheckoutTestApplication {

    @Bean
    OrderListeners orderListeners() {
        return new OrderListeners();
    }

    /** The challenge secret the applications sign agent challenges with. */
    static final String CHALLENGE_SECRET = "checkout_tests_challenge_secret";

    /**
     * The properties that point an application at a sandbox.
     *
     * @param sandbox the running sandbox
     * @return {@code name=value} pairs
     */
    static List<String> sandboxProperties(SiglumeSandbox sandbox) {
        return List.of("siglume.api-base=" + sandbox.apiBase(), "siglume.merchant=" + sandbox.merchant(),
                "siglume.merchant-auth-token=" + sandbox.merchantAuthToken(),
                "siglume.webhook.secret=" + sandbox.webhookSecret(), "siglume.challenge-secret=" + CHALLENGE_SECRET,
                "siglume.client.max-retries=0");
    }

    /** Records every order payment event, and the plain confirmations beside them. */
    public static class OrderListeners {

        final List<OrderPaid> paid = new CopyOnWriteArrayList<>();
        final List<OrderFulfilledUnsettled> fulfilled = new CopyOnWriteArrayList<>();
        final List<OrderPaymentReview> reviews = new CopyOnWriteArrayList<>();
        final List<OrderPaymentEvent> all = new CopyOnWriteArrayList<>();
        final List<StandardSettled> settled = new CopyOnWriteArrayList<>();
        final AtomicInteger paidFailuresLeft = new AtomicInteger();

        @SiglumePaymentListener
        void onPaid(OrderPaid event) {
            if (paidFailuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("fulfilment service unavailable");
            }
            paid.add(event);
        }

        @SiglumePaymentListener
        void onFulfilled(OrderFulfilledUnsettled event) {
            fulfilled.add(event);
        }

        @SiglumePaymentListener
        void onReview(OrderPaymentReview event) {
            reviews.add(event);
        }

        @SiglumePaymentListener
        void onAny(OrderPaymentEvent event) {
            all.add(event);
        }

        @SiglumePaymentListener
        void onSettled(StandardSettled event) {
            settled.add(event);
        }

        void clear() {
            paid.clear();
            fulfilled.clear();
            reviews.clear();
            all.clear();
            settled.clear();
            paidFailuresLeft.set(0);
        }
    }
}
