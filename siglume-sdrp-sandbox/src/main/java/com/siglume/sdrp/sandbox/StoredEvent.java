package com.siglume.sdrp.sandbox;

import java.util.Map;

/**
 * A webhook event as built once and sent (and re-sent) byte for byte.
 *
 * @param id the event id
 * @param type the event type
 * @param body the exact JSON bytes every delivery of this event sends; never modified
 * @param json the same event as a map, for embedding in API answers
 */
record StoredEvent(String id, String type, byte[] body, Map<String, Object> json) {

    static StoredEvent of(Map<String, Object> event) {
        byte[] body = Json.write(event);
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) Json.MAPPER.readValue(body, Map.class);
        return new StoredEvent((String) event.get("id"), (String) event.get("type"), body,
                java.util.Collections.unmodifiableMap(parsed));
    }
}
