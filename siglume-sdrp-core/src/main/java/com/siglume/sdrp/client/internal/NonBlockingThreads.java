package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.client.SiglumeBlockingCallException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a blocking client call on a thread Reactor marks as non-blocking (its
 * {@code reactor.core.scheduler.NonBlocking} threads: Reactor Netty event loops, the parallel
 * scheduler). Reactor is optional: without it on the class path no thread is non-blocking.
 *
 * <p>Not part of the public API.
 */
public final class NonBlockingThreads {

    private static final String SCHEDULERS = "reactor.core.scheduler.Schedulers";

    /** {@code Schedulers.isInNonBlockingThread()}, looked up once; {@code null} without Reactor. */
    private static final @Nullable MethodHandle IS_IN_NON_BLOCKING_THREAD = lookUp();

    private NonBlockingThreads() {
    }

    /**
     * Throws when the current thread must not block, before the call does anything.
     *
     * @param operation the client method being called, named in the error
     * @throws SiglumeBlockingCallException on a non-blocking thread
     */
    public static void refuseBlockingCall(String operation) {
        if (isNonBlocking()) {
            throw new SiglumeBlockingCallException(operation, Thread.currentThread().getName());
        }
    }

    private static boolean isNonBlocking() {
        MethodHandle check = IS_IN_NON_BLOCKING_THREAD;
        if (check == null) {
            return false;
        }
        try {
            return (boolean) check.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // The method declares no checked exception; this cannot happen short of a broken Reactor.
            throw new IllegalStateException("Reactor's Schedulers.isInNonBlockingThread() failed", e);
        }
    }

    private static @Nullable MethodHandle lookUp() {
        try {
            Class<?> schedulers = Class.forName(SCHEDULERS, false, NonBlockingThreads.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(schedulers, "isInNonBlockingThread",
                    MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
