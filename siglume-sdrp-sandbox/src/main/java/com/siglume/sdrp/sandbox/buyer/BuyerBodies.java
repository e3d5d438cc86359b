package com.siglume.sdrp.sandbox.buyer;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SandboxDirectPayments;
import com.siglume.sdrp.sandbox.http.JsonFields;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies of the buyer routes, bound loosely and checked field by field with the SDK's rules;
 * the first refused field is answered with the route's 400 code, naming it.
 */
final class BuyerBodies {

    /** Code of a refused create-requirement body. */
    static final String INVALID_REQUIREMENT = "INVALID_PAYMENT_REQUIREMENT_REQUEST";
    /** Code of a refused execute-prepared body. */
    static final String INVALID_EXECUTION = "INVALID_PREPARED_TRANSACTION_REQUEST";
    /** Code of a refused verify body. */
    static final String INVALID_VERIFICATION = "INVALID_VERIFY_REQUEST";

    private static final Set<String> RECEIPT_KINDS = Set.of(Sdrp.RECEIPT_KIND_PAYMENT, Sdrp.RECEIPT_KIND_ALLOWANCE);

    private BuyerBodies() {
    }

    /**
     * {@code POST /v1/sdrp/direct-payments/requirements}, as the payment client sends it.
     *
     * @param mode must be {@code external_402}
     * @param merchant the merchant key
     * @param amountMinor a positive integer
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the merchant's challenge
     * @param tokenSymbol the currency's token, optional
     * @param allowanceAmountMinor an allowance of at least the amount, optional
     * @param metadata a JSON object, optional
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Requirement(JsonNode mode, JsonNode merchant, JsonNode amountMinor, JsonNode currency, JsonNode challenge,
                       JsonNode tokenSymbol, JsonNode allowanceAmountMinor, JsonNode metadata) {

        /** The mode, checked first: a body in another mode is not a requirement this route creates. */
        void checkMode() {
            JsonFields.checked(INVALID_REQUIREMENT, () -> {
                if (!Sdrp.PAYMENT_MODE.equals(JsonFields.text(mode))) {
                    throw new SdrpValidationException("mode", "mode must be " + Sdrp.PAYMENT_MODE);
                }
                return null;
            });
        }

        /** The merchant key when it is a string, else {@code null}, which names no merchant. */
        String merchantKey() {
            return JsonFields.text(merchant);
        }

        /** The checked request: amount, currency, challenge, token, allowance, metadata. */
        SandboxDirectPayments.NewRequirement checked() {
            return JsonFields.checked(INVALID_REQUIREMENT, () -> {
                long amount = JsonFields.positiveInteger("amount_minor", amountMinor);
                String checkedCurrency = SdrpInputs.currency(JsonFields.text(currency));
                String checkedChallenge = SdrpInputs.required("challenge", JsonFields.text(challenge));
                String token = SdrpInputs.defaultToken(checkedCurrency);
                String asked = JsonFields.optionalText("token_symbol", tokenSymbol);
                if (asked != null && !token.equals(SdrpInputs.tokenSymbol(asked))) {
                    throw new SdrpValidationException("token_symbol",
                            "token_symbol " + SdrpInputs.tokenSymbol(asked) + " does not settle " + checkedCurrency);
                }
                Long allowance = JsonFields.optionalPositiveInteger("allowance_amount_minor", allowanceAmountMinor);
                if (allowance != null && allowance < amount) {
                    throw new SdrpValidationException("allowance_amount_minor",
                            "allowance_amount_minor must be at least amount_minor");
                }
                return new SandboxDirectPayments.NewRequirement(amount, checkedCurrency, checkedChallenge, token,
                        allowance, JsonFields.optionalObject("metadata", metadata));
            });
        }
    }

    /**
     * {@code POST /v1/market/web3/transactions/execute-prepared}.
     *
     * @param transactionRequest the prepared transaction, sent back unchanged
     * @param receiptKind {@code sdrp_direct_payment} or {@code sdrp_direct_payment_allowance}
     * @param referenceType must be {@code sdrp_direct_payment_requirement}
     * @param referenceId the requirement id
     * @param metadata a JSON object, optional
     * @param awaitFinality a boolean, optional
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Execution(JsonNode transactionRequest, JsonNode receiptKind, JsonNode referenceType, JsonNode referenceId,
                     JsonNode metadata, JsonNode awaitFinality) {

        SandboxDirectPayments.Execution checked() {
            return JsonFields.checked(INVALID_EXECUTION, () -> {
                if (transactionRequest == null || !transactionRequest.isObject()) {
                    throw new SdrpValidationException("transaction_request", "transaction_request must be a JSON object");
                }
                String kind = SdrpInputs.required("receipt_kind", JsonFields.text(receiptKind));
                if (!RECEIPT_KINDS.contains(kind)) {
                    throw new SdrpValidationException("receipt_kind", "receipt_kind must be "
                            + Sdrp.RECEIPT_KIND_PAYMENT + " or " + Sdrp.RECEIPT_KIND_ALLOWANCE);
                }
                if (!Sdrp.REFERENCE_TYPE.equals(JsonFields.text(referenceType))) {
                    throw new SdrpValidationException("reference_type", "reference_type must be " + Sdrp.REFERENCE_TYPE);
                }
                String requirementId = SdrpInputs.required("reference_id", JsonFields.text(referenceId));
                Boolean await = JsonFields.optionalBoolean("await_finality", awaitFinality);
                return new SandboxDirectPayments.Execution(requirementId, kind, transactionRequest,
                        JsonFields.optionalObject("metadata", metadata), Boolean.TRUE.equals(await));
            });
        }
    }

    /**
     * {@code POST /v1/sdrp/direct-payments/requirements/{requirement_id}/verify}; every field optional.
     *
     * @param receiptId a receipt id
     * @param chainReceiptId an on-chain receipt id
     * @param awaitFinality a boolean
     * @param awaitRequiredStatus a status
     * @param awaitTimeoutSeconds a positive integer
     * @param awaitPollSeconds a positive integer
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Verification(JsonNode receiptId, JsonNode chainReceiptId, JsonNode awaitFinality,
                        JsonNode awaitRequiredStatus, JsonNode awaitTimeoutSeconds, JsonNode awaitPollSeconds) {

        SandboxDirectPayments.Verification checked() {
            return JsonFields.checked(INVALID_VERIFICATION, () -> {
                String receipt = JsonFields.optionalText("receipt_id", receiptId);
                String chainReceipt = JsonFields.optionalText("chain_receipt_id", chainReceiptId);
                Boolean await = JsonFields.optionalBoolean("await_finality", awaitFinality);
                String status = JsonFields.optionalText("await_required_status", awaitRequiredStatus);
                // Checked for their type only: the sandbox settles at once, so nothing is waited for.
                JsonFields.optionalPositiveInteger("await_timeout_seconds", awaitTimeoutSeconds);
                JsonFields.optionalPositiveInteger("await_poll_seconds", awaitPollSeconds);
                return new SandboxDirectPayments.Verification(receipt, chainReceipt, Boolean.TRUE.equals(await), status);
            });
        }
    }
}
