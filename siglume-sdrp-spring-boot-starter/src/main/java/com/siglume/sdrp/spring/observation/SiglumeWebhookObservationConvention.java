package com.siglume.sdrp.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and describes the observation of a webhook delivery's processing. Declare a bean of
 * this type to replace {@link DefaultSiglumeWebhookObservationConvention}.
 */
public interface SiglumeWebhookObservationConvention extends ObservationConvention<SiglumeWebhookObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof SiglumeWebhookObservationContext;
    }
}
