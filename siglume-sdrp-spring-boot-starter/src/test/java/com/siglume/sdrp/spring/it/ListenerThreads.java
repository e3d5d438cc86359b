package com.siglume.sdrp.spring.it;

import com.siglume.sdrp.confirmation.PaymentConfirmation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;

/**
 * Records the thread each confirmation's listener ran on, to tell virtual threads from platform
 * threads.
 */
@TestComponent
class ListenerThreads {

    private final Map<String, Thread> threads = new ConcurrentHashMap<>();

    @com.siglume.sdrp.spring.listener.SiglumePaymentListener
    void record(PaymentConfirmation confirmation) {
        threads.put(confirmation.event().id(), Thread.currentThread());
    }

    /**
     * Tells whether the listener of an event ran on a virtual thread.
     *
     * @param eventId the event id
     * @return {@code true} for a virtual thread
     * @throws AssertionError when the running Java has no virtual threads (before 21)
     */
    boolean ranOnVirtualThread(String eventId) {
        Thread thread = threads.get(eventId);
        if (thread == null) {
            throw new AssertionError("no listener ran for " + eventId);
        }
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Java " + Runtime.version() + " has no virtual threads: run the virtual-thread"
                    + " tests on Java 21 or later (-Dsdrp.virtual-threads.jvm=<java home>/bin/java)", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
