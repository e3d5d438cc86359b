package com.siglume.sdrp.sandbox.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event named in an answer: {@code {"id", "type"}}.
 *
 * @param id the event id
 * @param type the event type
 */
public record EventReference(@JsonProperty("id") String id, @JsonProperty("type") String type) {
}
