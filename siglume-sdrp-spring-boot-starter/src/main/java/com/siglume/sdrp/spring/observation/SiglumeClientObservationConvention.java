package com.siglume.sdrp.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and describes the observation of a Siglume client operation. Declare a bean of this
 * type to replace {@link DefaultSiglumeClientObservationConvention}.
 */
public interface SiglumeClientObservationConvention extends ObservationConvention<SiglumeClientObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof SiglumeClientObservationContext;
    }
}
