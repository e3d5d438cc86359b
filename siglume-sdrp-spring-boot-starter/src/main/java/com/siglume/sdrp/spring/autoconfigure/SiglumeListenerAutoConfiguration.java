package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Discovers {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener} methods once at
 * startup and checks their signatures, whether or not the webhook endpoint is on, so a wrong
 * signature is reported early.
 */
@AutoConfiguration
public class SiglumeListenerAutoConfiguration {

    /**
     * The listener registry.
     *
     * @return a registry that fills itself after all singletons exist
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeListenerRegistry siglumeListenerRegistry() {
        return new SiglumeListenerRegistry();
    }
}
