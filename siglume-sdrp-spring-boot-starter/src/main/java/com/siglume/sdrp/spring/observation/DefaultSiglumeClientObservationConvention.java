package com.siglume.sdrp.spring.observation;

import com.siglume.sdrp.client.SiglumeTransportException;
import io.micrometer.common.KeyValues;

/**
 * The observation {@value #NAME}: one per client operation, its HTTP attempts (retries
 * included) inside it, so each attempt's {@code http.client.requests} observation is its child.
 * Low-cardinality keys: {@code operation} (the client method, for example {@code getMerchant})
 * and, once it ended, {@code status}: the HTTP status of the last answer, or {@code TIMEOUT} /
 * {@code IO_ERROR} when none arrived.
 */
public class DefaultSiglumeClientObservationConvention implements SiglumeClientObservationConvention {

    /** Name of the observation and so of its timer. */
    public static final String NAME = "siglume.client.requests";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(SiglumeClientObservationContext context) {
        return "siglume " + context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SiglumeClientObservationContext context) {
        KeyValues operation = KeyValues.of("operation", context.getOperation());
        if (!context.isEnded()) {
            return operation;
        }
        return operation.and("status", status(context));
    }

    private static String status(SiglumeClientObservationContext context) {
        if (context.getStatus() > 0) {
            return Integer.toString(context.getStatus());
        }
        return context.getError() instanceof SiglumeTransportException transport && transport.isTimeout() ? "TIMEOUT"
                : "IO_ERROR";
    }
}
