package com.siglume.sdrp.spring.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link SiglumeEventStore} in this JVM's memory: exactly once per event id within one
 * process, lost on restart. For development and tests; production needs a durable store.
 *
 * <p>Calls for one event id are serialised by a lock chosen from a fixed set by the id's hash,
 * so a second delivery waits for the first and then sees it recorded. An event is added only
 * after its work returned normally, so a failing listener leaves nothing recorded.
 */
public class InMemorySiglumeEventStore implements SiglumeEventStore {

    private static final int LOCK_STRIPES = 64;

    private final Map<String, StoredEvent> recorded = new ConcurrentHashMap<>();
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    /**
     * Creates an empty store.
     */
    public InMemorySiglumeEventStore() {
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public boolean recordOnce(StoredEvent event, Runnable work) {
        ReentrantLock lock = locks[Math.floorMod(event.eventId().hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            if (recorded.containsKey(event.eventId())) {
                return false;
            }
            work.run();
            recorded.put(event.eventId(), event);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<StoredEvent> find(String eventId) {
        return eventId == null ? Optional.empty() : Optional.ofNullable(recorded.get(eventId));
    }

    @Override
    public String toString() {
        return "InMemorySiglumeEventStore[" + recorded.size() + " events]";
    }
}
