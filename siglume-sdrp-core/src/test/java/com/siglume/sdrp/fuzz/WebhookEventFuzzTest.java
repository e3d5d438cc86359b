package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.siglume.sdrp.webhook.WebhookEvent;
import com.siglume.sdrp.webhook.WebhookPayloadException;
import org.junit.jupiter.api.Tag;

/**
 * {@link WebhookEvent#parse} with arbitrary bytes: an event or a {@link WebhookPayloadException},
 * nothing else; a parsed event keeps the exact bytes and is unmodifiable.
 */
@Tag(FuzzTargets.TAG)
class WebhookEventFuzzTest {

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void parseReturnsAValidEventOrAPayloadError(byte[] body) {
        WebhookEvent event;
        try {
            event = WebhookEvent.parse(body);
        } catch (WebhookPayloadException invalid) {
            assertThat(invalid.getMessage()).isNotBlank();
            return;
        }
        FuzzTargets.checkEvent(event);
        assertThat(event.rawBytes()).isEqualTo(body);
        assertThat(event.rawBytes()).isNotSameAs(event.rawBytes());
        try {
            event.data().put("injected", "value");
            throw new AssertionError("event data is modifiable");
        } catch (UnsupportedOperationException expected) {
            // deep-unmodifiable, as documented
        }
        event.isReadinessProbe();
    }
}
