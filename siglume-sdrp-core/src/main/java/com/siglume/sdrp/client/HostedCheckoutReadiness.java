package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Whether a merchant can take Standard Hosted Checkout payments, and what is missing if not.
 *
 * @param scope the readiness scope, {@code standard_hosted_checkout}
 * @param ready {@code true} only when every check passes; {@code false} when absent
 * @param status the overall status, for example {@code ready}
 * @param checks the individual checks (unmodifiable maps)
 * @param missingRequirements what the merchant still has to provide
 * @param blockers what blocks checkout
 * @param liveModeRequested whether live mode was requested, or {@code null}
 * @param liveModeEnabled whether live mode is enabled, or {@code null}
 * @param merchantResponsibilityAttested whether the merchant attested its responsibilities, or {@code null}
 * @param responsibilityAttestationVersion the attested version, or {@code null}
 * @param responsibilityAttestationSource where the attestation came from, or {@code null}
 * @param gaBlockers general-availability blockers (empty when absent)
 * @param extra every other field of the answer (unmodifiable)
 */
public record HostedCheckoutReadiness(
        @JsonProperty("scope") String scope,
        @JsonProperty("ready") boolean ready,
        @JsonProperty("status") String status,
        @JsonProperty("checks") List<Map<String, Object>> checks,
        @JsonProperty("missing_requirements") List<String> missingRequirements,
        @JsonProperty("blockers") List<String> blockers,
        @JsonProperty("live_mode_requested") Boolean liveModeRequested,
        @JsonProperty("live_mode_enabled") Boolean liveModeEnabled,
        @JsonProperty("merchant_responsibility_attested") Boolean merchantResponsibilityAttested,
        @JsonProperty("responsibility_attestation_version") String responsibilityAttestationVersion,
        @JsonProperty("responsibility_attestation_source") String responsibilityAttestationSource,
        @JsonProperty("ga_blockers") List<String> gaBlockers,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable; absent lists become empty. */
    public HostedCheckoutReadiness {
        checks = ClientJson.immutableList(checks);
        missingRequirements = ClientJson.immutableList(missingRequirements);
        blockers = ClientJson.immutableList(blockers);
        gaBlockers = ClientJson.immutableList(gaBlockers);
        extra = ClientJson.immutableMap(extra);
    }
}
