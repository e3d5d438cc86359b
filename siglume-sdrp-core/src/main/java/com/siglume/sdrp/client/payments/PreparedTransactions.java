package com.siglume.sdrp.client.payments;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Executing prepared transactions ({@code /market/web3/transactions/execute-prepared}): paying a
 * requirement or approving its allowance. Reached through
 * {@link SiglumePaymentClient#preparedTransactions()}; immutable and thread-safe.
 *
 * <p>Every call here moves money: it is sent once and never retried, unless the client was built
 * with {@link SiglumePaymentClient.Builder#retryMoneyMovingCalls(boolean) retryMoneyMovingCalls(true)}.
 * After a {@link SiglumeTransportException} the outcome is unknown: read the requirement back
 * instead of sending again.
 */
public final class PreparedTransactions {

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumePaymentClient#preparedTransactions()}.
     *
     * @param http the payment client's exchange
     */
    public PreparedTransactions(ApiHttp http) {
        this.http = http;
    }

    /**
     * Executes a prepared transaction.
     *
     * <pre>{@code
     * client.preparedTransactions().execute(PreparedTransactionRequest.forPayment(requirement, true, null));
     * }</pre>
     *
     * @param request the transaction and its reference
     * @return the receipt and finalization
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult execute(PreparedTransactionRequest request) {
        Inputs.requireInput("prepared_transaction", request);
        ApiHttp.Call call = ApiHttp.Call.post("executePreparedTransaction",
                ApiPath.of("/market/web3/transactions/execute-prepared"), request.toJson())
                .repeat(ApiHttp.Repeat.MONEY_MOVING);
        return http.json(call, PreparedTransactionResult.class);
    }

    /**
     * Pays a requirement: executes its {@code transaction_request} with receipt kind
     * {@code sdrp_direct_payment} (see {@link PreparedTransactionRequest#forPayment}).
     *
     * <pre>{@code client.preparedTransactions().pay(requirement, true, Map.of("order_id", "order_123"));}</pre>
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement lacks its transaction or id
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult pay(PaymentRequirement requirement, boolean awaitFinality,
            @Nullable Map<String, ?> metadata) {
        return execute(PreparedTransactionRequest.forPayment(requirement, awaitFinality, metadata));
    }

    /**
     * Approves a requirement's allowance: executes its non-empty
     * {@code approve_transaction_request} with receipt kind {@code sdrp_direct_payment_allowance}
     * (see {@link PreparedTransactionRequest#forAllowance}).
     *
     * <pre>{@code client.preparedTransactions().approveAllowance(requirement, true, null);}</pre>
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement has no approval transaction
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult approveAllowance(PaymentRequirement requirement, boolean awaitFinality,
            @Nullable Map<String, ?> metadata) {
        return execute(PreparedTransactionRequest.forAllowance(requirement, awaitFinality, metadata));
    }
}
