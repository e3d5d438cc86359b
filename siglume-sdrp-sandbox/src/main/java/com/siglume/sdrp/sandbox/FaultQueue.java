package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpValidationException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Faults queued for the next calls or attempts, applied in order; thread-safe. */
final class FaultQueue<T> {

    private final Deque<T> faults = new ArrayDeque<>();

    /**
     * Queues a fault for the next {@code count} calls, after those already queued.
     *
     * @throws SdrpValidationException when the fault is {@code null} or the count not from 1 to 1000
     */
    synchronized void add(T fault, int count) {
        if (fault == null) {
            throw new SdrpValidationException("fault", "fault is required");
        }
        if (count < 1 || count > 1000) {
            throw new SdrpValidationException("count", "count must be from 1 to 1000");
        }
        for (int i = 0; i < count; i++) {
            faults.addLast(fault);
        }
    }

    /** The next fault, removed from the queue, or {@code null} when none is queued. */
    synchronized T poll() {
        return faults.pollFirst();
    }

    synchronized List<T> pending() {
        return List.copyOf(faults);
    }

    synchronized void clear() {
        faults.clear();
    }
}
