package com.siglume.sdrp.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one text form of an instant in the sandbox's answers and events, the reference API's:
 * ECMAScript's {@code Date.prototype.toISOString}, always with milliseconds and {@code Z}, for
 * example {@code 2026-06-20T09:30:00.000Z}.
 */
public final class SandboxTimestamps {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SandboxTimestamps() {
    }

    /**
     * Formats an instant.
     *
     * @param instant the instant, or {@code null}
     * @return the text, or {@code null} for {@code null}
     */
    public static String format(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }
}
