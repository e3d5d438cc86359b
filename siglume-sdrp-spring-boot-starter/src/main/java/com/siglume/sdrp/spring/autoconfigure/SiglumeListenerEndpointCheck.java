package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.checkout.CheckoutConfirmationMatcher;
import com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerAnnotationBeanPostProcessor;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Checks the {@code @SiglumePaymentListener} methods against the context's own webhook endpoint
 * ({@link SiglumeWebhookEndpoint}). Without an endpoint, listeners it could never call stop
 * startup; an explicit {@code siglume.webhook.enabled=false} turns the refusal into one INFO
 * line. With an endpoint, startup stops unless a payment to fulfil reaches the application: a
 * listener of {@link StandardSettled} or {@link MeteredUsageAccepted} (or a supertype), or, when
 * {@link SiglumeCheckout} matches confirmations to orders, of {@link OrderPaid} or
 * {@link StandardSettled} (or, when it allows Micro/Nano amounts, {@link OrderFulfilledUnsettled}
 * or {@link MeteredUsageAccepted}). Otherwise every paid order's confirmation would be stored
 * for review, or its attempt marked paid, and nothing would fulfil it; without the checkout,
 * {@value #REQUIRE_PAYMENT_LISTENER}{@code =false} lets an endpoint that receives no
 * confirmations start.
 */
final class SiglumeListenerEndpointCheck implements SiglumeListenerAnnotationBeanPostProcessor.DiscoveryCheck {

    private static final Log logger = LogFactory.getLog(SiglumeListenerEndpointCheck.class);

    /** The property that lets an endpoint start without a listener of the payments to fulfil. */
    static final String REQUIRE_PAYMENT_LISTENER = "siglume.webhook.require-payment-listener";

    /** What an order is fulfilled from: a settled Standard payment, accepted Micro/Nano usage. */
    private static final List<Class<?>> FULFILMENT_PAYLOADS = List.of(StandardSettled.class,
            MeteredUsageAccepted.class);

    private final Environment environment;
    private final ListableBeanFactory beanFactory;

    SiglumeListenerEndpointCheck(Environment environment, ListableBeanFactory beanFactory) {
        this.environment = environment;
        this.beanFactory = beanFactory;
    }

    @Override
    public void check(List<PaymentListenerMethod> discovered) {
        // The checkout's own matcher needs no endpoint to exist: only the application's listeners do.
        List<PaymentListenerMethod> listeners = discovered.stream()
                .filter(listener -> !SiglumeCheckoutListenerCheck.isCheckoutMatcher(listener)).toList();
        if (hasLocalBean(SiglumeWebhookEndpoint.class)) {
            requirePaymentListener(discovered, listeners);
            return;
        }
        if (listeners.isEmpty()) {
            return;
        }
        String enabled = SiglumeConditions.OnWebhookEnabledCondition.ENABLED;
        String secret = SiglumeConditions.OnWebhookEnabledCondition.SECRET;
        String first = listeners.get(0).describe();
        String others = listeners.size() == 1 ? "" : " (and " + (listeners.size() - 1) + " more)";
        if (Boolean.FALSE.equals(Binder.get(environment).bind(enabled, Boolean.class).orElse(null))) {
            logger.info("Siglume webhook endpoint is off (" + enabled + "=false): @SiglumePaymentListener method "
                    + first + others + " is not called in this application.");
            return;
        }
        String reason = hasLocalBean(SiglumeWebhookProcessor.class)
                ? secret + " is set, but this application serves no webhook endpoint: it is neither a servlet nor a"
                        + " reactive web application"
                : "the webhook endpoint is off because " + secret + " is not set (or is blank)";
        throw new SiglumeConfigurationException("@SiglumePaymentListener method " + first + others
                + " can never be called: " + reason + ".",
                "Set " + secret + " (or the SIGLUME_WEBHOOK_SECRET environment variable) to the whsec_... secret of"
                        + " the webhook subscription and run the application as a servlet or reactive web"
                        + " application (spring-boot-starter-webmvc or spring-boot-starter-webflux). If the"
                        + " application passes deliveries to SiglumeWebhookProcessor itself, declare a SiglumeWebhookEndpoint bean. If it is not meant"
                        + " to receive webhooks, set " + enabled + "=false.");
    }

    /**
     * Refuses an endpoint whose payments no application listener would fulfil from, by the rule
     * the processor dispatches with ({@link PaymentListenerMethod#receivesPayloadsOf}). Without
     * the checkout, {@value #REQUIRE_PAYMENT_LISTENER}{@code =false} lets it start: each
     * confirmation is then recorded for review. With the checkout it does not: the matcher
     * would mark paid orders paid with nobody to fulfil them.
     */
    private void requirePaymentListener(List<PaymentListenerMethod> discovered, List<PaymentListenerMethod> listeners) {
        Optional<CheckoutConfirmationMatcher> matcher = discovered.stream()
                .filter(SiglumeCheckoutListenerCheck::isCheckoutMatcher).findFirst()
                .map(listener -> beanFactory.getBean(listener.beanName(), CheckoutConfirmationMatcher.class));
        List<Class<?>> fulfilledFrom = matcher.map(SiglumeListenerEndpointCheck::orderFulfilmentPayloads)
                .orElse(FULFILMENT_PAYLOADS);
        if (listeners.stream().anyMatch(listener -> fulfilledFrom.stream().anyMatch(listener::receivesPayloadsOf))
                || (matcher.isEmpty() && !Binder.get(environment).bind(REQUIRE_PAYMENT_LISTENER, Boolean.class)
                        .orElse(true))) {
            return;
        }
        String found = listeners.isEmpty() ? "none was found"
                : "the ones found (" + listeners.stream().map(PaymentListenerMethod::describe)
                        .collect(Collectors.joining(", ")) + ") receive other events";
        String types = fulfilledFrom.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
        if (matcher.isPresent()) {
            boolean metered = matcher.get().allowsMetered();
            throw new SiglumeConfigurationException("The Siglume webhook endpoint is on, but no"
                    + " @SiglumePaymentListener method receives a payment to fulfil (" + types + "): " + found
                    + ". SiglumeCheckout would mark a paid order paid, and nothing would fulfil it.",
                    "Add a @SiglumePaymentListener method taking OrderPaid that fulfils the order"
                            + (metered ? " (and OrderFulfilledUnsettled for the Micro and Nano amounts allowed)" : "")
                            + ". If the application is not meant to receive webhooks, set "
                            + SiglumeConditions.OnWebhookEnabledCondition.ENABLED + "=false.");
        }
        throw new SiglumeConfigurationException("The Siglume webhook endpoint is on, but no @SiglumePaymentListener"
                + " method receives a payment to fulfil (" + types + "): " + found + ". Every payment would be stored"
                + " for manual review, and nothing would fulfil its order.",
                "Add a @SiglumePaymentListener method taking StandardSettled (or PaymentConfirmation) that fulfils"
                        + " the order (MeteredUsageAccepted for Micro and Nano amounts), or use SiglumeCheckout and"
                        + " take OrderPaid. If this endpoint receives no direct_payment.confirmed events, or they are"
                        + " worked from the event table, set " + REQUIRE_PAYMENT_LISTENER + "=false; if the"
                        + " application is not meant to receive webhooks, set "
                        + SiglumeConditions.OnWebhookEnabledCondition.ENABLED + "=false.");
    }

    /** What orders are fulfilled from once the checkout matches them: its order events first. */
    private static List<Class<?>> orderFulfilmentPayloads(CheckoutConfirmationMatcher matcher) {
        return matcher.allowsMetered()
                ? List.of(OrderPaid.class, OrderFulfilledUnsettled.class, StandardSettled.class, MeteredUsageAccepted.class)
                : List.of(OrderPaid.class, StandardSettled.class);
    }

    private boolean hasLocalBean(Class<?> type) {
        // This context's own beans only: a parent's endpoint calls the parent's listeners.
        return beanFactory.getBeanNamesForType(type, true, false).length > 0;
    }
}
