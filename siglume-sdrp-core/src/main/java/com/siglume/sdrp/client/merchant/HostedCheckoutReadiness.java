package com.siglume.sdrp.client.merchant;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.ApiAnswer;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a merchant can take Standard Hosted Checkout payments, and what is missing if not.
 */
public final class HostedCheckoutReadiness extends ApiAnswer {

    private final Fields fields;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private HostedCheckoutReadiness(Fields fields) {
        super(fields, fields.extra());
        this.fields = fields;
    }

    /** {@return the readiness scope, {@code standard_hosted_checkout}} */
    public String scope() {
        return fields.scope();
    }

    /** {@return whether every check passes; {@code false} when absent} */
    public boolean ready() {
        return fields.ready();
    }

    /** {@return the overall status, for example {@code ready}} */
    public String status() {
        return fields.status();
    }

    /** {@return the individual checks (unmodifiable maps)} */
    public List<Map<String, Object>> checks() {
        return fields.checks();
    }

    /** {@return what the merchant still has to provide} */
    public List<String> missingRequirements() {
        return fields.missingRequirements();
    }

    /** {@return what blocks checkout} */
    public List<String> blockers() {
        return fields.blockers();
    }

    /** {@return whether live mode was requested, or {@code null}} */
    public @Nullable Boolean liveModeRequested() {
        return fields.liveModeRequested();
    }

    /** {@return whether live mode is enabled, or {@code null}} */
    public @Nullable Boolean liveModeEnabled() {
        return fields.liveModeEnabled();
    }

    /** {@return whether the merchant attested its responsibilities, or {@code null}} */
    public @Nullable Boolean merchantResponsibilityAttested() {
        return fields.merchantResponsibilityAttested();
    }

    /** {@return the attested version, or {@code null}} */
    public @Nullable String responsibilityAttestationVersion() {
        return fields.responsibilityAttestationVersion();
    }

    /** {@return where the attestation came from, or {@code null}} */
    public @Nullable String responsibilityAttestationSource() {
        return fields.responsibilityAttestationSource();
    }

    /** {@return the general-availability blockers (empty when absent)} */
    public List<String> gaBlockers() {
        return fields.gaBlockers();
    }

    /** The answer as Jackson binds it; the class above only exposes it. */
    private record Fields(
            @JsonProperty("scope") String scope,
            @JsonProperty("ready") boolean ready,
            @JsonProperty("status") String status,
            @JsonProperty("checks") List<Map<String, Object>> checks,
            @JsonProperty("missing_requirements") List<String> missingRequirements,
            @JsonProperty("blockers") List<String> blockers,
            @JsonProperty("live_mode_requested") @Nullable Boolean liveModeRequested,
            @JsonProperty("live_mode_enabled") @Nullable Boolean liveModeEnabled,
            @JsonProperty("merchant_responsibility_attested") @Nullable Boolean merchantResponsibilityAttested,
            @JsonProperty("responsibility_attestation_version") @Nullable String responsibilityAttestationVersion,
            @JsonProperty("responsibility_attestation_source") @Nullable String responsibilityAttestationSource,
            @JsonProperty("ga_blockers") List<String> gaBlockers,
            @JsonAnySetter Map<String, Object> extra) {

        Fields {
            checks = ClientJson.immutableList(checks);
            missingRequirements = ClientJson.immutableList(missingRequirements);
            blockers = ClientJson.immutableList(blockers);
            gaBlockers = ClientJson.immutableList(gaBlockers);
            extra = ClientJson.immutableMap(extra);
        }
    }
}
