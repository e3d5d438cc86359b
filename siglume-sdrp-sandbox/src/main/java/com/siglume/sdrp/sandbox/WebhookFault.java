package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpValidationException;
import java.util.Locale;

/**
 * A fault the sandbox applies to one webhook delivery attempt, to exercise a receiver's
 * failure paths. Queue them with {@link SiglumeSandbox#injectWebhookFaults(WebhookFault, int)}.
 */
public enum WebhookFault {

    /**
     * The attempt is not sent: it is recorded as failed with no response status, as if the
     * receiver could not be reached, and retried like any failure.
     */
    UNREACHABLE("unreachable"),
    /** The attempt is sent with a signature made with a wrong secret; the receiver should refuse it. */
    BAD_SIGNATURE("bad_signature"),
    /** The attempt is sent with a correct signature over a timestamp one hour old; the receiver should refuse it. */
    STALE_SIGNATURE("stale_signature"),
    /** The attempt is sent normally, then the same event is delivered once more as a separate delivery. */
    DUPLICATE("duplicate");

    private final String wireName;

    WebhookFault(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name used by the HTTP control API.
     *
     * @return for example {@code bad_signature}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds a fault by its wire name.
     *
     * @param wireName for example {@code duplicate}; case-insensitive
     * @return the fault
     * @throws SdrpValidationException when no fault has that name
     */
    public static WebhookFault fromWireName(String wireName) {
        if (wireName != null) {
            String wanted = wireName.trim().toLowerCase(Locale.ROOT);
            for (WebhookFault fault : values()) {
                if (fault.wireName.equals(wanted)) {
                    return fault;
                }
            }
        }
        throw new SdrpValidationException("type",
                "type must be one of unreachable, bad_signature, stale_signature, duplicate");
    }
}
