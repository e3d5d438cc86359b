package com.siglume.sdrp.sandbox.merchant;

import com.siglume.sdrp.sandbox.SandboxReadiness;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

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

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Merchant(Account merchantAccount, boolean challengeSecretCreated, Mandate mandate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Account(
            String merchantAccountId,
            String merchant,
            String merchantUserId,
            String billingMandateId,
            String status,
            String billingStatus,
            String billingPlan,
            String billingCurrency,
            String tokenSymbol,
            AccountMetadata metadataJsonb) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record AccountMetadata(
            String environment,
            List<String> checkoutAllowedOrigins,
            String webhookCallbackUrl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Mandate(String mandateId, String status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record ReadinessAnswer(Readiness standardHostedCheckoutReadiness) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Readiness(
            String scope,
            boolean ready,
            String status,
            List<Object> checks,
            List<String> missingRequirements,
            List<String> blockers,
            boolean merchantResponsibilityAttested,
            String responsibilityAttestationVersion,
            boolean liveModeEnabled) {
    }
}
