package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.webhook.WebhookEvent;

/**
 * What the fuzz targets share: their JUnit tag, their time limit and the invariants of a parsed
 * event.
 */
final class FuzzTargets {

    /** The JUnit tag the build selects the fuzz tests by. */
    static final String TAG = "fuzz";

    /**
     * How long each target fuzzes when {@code JAZZER_FUZZ} is set: five targets stay within two
     * minutes in all. Without it, each target only replays its seed inputs.
     */
    static final String MAX_DURATION = "10s";

    private FuzzTargets() {
    }

    /** A parsed event always has the four non-blank string fields and a data object. */
    static void checkEvent(WebhookEvent event) {
        assertThat(SdrpInputs.isPresent(event.id())).as("id").isTrue();
        assertThat(SdrpInputs.isPresent(event.type())).as("type").isTrue();
        assertThat(SdrpInputs.isPresent(event.apiVersion())).as("api_version").isTrue();
        assertThat(SdrpInputs.isPresent(event.occurredAt())).as("occurred_at").isTrue();
        assertThat(event.data()).isNotNull();
        assertThat(event.fields()).containsKey("data");
        // Reading any string field never fails, whatever its type in the body.
        for (String name : event.data().keySet()) {
            event.dataString(name);
        }
    }
}
