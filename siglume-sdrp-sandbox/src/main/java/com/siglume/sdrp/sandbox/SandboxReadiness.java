package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sandbox answers on the merchant readiness route, and whether it lets Hosted Checkout
 * sessions be created.
 *
 * @param ready {@code true} when Hosted Checkout may be used
 * @param status the readiness status text, {@code ready} when ready
 * @param missingRequirements requirement names still missing, empty when ready
 * @param blockers blocker names, empty when ready
 */
public record SandboxReadiness(boolean ready, String status, List<String> missingRequirements, List<String> blockers) {

    /** The default: ready, nothing missing, no blockers. */
    public static final SandboxReadiness READY = new SandboxReadiness(true, "ready", List.of(), List.of());

    /** Status text used by {@link #notReady(List, List)}. */
    public static final String NOT_READY_STATUS = "action_required";

    /**
     * Checks and copies the values.
     *
     * @param ready {@code true} when Hosted Checkout may be used
     * @param status the readiness status text
     * @param missingRequirements requirement names still missing
     * @param blockers blocker names
     * @throws SdrpValidationException when the status is blank, a list or entry is missing or
     *         blank, or a ready answer names missing requirements or blockers
     */
    public SandboxReadiness {
        status = SdrpInputs.required("status", status);
        missingRequirements = names("missing_requirements", missingRequirements);
        blockers = names("blockers", blockers);
        if (ready && (!missingRequirements.isEmpty() || !blockers.isEmpty())) {
            throw new SdrpValidationException("ready",
                    "a ready answer cannot list missing requirements or blockers");
        }
        if (!ready && missingRequirements.isEmpty() && blockers.isEmpty()) {
            throw new SdrpValidationException("ready",
                    "a not-ready answer needs at least one missing requirement or blocker");
        }
    }

    /**
     * Builds a not-ready answer with status {@value #NOT_READY_STATUS}.
     *
     * @param missingRequirements requirement names, for example {@code billing_mandate}
     * @param blockers blocker names, for example {@code webhook_subscription_inactive}
     * @return the answer
     * @throws SdrpValidationException when both lists are empty or an entry is blank
     */
    public static SandboxReadiness notReady(List<String> missingRequirements, List<String> blockers) {
        return new SandboxReadiness(false, NOT_READY_STATUS, missingRequirements, blockers);
    }

    private static List<String> names(String field, List<String> values) {
        if (values == null) {
            throw new SdrpValidationException(field, field + " is required");
        }
        List<String> result = new ArrayList<>(values.size());
        for (String value : values) {
            result.add(SdrpInputs.required(field, value));
        }
        return List.copyOf(result);
    }
}
