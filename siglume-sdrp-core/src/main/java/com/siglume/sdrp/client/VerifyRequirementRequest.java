package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#verifyPaymentRequirement(String, VerifyRequirementRequest)};
 * every value optional, {@code null} not sent.
 *
 * @param receiptId the receipt id to verify against
 * @param chainReceiptId the on-chain receipt id to verify against
 * @param awaitFinality whether the API waits for finality before answering
 * @param awaitRequiredStatus the status to wait for
 * @param awaitTimeoutSeconds how long the API waits, positive
 * @param awaitPollSeconds how often the API polls while waiting, positive
 */
public record VerifyRequirementRequest(String receiptId, String chainReceiptId, Boolean awaitFinality,
        String awaitRequiredStatus, Long awaitTimeoutSeconds, Long awaitPollSeconds) {

    /** No options: sends {@code {}}. */
    public static final VerifyRequirementRequest NONE = new VerifyRequirementRequest(null, null, null, null, null, null);

    /**
     * Normalises the values.
     *
     * @throws SdrpValidationException when a value breaks its rule
     */
    public VerifyRequirementRequest {
        receiptId = Inputs.optionalText("receipt_id", receiptId);
        chainReceiptId = Inputs.optionalText("chain_receipt_id", chainReceiptId);
        awaitRequiredStatus = Inputs.optionalText("await_required_status", awaitRequiredStatus);
        awaitTimeoutSeconds = SdrpInputs.optionalPositiveInteger("await_timeout_seconds", awaitTimeoutSeconds);
        awaitPollSeconds = SdrpInputs.optionalPositiveInteger("await_poll_seconds", awaitPollSeconds);
    }

    /**
     * Verification against a chain receipt, waiting for finality up to a timeout.
     *
     * @param chainReceiptId the on-chain receipt id
     * @param awaitTimeoutSeconds how long the API waits
     * @return the request
     * @throws SdrpValidationException when a value breaks its rule
     */
    public static VerifyRequirementRequest awaitingFinality(String chainReceiptId, long awaitTimeoutSeconds) {
        return new VerifyRequirementRequest(null, chainReceiptId, true, null, awaitTimeoutSeconds, null);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "receipt_id", receiptId);
        Inputs.putText(body, "chain_receipt_id", chainReceiptId);
        Inputs.putBoolean(body, "await_finality", awaitFinality);
        Inputs.putText(body, "await_required_status", awaitRequiredStatus);
        Inputs.putLong(body, "await_timeout_seconds", awaitTimeoutSeconds);
        Inputs.putLong(body, "await_poll_seconds", awaitPollSeconds);
        return body;
    }
}
