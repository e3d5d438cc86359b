package com.siglume.sdrp.sandbox.webhook;

/**
 * An event named in an answer: {@code {"id", "type"}}.
 *
 * @param id the event id
 * @param type the event type
 */
public record EventReference(String id, String type) {
}
