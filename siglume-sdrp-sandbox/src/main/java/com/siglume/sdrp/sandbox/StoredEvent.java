package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.internal.SdrpJson;
import java.util.Collections;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * A webhook event as built once and sent (and re-sent) byte for byte.
 *
 * @param id the event id
 * @param type the event type
 * @param body the exact JSON bytes every delivery of this event sends; never modified
 * @param json the same event read back from those bytes, for embedding in API answers
 */
record StoredEvent(String id, String type, byte[] body, Map<String, Object> json) {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    static StoredEvent of(Map<String, Object> event) {
        byte[] body = SdrpJson.MAPPER.writeValueAsBytes(event);
        return new StoredEvent((String) event.get("id"), (String) event.get("type"), body,
                Collections.unmodifiableMap(SdrpJson.MAPPER.readValue(body, JSON_OBJECT)));
    }
}
