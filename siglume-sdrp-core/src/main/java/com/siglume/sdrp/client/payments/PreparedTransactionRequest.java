package com.siglume.sdrp.client.payments;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.TransactionRequest;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#executePreparedTransaction(PreparedTransactionRequest)}:
 * a prepared transaction to sign and submit, linked to its payment requirement.
 *
 * <p>Build it with {@link #forPayment} or {@link #forAllowance} from a {@link PaymentRequirement};
 * they merge the transaction's {@code metadata_jsonb} with your metadata (yours wins per key).
 */
public final class PreparedTransactionRequest {

    private final Values values;

    private PreparedTransactionRequest(Values values) {
        this.values = values;
    }

    /** {@return a new, empty builder of an execution request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this execution request's values, to change some of them} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.transactionRequest = values.transactionRequest();
        builder.receiptKind = values.receiptKind();
        builder.referenceType = values.referenceType();
        builder.referenceId = values.referenceId();
        builder.metadata = values.metadata();
        builder.awaitFinality = values.awaitFinality();
        return builder;
    }

    /** {@return the transaction, sent back exactly as the API prepared it} */
    public TransactionRequest transactionRequest() {
        return values.transactionRequest();
    }

    /** {@return the receipt kind, {@code sdrp_direct_payment} or {@code sdrp_direct_payment_allowance}} */
    public String receiptKind() {
        return values.receiptKind();
    }

    /** {@return the reference type, {@code sdrp_direct_payment_requirement}} */
    public String referenceType() {
        return values.referenceType();
    }

    /** {@return the requirement id} */
    public String referenceId() {
        return values.referenceId();
    }

    /** {@return the execution metadata (a JSON object, unmodifiable), or {@code null} to leave it out} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    /** {@return whether the API waits for finality, or {@code null} to leave it out} */
    public @Nullable Boolean awaitFinality() {
        return values.awaitFinality();
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
            @Nullable Map<String, ?> metadata) {
        Inputs.requireInput("requirement", requirement);
        if (requirement.transactionRequest() == null) {
            throw new SdrpValidationException("transaction_request",
                    "the payment requirement has no transaction_request to execute");
        }
        return linkedTo(requirement, requirement.transactionRequest(), Sdrp.RECEIPT_KIND_PAYMENT, awaitFinality,
                metadata);
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
            @Nullable Map<String, ?> metadata) {
        Inputs.requireInput("requirement", requirement);
        TransactionRequest approve = requirement.approveTransactionRequestIfPresent().orElseThrow(() ->
                new SdrpValidationException("approve_transaction_request",
                        "the payment requirement has no allowance to approve (approve_transaction_request is missing or empty)"));
        return linkedTo(requirement, approve, Sdrp.RECEIPT_KIND_ALLOWANCE, awaitFinality, metadata);
    }

    private static PreparedTransactionRequest linkedTo(PaymentRequirement requirement, TransactionRequest transaction,
            String receiptKind, boolean awaitFinality, @Nullable Map<String, ?> metadata) {
        String requirementId = SdrpInputs.required("requirement_id", requirement.requirementId());
        Map<String, Object> merged = new LinkedHashMap<>(transaction.metadataJsonb());
        if (metadata != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> given = (Map<String, Object>) ClientJson.toJava(ClientJson.jsonObject("metadata", metadata));
            merged.putAll(given);
        }
        return builder().transactionRequest(transaction).receiptKind(receiptKind).referenceType(Sdrp.REFERENCE_TYPE)
                .referenceId(requirementId).metadata(merged).awaitFinality(awaitFinality).build();
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        // Written as the transaction's own JSON, unknown fields included.
        body.set("transaction_request", ClientJson.MAPPER.valueToTree(values.transactionRequest()));
        body.put("receipt_kind", values.receiptKind());
        body.put("reference_type", values.referenceType());
        body.put("reference_id", values.referenceId());
        Inputs.putObject(body, "metadata", values.metadata());
        Inputs.putBoolean(body, "await_finality", values.awaitFinality());
        return body;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PreparedTransactionRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the execution request's values, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("PreparedTransactionRequest", values);
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(TransactionRequest transactionRequest,
            String receiptKind,
            String referenceType,
            String referenceId,
            @Nullable Map<String, Object> metadata,
            @Nullable Boolean awaitFinality) {

        Values {
            if (transactionRequest == null) {
                throw new SdrpValidationException("transaction_request", "transaction_request is required");
            }
            receiptKind = SdrpInputs.required("receipt_kind", receiptKind);
            referenceType = SdrpInputs.required("reference_type", referenceType);
            referenceId = SdrpInputs.required("reference_id", referenceId);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link PreparedTransactionRequest}; values are checked by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable TransactionRequest transactionRequest;
        private @Nullable String receiptKind;
        private @Nullable String referenceType;
        private @Nullable String referenceId;
        private @Nullable Map<String, Object> metadata;
        private @Nullable Boolean awaitFinality;

        private Builder() {
        }

        /**
         * Sets {@link PreparedTransactionRequest#transactionRequest()}: the transaction, sent back exactly as the API
         * prepared it.
         */
        public Builder transactionRequest(TransactionRequest value) {
            this.transactionRequest = value;
            return this;
        }

        /**
         * Sets {@link PreparedTransactionRequest#receiptKind()}: {@code sdrp_direct_payment} or {@code
         * sdrp_direct_payment_allowance}.
         */
        public Builder receiptKind(String value) {
            this.receiptKind = value;
            return this;
        }

        /**
         * Sets {@link PreparedTransactionRequest#referenceType()}: the reference type, {@code
         * sdrp_direct_payment_requirement}.
         */
        public Builder referenceType(String value) {
            this.referenceType = value;
            return this;
        }

        /** Sets {@link PreparedTransactionRequest#referenceId()}: the requirement id. */
        public Builder referenceId(String value) {
            this.referenceId = value;
            return this;
        }

        /**
         * Sets {@link PreparedTransactionRequest#metadata()}: execution metadata (a JSON object, unmodifiable), or
         * {@code null} to leave it out.
         */
        public Builder metadata(@Nullable Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /**
         * Sets {@link PreparedTransactionRequest#awaitFinality()}: whether the API waits for finality, or {@code
         * null} to leave it out.
         */
        public Builder awaitFinality(@Nullable Boolean value) {
            this.awaitFinality = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the checked, normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public PreparedTransactionRequest build() {
            return new PreparedTransactionRequest(new Values(transactionRequest, receiptKind, referenceType,
                    referenceId, metadata, awaitFinality));
        }
    }
}
