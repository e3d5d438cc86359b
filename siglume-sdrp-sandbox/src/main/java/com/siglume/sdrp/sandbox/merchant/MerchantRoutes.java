package com.siglume.sdrp.sandbox.merchant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.sandbox.SandboxReadiness;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.util.List;

/**
 * Merchant setup and readiness: the sandbox merchant is an active account with an active billing
 * mandate, and its Hosted Checkout readiness is what the readiness knob says.
 */
public final class MerchantRoutes {

    private final SiglumeSandbox sandbox;
    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param sandbox the sandbox, for the merchant's configuration and readiness
     * @param state its state, for the merchant key rule
     */
    public MerchantRoutes(SiglumeSandbox sandbox, SandboxState state) {
        this.sandbox = sandbox;
        this.state = state;
    }

    /**
     * {@code GET /v1/sdrp/direct-payments/merchants/{merchant}}.
     *
     * @param request the request
     * @return the merchant account, its challenge secret and mandate
     */
    public Reply account(SandboxRequest request) {
        state.requireMerchant(request.pathVariable("merchant"));
        return Reply.ok(new Merchant(
                new Account("macc_sandbox_local", sandbox.merchant(), "usr_sandbox_merchant", "mandate_sandbox_active",
                        "active", "active", "launch", "JPY", "JPYC",
                        new AccountMetadata("sandbox", List.of(sandbox.origin()), sandbox.webhookUrl().orElse(null))),
                true, new Mandate("mandate_sandbox_active", "active")));
    }

    /**
     * {@code GET /v1/sdrp/direct-payments/merchants/{merchant}/readiness}.
     *
     * @param request the request
     * @return the Hosted Checkout readiness
     */
    public Reply readiness(SandboxRequest request) {
        state.requireMerchant(request.pathVariable("merchant"));
        SandboxReadiness readiness = sandbox.readiness();
        return Reply.ok(new ReadinessAnswer(new Readiness("standard_hosted_checkout", readiness.ready(),
                readiness.status(), List.of(), readiness.missingRequirements(), readiness.blockers(), true,
                "sdrp_standard_hosted_checkout_responsibility_v1", true)));
    }

    private record Merchant(
            @JsonProperty("merchant_account") Account merchantAccount,
            @JsonProperty("challenge_secret_created") boolean challengeSecretCreated,
            @JsonProperty("mandate") Mandate mandate) {
    }

    private record Account(
            @JsonProperty("merchant_account_id") String merchantAccountId,
            @JsonProperty("merchant") String merchant,
            @JsonProperty("merchant_user_id") String merchantUserId,
            @JsonProperty("billing_mandate_id") String billingMandateId,
            @JsonProperty("status") String status,
            @JsonProperty("billing_status") String billingStatus,
            @JsonProperty("billing_plan") String billingPlan,
            @JsonProperty("billing_currency") String billingCurrency,
            @JsonProperty("token_symbol") String tokenSymbol,
            @JsonProperty("metadata_jsonb") AccountMetadata metadata) {
    }

    private record AccountMetadata(
            @JsonProperty("environment") String environment,
            @JsonProperty("checkout_allowed_origins") List<String> checkoutAllowedOrigins,
            @JsonProperty("webhook_callback_url") String webhookCallbackUrl) {
    }

    private record Mandate(@JsonProperty("mandate_id") String mandateId, @JsonProperty("status") String status) {
    }

    private record ReadinessAnswer(
            @JsonProperty("standard_hosted_checkout_readiness") Readiness standardHostedCheckoutReadiness) {
    }

    private record Readiness(
            @JsonProperty("scope") String scope,
            @JsonProperty("ready") boolean ready,
            @JsonProperty("status") String status,
            @JsonProperty("checks") List<Object> checks,
            @JsonProperty("missing_requirements") List<String> missingRequirements,
            @JsonProperty("blockers") List<String> blockers,
            @JsonProperty("merchant_responsibility_attested") boolean merchantResponsibilityAttested,
            @JsonProperty("responsibility_attestation_version") String responsibilityAttestationVersion,
            @JsonProperty("live_mode_enabled") boolean liveModeEnabled) {
    }
}
