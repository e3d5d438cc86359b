package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.checkout.CheckoutConfirmationMatcher;
import com.siglume.sdrp.spring.checkout.OrderPaymentEvent;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerAnnotationBeanPostProcessor;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Stops startup when a {@code @SiglumePaymentListener} method takes an order payment event
 * ({@code OrderPaid}, ...) but no {@link CheckoutConfirmationMatcher} (with its
 * {@link SiglumeCheckout}) exists to match confirmations to orders, so it would never be called;
 * and when {@code siglume.checkout.enabled=true} but the checkout's auto-configuration never ran,
 * because spring-jdbc is missing (a reactive application whose database is R2DBC only), so that
 * it cannot refuse the setting itself. An explicit {@code siglume.webhook.enabled=false} is left
 * to {@link SiglumeListenerEndpointCheck}, which only logs it.
 */
final class SiglumeCheckoutListenerCheck implements SiglumeListenerAnnotationBeanPostProcessor.DiscoveryCheck {

    private final Environment environment;
    private final ListableBeanFactory beanFactory;

    SiglumeCheckoutListenerCheck(Environment environment, ListableBeanFactory beanFactory) {
        this.environment = environment;
        this.beanFactory = beanFactory;
    }

    @Override
    public void check(List<PaymentListenerMethod> listeners) {
        boolean hasCheckout = beanFactory.getBeanNamesForType(SiglumeCheckout.class, true, false).length > 0;
        if (!hasCheckout && Boolean.TRUE.equals(SiglumeCheckoutRequirements.enabled(environment))) {
            List<String> missing = SiglumeCheckoutRequirements.missing(environment, beanFactory);
            if (!missing.isEmpty()) {
                throw SiglumeCheckoutRequirements.refusal(missing);
            }
        }
        List<PaymentListenerMethod> orderListeners = listeners.stream()
                .filter(listener -> OrderPaymentEvent.class.isAssignableFrom(listener.receivedType())).toList();
        // The matcher, a listener itself, is what hands order payment events out.
        boolean matched = listeners.stream().anyMatch(SiglumeCheckoutListenerCheck::isCheckoutMatcher);
        if (orderListeners.isEmpty() || matched || Boolean.FALSE.equals(environment.getProperty(
                        SiglumeConditions.OnWebhookEnabledCondition.ENABLED, Boolean.class))) {
            return;
        }
        String others = orderListeners.size() == 1 ? "" : " (and " + (orderListeners.size() - 1) + " more)";
        String listener = "@SiglumePaymentListener method " + orderListeners.get(0).describe() + others;
        if (hasCheckout) {
            throw new SiglumeConfigurationException(listener + " receives order payment events, which the checkout's"
                    + " CheckoutConfirmationMatcher delivers, but this context has a SiglumeCheckout and no"
                    + " CheckoutConfirmationMatcher bean.", "Declare a CheckoutConfirmationMatcher bean on the"
                            + " JdbcCheckoutAttemptStore the SiglumeCheckout uses, allowing Micro and Nano amounts"
                            + " exactly when the checkout does, or let the starter create both (do not exclude"
                            + " SiglumeCheckoutAutoConfiguration).");
        }
        throw new SiglumeConfigurationException(listener + " receives order payment events, which only SiglumeCheckout"
                + " delivers, but the starter did not create it: " + SiglumeCheckoutRequirements.describe(
                        SiglumeCheckoutRequirements.missing(environment, beanFactory)) + ".",
                SiglumeCheckoutRequirements.ACTION);
    }

    /** Whether a listener is one of the checkout's own matcher methods rather than the application's. */
    static boolean isCheckoutMatcher(PaymentListenerMethod listener) {
        return listener.beanClass() == CheckoutConfirmationMatcher.class;
    }
}
