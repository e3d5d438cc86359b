package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpException;

/**
 * A client call was made on a thread that must never block, such as a Reactor Netty event loop
 * serving a WebFlux controller. The clients block for the whole HTTP exchange and its retries,
 * so such a call is refused before anything is sent, and never retried.
 *
 * <p>Run the call on a thread that may block, for example:
 * {@code Mono.fromCallable(() -> client.getMerchant("acme-shop")).subscribeOn(Schedulers.boundedElastic())}.
 */
public class SiglumeBlockingCallException extends SdrpException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String threadName;

    /**
     * Creates the exception.
     *
     * @param operation the client method that was called, for example {@code getMerchant}
     * @param threadName the name of the non-blocking thread it was called on
     */
    public SiglumeBlockingCallException(String operation, String threadName) {
        super("Siglume client call " + operation + " was made on the non-blocking thread " + threadName
                + "; the clients block for the HTTP exchange, so nothing was sent. Run the call on a thread that may block:"
                + " Mono.fromCallable(() -> client." + operation + "(...)).subscribeOn(Schedulers.boundedElastic())");
        this.operation = operation;
        this.threadName = threadName;
    }

    /**
     * Returns the client method that was called.
     *
     * @return the operation name, for example {@code getMerchant}
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the name of the non-blocking thread the call was made on.
     *
     * @return the thread name, for example {@code reactor-http-nio-2}
     */
    public String threadName() {
        return threadName;
    }
}
