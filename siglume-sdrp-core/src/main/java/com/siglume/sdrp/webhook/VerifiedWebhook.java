package com.siglume.sdrp.webhook;

import java.time.Instant;

/**
 * A webhook delivery whose signature held and whose body is a valid event.
 *
 * @param event the parsed event
 * @param timestamp the signed timestamp from the {@code Siglume-Signature} header
 */
public record VerifiedWebhook(WebhookEvent event, Instant timestamp) {
}
