package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#executePreparedTransaction(PreparedTransactionRequest)}:
 * a prepared transaction to sign and submit, linked to its payment requirement.
 *
 * <p>Build it with {@link #forPayment} or {@link #forAllowance} from a {@link PaymentRequirement};
 * they merge the transaction's {@code metadata_jsonb} with your metadata (yours wins per key).
 *
 * @param transactionRequest the transaction, sent back exactly as the API prepared it
 * @param receiptKind {@code sdrp_direct_payment} or {@code sdrp_direct_payment_allowance}
 * @param referenceType the reference type, {@code sdrp_direct_payment_requirement}
 * @param referenceId the requirement id
 * @param metadata execution metadata (a JSON object, unmodifiable), or {@code null} to leave it out
 * @param awaitFinality whether the API waits for finality, or {@code null} to leave it out
 */
public record PreparedTransactionRequest(TransactionRequest transactionRequest, String receiptKind,
        String referenceType, String referenceId, Map<String, Object> metadata, Boolean awaitFinality) {

    /**
     * Checks the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public PreparedTransactionRequest {
        if (transactionRequest == null) {
            throw new SdrpValidationException("transaction_request", "transaction_request is required");
        }
        receiptKind = SdrpInputs.required("receipt_kind", receiptKind);
        referenceType = SdrpInputs.required("reference_type", referenceType);
        referenceId = SdrpInputs.required("reference_id", referenceId);
        metadata = Inputs.optionalObject("metadata", metadata);
    }

    /**
     * The payload that pays a requirement: its {@code transaction_request} with receipt kind
     * {@code sdrp_direct_payment}.
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata your metadata, or {@code null}
     * @return the payload
     * @throws SdrpValidationException when the requirement lacks {@code requirement_id} or
     *         {@code transaction_request}
     */
    public static PreparedTransactionRequest forPayment(PaymentRequirement requirement, boolean awaitFinality,
            Map<String, ?> metadata) {
        Inputs.requireInput("requirement", requirement);
        if (requirement.transactionRequest() == null) {
            throw new SdrpValidationException("transaction_request",
                    "the payment requirement has no transaction_request to execute");
        }
        return build(requirement, requirement.transactionRequest(), Sdrp.RECEIPT_KIND_PAYMENT, awaitFinality, metadata);
    }

    /**
     * The payload that approves a requirement's allowance: its non-empty
     * {@code approve_transaction_request} with receipt kind {@code sdrp_direct_payment_allowance}.
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata your metadata, or {@code null}
     * @return the payload
     * @throws SdrpValidationException when the requirement has no (or an empty) approval
     *         transaction or no {@code requirement_id}
     */
    public static PreparedTransactionRequest forAllowance(PaymentRequirement requirement, boolean awaitFinality,
            Map<String, ?> metadata) {
        Inputs.requireInput("requirement", requirement);
        TransactionRequest approve = requirement.approveTransactionRequestIfPresent().orElseThrow(() ->
                new SdrpValidationException("approve_transaction_request",
                        "the payment requirement has no allowance to approve (approve_transaction_request is missing or empty)"));
        return build(requirement, approve, Sdrp.RECEIPT_KIND_ALLOWANCE, awaitFinality, metadata);
    }

    private static PreparedTransactionRequest build(PaymentRequirement requirement, TransactionRequest transaction,
            String receiptKind, boolean awaitFinality, Map<String, ?> metadata) {
        String requirementId = SdrpInputs.required("requirement_id", requirement.requirementId());
        Map<String, Object> merged = new LinkedHashMap<>(transaction.metadataJsonb());
        if (metadata != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) ClientJson.toJava(ClientJson.jsonObject("metadata", metadata));
            merged.putAll(given);
        }
        return new PreparedTransactionRequest(transaction, receiptKind, Sdrp.REFERENCE_TYPE, requirementId, merged,
                awaitFinality);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.set("transaction_request", transactionRequest.json());
        body.put("receipt_kind", receiptKind);
        body.put("reference_type", referenceType);
        body.put("reference_id", referenceId);
        Inputs.putObject(body, "metadata", metadata);
        Inputs.putBoolean(body, "await_finality", awaitFinality);
        return body;
    }
}
