package com.siglume.sdrp.spring.observation;

import com.siglume.sdrp.client.SiglumeOperationListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes each Siglume client operation as a Micrometer {@link Observation}, open in scope on
 * the calling thread while its HTTP attempts run.
 */
public class ObservationSiglumeOperationListener implements SiglumeOperationListener {

    private static final DefaultSiglumeClientObservationConvention DEFAULT_CONVENTION =
            new DefaultSiglumeClientObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable SiglumeClientObservationConvention convention;

    /**
     * Creates the listener.
     *
     * @param registry the registry to observe in
     * @param convention the convention replacing the default one, or {@code null} for the default
     */
    public ObservationSiglumeOperationListener(ObservationRegistry registry,
            @Nullable SiglumeClientObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public Operation started(String operation) {
        SiglumeClientObservationContext context = new SiglumeClientObservationContext(operation);
        Observation observation = Observation.createNotStarted(convention, DEFAULT_CONVENTION, () -> context, registry)
                .start();
        Observation.Scope scope = observation.openScope();
        return (status, failure) -> {
            context.ended(status);
            if (failure != null) {
                observation.error(failure);
            }
            scope.close();
            observation.stop();
        };
    }

    @Override
    public String toString() {
        return "ObservationSiglumeOperationListener";
    }
}
