package com.siglume.sdrp.spring.autoconfigure.observation;

import com.siglume.sdrp.client.SiglumeOperationListener;
import com.siglume.sdrp.spring.observation.DefaultSiglumeClientObservationConvention;
import com.siglume.sdrp.spring.observation.DefaultSiglumeWebhookObservationConvention;
import com.siglume.sdrp.spring.observation.ObservationSiglumeOperationListener;
import com.siglume.sdrp.spring.observation.ObservationWebhookDeliveryObserver;
import com.siglume.sdrp.spring.observation.SiglumeClientObservationConvention;
import com.siglume.sdrp.spring.observation.SiglumeWebhookObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes the starter's work with the application's {@link ObservationRegistry} (Spring Boot
 * makes one when Micrometer is present): each webhook delivery's processing as
 * {@value DefaultSiglumeWebhookObservationConvention#NAME} and each Siglume client operation as
 * {@value DefaultSiglumeClientObservationConvention#NAME}. Micrometer Tracing then makes spans
 * of them and the default meter handler timers. A {@link SiglumeWebhookObservationConvention}
 * or {@link SiglumeClientObservationConvention} bean replaces the default convention. Without a
 * registry nothing is observed.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public class SiglumeObservationAutoConfiguration {

    /**
     * Processes each webhook delivery inside an observation.
     *
     * @param registry the observation registry
     * @param convention a convention replacing the default one, if any
     * @return the delivery observer the webhook processor wraps its work in
     */
    @Bean
    @ConditionalOnMissingBean
    public ObservationWebhookDeliveryObserver siglumeWebhookObservation(ObservationRegistry registry,
            ObjectProvider<SiglumeWebhookObservationConvention> convention) {
        return new ObservationWebhookDeliveryObserver(registry, convention.getIfAvailable());
    }

    /**
     * Observes each operation of the Siglume clients.
     *
     * @param registry the observation registry
     * @param convention a convention replacing the default one, if any
     * @return the listener the clients report their operations to
     */
    @Bean
    @ConditionalOnMissingBean
    public SiglumeOperationListener siglumeClientObservation(ObservationRegistry registry,
            ObjectProvider<SiglumeClientObservationConvention> convention) {
        return new ObservationSiglumeOperationListener(registry, convention.getIfAvailable());
    }
}
