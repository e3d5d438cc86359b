package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * Told when each operation of a Siglume client starts and when it ends, for example to time it
 * or to trace it. One operation is one call of a client method such as
 * {@link SiglumeMerchantClient#getMerchant(String)}, with all its HTTP attempts (retries
 * included).
 *
 * <p>Both calls happen on the thread that called the client, {@link #started(String)} before
 * the first attempt and {@link Operation#ended(int, RuntimeException)} once, after the last, so
 * a listener may keep thread-bound state (a tracing scope) open in between. Implementations must
 * be thread-safe, must not throw and must not block.
 */
@FunctionalInterface
public interface SiglumeOperationListener {

    /**
     * An operation starts.
     *
     * @param operation the client method, for example {@code getMerchant}
     * @return told when the operation ends
     */
    Operation started(String operation);

    /**
     * One running operation.
     */
    @FunctionalInterface
    interface Operation {

        /**
         * The operation ended.
         *
         * @param status the HTTP status of the last answer, or {@code 0} when no answer arrived
         * @param failure what the operation throws, or {@code null} when it succeeded
         */
        void ended(int status, @Nullable RuntimeException failure);
    }
}
