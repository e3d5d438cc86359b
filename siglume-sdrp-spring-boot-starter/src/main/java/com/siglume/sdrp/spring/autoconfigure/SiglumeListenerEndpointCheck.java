package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.listener.PaymentListenerMethod;
import com.siglume.sdrp.spring.listener.SiglumeListenerAnnotationBeanPostProcessor;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Stops startup when the context has {@code @SiglumePaymentListener} methods but no webhook
 * endpoint of its own ({@link SiglumeWebhookEndpoint}) that could ever call them; an explicit
 * {@code siglume.webhook.enabled=false} turns the refusal into one INFO line.
 */
final class SiglumeListenerEndpointCheck implements SiglumeListenerAnnotationBeanPostProcessor.DiscoveryCheck {

    private static final Log logger = LogFactory.getLog(SiglumeListenerEndpointCheck.class);

    private final Environment environment;
    private final ListableBeanFactory beanFactory;

    SiglumeListenerEndpointCheck(Environment environment, ListableBeanFactory beanFactory) {
        this.environment = environment;
        this.beanFactory = beanFactory;
    }

    @Override
    public void check(List<PaymentListenerMethod> listeners) {
        if (listeners.isEmpty() || hasLocalBean(SiglumeWebhookEndpoint.class)) {
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

    private boolean hasLocalBean(Class<?> type) {
        // This context's own beans only: a parent's endpoint calls the parent's listeners.
        return beanFactory.getBeanNamesForType(type, true, false).length > 0;
    }
}
