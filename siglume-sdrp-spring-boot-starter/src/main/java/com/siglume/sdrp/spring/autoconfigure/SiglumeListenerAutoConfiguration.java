package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.listener.SiglumeListenerAnnotationBeanPostProcessor;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Discovers {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener} methods once at
 * startup and checks them, whether or not the webhook endpoint is on, so a wrong signature or a
 * listener nothing could call is reported early. Each context has its own: a child context
 * neither sees its parent's listeners nor hands its own to the parent.
 */
@AutoConfiguration
public class SiglumeListenerAutoConfiguration {

    /**
     * The post-processor that finds the listeners and fills the registry.
     *
     * @param environment the environment, for whether the webhook was switched off on purpose
     * @param beanFactory the context's bean factory, for its webhook endpoints and checkout
     * @return the post-processor
     */
    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    public static SiglumeListenerAnnotationBeanPostProcessor siglumeListenerAnnotationBeanPostProcessor(
            Environment environment, ListableBeanFactory beanFactory) {
        SiglumeListenerEndpointCheck endpoint = new SiglumeListenerEndpointCheck(environment, beanFactory);
        SiglumeCheckoutListenerCheck checkout = new SiglumeCheckoutListenerCheck(environment, beanFactory);
        return new SiglumeListenerAnnotationBeanPostProcessor(listeners -> {
            // An order listener without the checkout is the more precise report: it goes first.
            checkout.check(listeners);
            endpoint.check(listeners);
        });
    }

    /**
     * The listener registry.
     *
     * @return a registry the post-processor fills once all singletons exist
     */
    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    public SiglumeListenerRegistry siglumeListenerRegistry() {
        return new SiglumeListenerRegistry();
    }
}
