package com.siglume.sdrp.sandbox.buyer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.sandbox.SandboxDirectPayments;
import com.siglume.sdrp.sandbox.SandboxRequirement;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SandboxTimestamps;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The buyer API an agent pays through: create a payment requirement from the merchant's
 * challenge, read and verify it, and execute its prepared transactions (the allowance approval,
 * then the payment). Paying sends the merchant the same signed {@code direct_payment.confirmed}
 * webhook a confirmed Hosted Checkout session sends.
 */
public final class BuyerRoutes {

    /** The one buyer the sandbox knows. */
    private static final String BUYER_USER_ID = "usr_sandbox_buyer";

    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param state the sandbox's state, for the merchant rule and the requirements
     */
    public BuyerRoutes(SandboxState state) {
        this.state = state;
    }

    /**
     * {@code POST /v1/sdrp/direct-payments/requirements}: refused for another mode (400), another
     * merchant (404), each invalid field (400), a challenge the merchant did not sign (422) and a
     * challenge used for another request (409).
     *
     * @param request the request
     * @return 201 with the new requirement, or 200 with the one the same challenge created before
     * @throws IOException when the body cannot be read
     */
    public Reply create(SandboxRequest request) throws IOException {
        BuyerBodies.Requirement body = request.jsonBody(BuyerBodies.Requirement.class, BuyerBodies.INVALID_REQUIREMENT);
        body.checkMode();
        state.requireMerchant(body.merchantKey());
        SandboxDirectPayments.Created created = state.directPayments().create(body.checked());
        RequirementAnswer answer = RequirementAnswer.of(created.requirement());
        return created.replayed() ? Reply.ok(answer) : Reply.created(answer);
    }

    /**
     * {@code GET /v1/sdrp/direct-payments/requirements/{requirement_id}}.
     *
     * @param request the request
     * @return the requirement
     */
    public Reply get(SandboxRequest request) {
        return Reply.ok(RequirementAnswer.of(state.directPayments().requirement(request.pathVariable("requirement_id"))));
    }

    /**
     * {@code POST /v1/sdrp/direct-payments/requirements/{requirement_id}/verify}.
     *
     * @param request the request
     * @return the requirement, once it holds what the body expects of it
     * @throws IOException when the body cannot be read
     */
    public Reply verify(SandboxRequest request) throws IOException {
        BuyerBodies.Verification body = request.jsonBody(BuyerBodies.Verification.class,
                BuyerBodies.INVALID_VERIFICATION);
        return Reply.ok(RequirementAnswer.of(state.directPayments().verify(request.pathVariable("requirement_id"),
                body.checked())));
    }

    /**
     * {@code POST /v1/market/web3/transactions/execute-prepared}.
     *
     * @param request the request
     * @return the receipt, the finalization and the requirement afterwards
     * @throws IOException when the body cannot be read
     */
    public Reply executePrepared(SandboxRequest request) throws IOException {
        BuyerBodies.Execution body = request.jsonBody(BuyerBodies.Execution.class, BuyerBodies.INVALID_EXECUTION);
        SandboxDirectPayments.Executed executed = state.directPayments().execute(body.checked());
        SandboxRequirement requirement = executed.requirement();
        SandboxRequirement.Receipt receipt = executed.receipt();
        boolean payment = Sdrp.RECEIPT_KIND_PAYMENT.equals(receipt.receiptKind());
        return Reply.ok(new Executed(
                new ReceiptAnswer(receipt.receiptId(), receipt.receiptKind(), Sdrp.REFERENCE_TYPE,
                        requirement.requirementId(), "confirmed", receipt.txHash(), receipt.chainReceiptId(),
                        requirement.tokenSymbol(), payment ? requirement.amountMinor() : requirement.allowanceAmountMinor(),
                        SandboxTimestamps.format(receipt.executedAt()), receipt.metadata()),
                payment ? Finalization.ofPayment(requirement, receipt) : Finalization.ofAllowance(receipt),
                RequirementAnswer.of(requirement), executed.replayed()));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Executed(ReceiptAnswer receipt, Finalization finalization, RequirementAnswer requirement,
                            boolean idempotentReplay) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record ReceiptAnswer(
            String receiptId,
            String receiptKind,
            String referenceType,
            String referenceId,
            String status,
            String txHash,
            @JsonInclude(JsonInclude.Include.NON_NULL) String chainReceiptId,
            String tokenSymbol,
            Long amountMinor,
            String executedAt,
            Map<String, Object> metadata) {
    }

    /** What finality a transaction reached: at once in the sandbox, whether awaited or not. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Finalization(String status, String finality, String settlementStatus, boolean awaitedFinality) {

        static Finalization ofPayment(SandboxRequirement requirement, SandboxRequirement.Receipt receipt) {
            boolean metered = requirement.pricingBand().isMetered();
            return new Finalization(metered ? Sdrp.STATUS_PENDING_SETTLEMENT : "finalized",
                    requirement.pricingBand().finality(), requirement.settlementStatus(), receipt.awaitedFinality());
        }

        /** An approval is one on-chain transaction of its own, final at once. */
        static Finalization ofAllowance(SandboxRequirement.Receipt receipt) {
            return new Finalization("finalized", Sdrp.FINALITY_STANDARD, null, receipt.awaitedFinality());
        }
    }

    /** A requirement in the shape the payment client reads, with the sandbox's buyer. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record RequirementAnswer(
            String directPaymentRequirementId,
            String requirementId,
            String id,
            String mode,
            String merchant,
            String challengeHash,
            String buyerUserId,
            String requestHash,
            String requestHashV2,
            String tokenSymbol,
            String currency,
            long amountMinor,
            long feeBps,
            String pricingBand,
            String settlementCadence,
            String finality,
            BigDecimal protocolFeeMinor,
            String settlementStatus,
            String status,
            Long allowanceAmountMinor,
            String allowanceStatus,
            String expiresAt,
            String confirmedAt,
            String chainReceiptId,
            String receiptId,
            Map<String, Object> transactionRequest,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> approveTransactionRequest,
            boolean nonCustodial,
            Map<String, Object> metadataJsonb,
            String environment,
            String createdAt,
            String updatedAt) {

        static RequirementAnswer of(SandboxRequirement requirement) {
            String id = requirement.requirementId();
            return new RequirementAnswer(id, id, id, Sdrp.PAYMENT_MODE, requirement.merchant(),
                    requirement.challengeHash(), BUYER_USER_ID, requirement.requestHash(), requirement.requestHashV2(),
                    requirement.tokenSymbol(), requirement.currency(), requirement.amountMinor(), 0,
                    requirement.pricingBand().wireName(), requirement.pricingBand().settlementCadence(),
                    requirement.pricingBand().finality(), requirement.protocolFeeMinor(),
                    requirement.settlementStatus(), requirement.status(), requirement.allowanceAmountMinor(),
                    allowanceStatus(requirement), SandboxTimestamps.format(requirement.expiresAt()),
                    SandboxTimestamps.format(requirement.confirmedAt()), requirement.chainReceiptId(),
                    requirement.paymentReceipt() == null ? null : requirement.paymentReceipt().receiptId(),
                    requirement.transactionRequest(), requirement.approveTransactionRequest(), true,
                    requirement.metadata(), "sandbox", SandboxTimestamps.format(requirement.createdAt()),
                    SandboxTimestamps.format(requirement.updatedAt()));
        }

        private static String allowanceStatus(SandboxRequirement requirement) {
            if (requirement.approveTransactionRequest() == null) {
                return "not_required";
            }
            return requirement.allowanceReceipt() == null ? "pending" : "approved";
        }
    }
}
