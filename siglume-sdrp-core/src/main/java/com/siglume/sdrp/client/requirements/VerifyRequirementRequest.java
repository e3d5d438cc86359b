package com.siglume.sdrp.client.requirements;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.AwaitRequestSupport;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.internal.ValueObjects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#verifyPaymentRequirement(String, VerifyRequirementRequest)};
 * every value optional, {@code null} not sent.
 */
public final class VerifyRequirementRequest extends AwaitRequestSupport {

    /** No options: sends {@code {}}. */
    public static final VerifyRequirementRequest NONE = builder().build();

    private final Values values;

    private VerifyRequirementRequest(Values values) {
        super(values.awaitFinality(), values.awaitRequiredStatus(), values.awaitTimeoutSeconds(),
                values.awaitPollSeconds());
        this.values = values;
    }

    /** {@return a new, empty builder of a verification request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this verification request's values, to change some of them} */
    public Builder toBuilder() {
        return copyTo(builder()).receiptId(values.receiptId()).chainReceiptId(values.chainReceiptId());
    }

    /** {@return the receipt id to verify against, or {@code null}} */
    public @Nullable String receiptId() {
        return values.receiptId();
    }

    /** {@return the on-chain receipt id to verify against, or {@code null}} */
    public @Nullable String chainReceiptId() {
        return values.chainReceiptId();
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
        return builder().chainReceiptId(chainReceiptId).awaitFinality(true).awaitTimeoutSeconds(awaitTimeoutSeconds)
                .build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        Inputs.putText(body, "receipt_id", values.receiptId());
        Inputs.putText(body, "chain_receipt_id", values.chainReceiptId());
        Inputs.putBoolean(body, "await_finality", values.awaitFinality());
        Inputs.putText(body, "await_required_status", values.awaitRequiredStatus());
        Inputs.putLong(body, "await_timeout_seconds", values.awaitTimeoutSeconds());
        Inputs.putLong(body, "await_poll_seconds", values.awaitPollSeconds());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VerifyRequirementRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the verification request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("VerifyRequirementRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(@Nullable String receiptId,
            @Nullable String chainReceiptId,
            @Nullable Boolean awaitFinality,
            @Nullable String awaitRequiredStatus,
            @Nullable Long awaitTimeoutSeconds,
            @Nullable Long awaitPollSeconds) {

        Values {
            receiptId = Inputs.optionalText("receipt_id", receiptId);
            chainReceiptId = Inputs.optionalText("chain_receipt_id", chainReceiptId);
            awaitRequiredStatus = Inputs.optionalText("await_required_status", awaitRequiredStatus);
            awaitTimeoutSeconds = SdrpInputs.optionalPositiveInteger("await_timeout_seconds", awaitTimeoutSeconds);
            awaitPollSeconds = SdrpInputs.optionalPositiveInteger("await_poll_seconds", awaitPollSeconds);
        }
    }

    /**
     * Builder of {@link VerifyRequirementRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends AwaitRequestSupport.Builder<Builder> {
        private @Nullable String receiptId;
        private @Nullable String chainReceiptId;

        private Builder() {
        }

        /** Sets {@link VerifyRequirementRequest#receiptId()}: the receipt id to verify against. */
        public Builder receiptId(@Nullable String value) {
            this.receiptId = value;
            return this;
        }

        /** Sets {@link VerifyRequirementRequest#chainReceiptId()}: the on-chain receipt id to verify against. */
        public Builder chainReceiptId(@Nullable String value) {
            this.chainReceiptId = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public VerifyRequirementRequest build() {
            return new VerifyRequirementRequest(new Values(receiptId, chainReceiptId, awaitFinality,
                    awaitRequiredStatus, awaitTimeoutSeconds, awaitPollSeconds));
        }
    }
}
