package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ClientSettings;
import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.metered.BuyerUsageEvent;
import com.siglume.sdrp.client.metered.MeteredQuery;
import com.siglume.sdrp.client.metered.MeteredStatements;
import com.siglume.sdrp.client.metered.ProviderMeteredStatements;
import com.siglume.sdrp.client.metered.ProviderMeteredSummary;
import com.siglume.sdrp.client.metered.ProviderUsageEvent;
import com.siglume.sdrp.client.metered.SettlementBatch;
import com.siglume.sdrp.client.metered.SettlementBatchCsv;
import com.siglume.sdrp.client.payments.PreparedTransactionRequest;
import com.siglume.sdrp.client.payments.PreparedTransactionResult;
import com.siglume.sdrp.client.payments.PreparedTransactions;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.client.requirements.PaymentRequirements;
import com.siglume.sdrp.client.requirements.VerifyRequirementRequest;
import com.siglume.sdrp.client.subscriptions.DirectPaymentSubscription;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPay;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorization;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorizationRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecuteRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecution;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import com.siglume.sdrp.client.subscriptions.Subscriptions;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Client of the Siglume buyer and provider API, authenticated with a buyer or provider
 * <em>user</em> bearer token: payment requirements and their transactions, subscriptions,
 * scheduled autopay, and Micro/Nano statements.
 *
 * <p>Immutable and thread-safe. Every method checks and normalises its inputs first
 * (PROTOCOL §3) and throws {@link SdrpValidationException} before anything is sent. API errors
 * are {@link SiglumeApiException}; failures to get any answer are
 * {@link SiglumeTransportException}. Calls that move money ({@link #executePreparedTransaction},
 * {@link #executePayment}, {@link #executeAllowance}, {@link #createSubscription},
 * {@link #executeScheduledAutoPay}) are sent once and never retried, unless the client was
 * built with {@link Builder#retryMoneyMovingCalls(boolean) retryMoneyMovingCalls(true)}.
 * {@link #toString()} shows the base URL only.
 *
 * <p>The operations are grouped by resource ({@link #requirements()},
 * {@link #preparedTransactions()}, {@link #subscriptions()}, {@link #scheduledAutoPay()},
 * {@link #buyerMetering()}, {@link #providerMetering()}); the flat methods
 * ({@link #createPaymentRequirement}, {@link #listBuyerUsageEvents}, ...) call the same operations.
 * {@link #request(String, String, String)} reaches a route this SDK has no method for.
 */
public final class SiglumePaymentClient {

    private final ApiHttp http;
    private final PaymentRequirements requirements;
    private final PreparedTransactions preparedTransactions;
    private final Subscriptions subscriptions;
    private final ScheduledAutoPay scheduledAutoPay;
    private final MeteredStatements<BuyerMeteredSummary, BuyerUsageEvent> buyerMetering;
    private final ProviderMeteredStatements providerMetering;

    private SiglumePaymentClient(ClientSettings settings) {
        this.http = new ApiHttp(settings);
        this.requirements = new PaymentRequirements(http);
        this.preparedTransactions = new PreparedTransactions(http);
        this.subscriptions = new Subscriptions(http);
        this.scheduledAutoPay = new ScheduledAutoPay(http);
        this.buyerMetering = MeteredStatements.buyer(http);
        this.providerMetering = new ProviderMeteredStatements(http);
    }

    /**
     * Starts a builder. Values not set fall back to the environment: the token to
     * {@code SIGLUME_AUTH_TOKEN}; the base URL to {@code SIGLUME_API_BASE}, then (when
     * {@code SIGLUME_ENV=sandbox}) {@code SIGLUME_SANDBOX_API_BASE} or the sandbox default,
     * else the production default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from the process environment alone.
     *
     * @return the client
     * @throws SdrpValidationException when no usable user token or base URL is configured
     */
    public static SiglumePaymentClient fromEnvironment() {
        return builder().build();
    }

    /**
     * Builds a client from an environment lookup, for example a map's {@code get}.
     *
     * @param environment returns the value of an environment variable, or {@code null}
     * @return the client
     * @throws SdrpValidationException when no usable user token or base URL is configured
     */
    public static SiglumePaymentClient fromEnvironment(Function<String, @Nullable String> environment) {
        return builder().environment(environment).build();
    }

    /**
     * Returns the API base URL this client calls, without trailing slashes.
     *
     * @return for example {@code https://siglume.com/v1}
     */
    public String baseUrl() {
        return http.baseUrl();
    }

    /**
     * Returns the payment requirements.
     *
     * @return the resource (one per client)
     */
    public PaymentRequirements requirements() {
        return requirements;
    }

    /**
     * Returns the prepared transactions: paying a requirement, approving its allowance.
     *
     * @return the resource (one per client)
     */
    public PreparedTransactions preparedTransactions() {
        return preparedTransactions;
    }

    /**
     * Returns the direct payment subscriptions.
     *
     * @return the resource (one per client)
     */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /**
     * Returns scheduled autopay: authorizations and runs.
     *
     * @return the resource (one per client)
     */
    public ScheduledAutoPay scheduledAutoPay() {
        return scheduledAutoPay;
    }

    /**
     * Returns the buyer's Micro/Nano statements ({@code /sdrp/metered/my-...}).
     *
     * @return the resource (one per client)
     */
    public MeteredStatements<BuyerMeteredSummary, BuyerUsageEvent> buyerMetering() {
        return buyerMetering;
    }

    /**
     * Returns the provider's Micro/Nano statements ({@code /sdrp/metered/provider/...}).
     *
     * @return the resource (one per client)
     */
    public ProviderMeteredStatements providerMetering() {
        return providerMetering;
    }

    // ---- payment requirements -------------------------------------------------------------

    /**
     * Creates a payment requirement: {@link PaymentRequirements#create(PaymentRequirementRequest)}.
     *
     * @param request merchant, amount, currency, challenge and options
     * @return the requirement with its prepared transactions
     */
    public PaymentRequirement createPaymentRequirement(PaymentRequirementRequest request) {
        return requirements.create(request);
    }

    /**
     * Reads a payment requirement: {@link PaymentRequirements#get(String)}.
     *
     * @param requirementId the requirement id
     * @return the requirement
     */
    public PaymentRequirement getPaymentRequirement(String requirementId) {
        return requirements.get(requirementId);
    }

    /**
     * Verifies a payment requirement with no options: {@link PaymentRequirements#verify(String)}.
     *
     * @param requirementId the requirement id
     * @return the requirement after verification
     */
    public PaymentRequirement verifyPaymentRequirement(String requirementId) {
        return requirements.verify(requirementId);
    }

    /**
     * Verifies a payment requirement:
     * {@link PaymentRequirements#verify(String, VerifyRequirementRequest)}.
     *
     * @param requirementId the requirement id
     * @param request receipt ids and waiting options
     * @return the requirement after verification
     */
    public PaymentRequirement verifyPaymentRequirement(String requirementId, VerifyRequirementRequest request) {
        return requirements.verify(requirementId, request);
    }

    // ---- transactions (money-moving) ------------------------------------------------------

    /**
     * Executes a prepared transaction; moves money:
     * {@link PreparedTransactions#execute(PreparedTransactionRequest)}.
     *
     * @param request the transaction and its reference
     * @return the receipt and finalization
     */
    public PreparedTransactionResult executePreparedTransaction(PreparedTransactionRequest request) {
        return preparedTransactions.execute(request);
    }

    /**
     * Pays a requirement without waiting for finality and without extra metadata; moves money:
     * {@link PreparedTransactions#pay(PaymentRequirement, boolean, Map)}.
     *
     * @param requirement the requirement
     * @return the receipt and finalization
     */
    public PreparedTransactionResult executePayment(PaymentRequirement requirement) {
        return preparedTransactions.pay(requirement, false, null);
    }

    /**
     * Pays a requirement; moves money: {@link PreparedTransactions#pay(PaymentRequirement, boolean, Map)}.
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     */
    public PreparedTransactionResult executePayment(PaymentRequirement requirement, boolean awaitFinality,
            @Nullable Map<String, ?> metadata) {
        return preparedTransactions.pay(requirement, awaitFinality, metadata);
    }

    /**
     * Approves a requirement's allowance without waiting for finality; moves money:
     * {@link PreparedTransactions#approveAllowance(PaymentRequirement, boolean, Map)}.
     *
     * @param requirement the requirement
     * @return the receipt and finalization
     */
    public PreparedTransactionResult executeAllowance(PaymentRequirement requirement) {
        return preparedTransactions.approveAllowance(requirement, false, null);
    }

    /**
     * Approves a requirement's allowance; moves money:
     * {@link PreparedTransactions#approveAllowance(PaymentRequirement, boolean, Map)}.
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     */
    public PreparedTransactionResult executeAllowance(PaymentRequirement requirement, boolean awaitFinality,
            @Nullable Map<String, ?> metadata) {
        return preparedTransactions.approveAllowance(requirement, awaitFinality, metadata);
    }

    // ---- subscriptions and scheduled autopay ----------------------------------------------

    /**
     * Creates a subscription; treated as moving money: {@link Subscriptions#create(SubscriptionRequest)}.
     *
     * @param request merchant, amount, currency, recurring challenge and options
     * @return the subscription
     */
    public DirectPaymentSubscription createSubscription(SubscriptionRequest request) {
        return subscriptions.create(request);
    }

    /**
     * Authorizes scheduled autopay:
     * {@link ScheduledAutoPay#authorize(ScheduledAutoPayAuthorizationRequest)}.
     *
     * @param request the authorization
     * @return the authorization with its schedule token
     */
    public ScheduledAutoPayAuthorization authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest request) {
        return scheduledAutoPay.authorize(request);
    }

    /**
     * Revokes a scheduled autopay authorization: {@link ScheduledAutoPay#revoke(String)}.
     *
     * @param authorizationId the authorization id
     * @return the revoked authorization
     */
    public ScheduledAutoPayAuthorization revokeScheduledAutoPay(String authorizationId) {
        return scheduledAutoPay.revoke(authorizationId);
    }

    /**
     * Runs one scheduled autopay slot; moves money:
     * {@link ScheduledAutoPay#execute(ScheduledAutoPayExecuteRequest)}.
     *
     * @param request the schedule token, slot and options
     * @return the run's outcome
     */
    public ScheduledAutoPayExecution executeScheduledAutoPay(ScheduledAutoPayExecuteRequest request) {
        return scheduledAutoPay.execute(request);
    }

    // ---- buyer statements -----------------------------------------------------------------

    /**
     * Reads the buyer's Micro/Nano summary with no filters: {@link MeteredStatements#summary()}.
     *
     * @return the summary
     */
    public BuyerMeteredSummary getBuyerMeteredSummary() {
        return buyerMetering.summary();
    }

    /**
     * Reads the buyer's Micro/Nano summary: {@link MeteredStatements#summary(MeteredQuery)}.
     *
     * @param query plan type and token filters
     * @return the summary
     */
    public BuyerMeteredSummary getBuyerMeteredSummary(MeteredQuery query) {
        return buyerMetering.summary(query);
    }

    /**
     * Reads one page of the buyer's usage events: {@link MeteredStatements#listUsageEvents(MeteredQuery)}.
     *
     * @param query filters and paging
     * @return the page
     */
    public Page<BuyerUsageEvent> listBuyerUsageEvents(MeteredQuery query) {
        return buyerMetering.listUsageEvents(query);
    }

    /**
     * Streams the buyer's usage events over all pages:
     * {@link MeteredStatements#streamUsageEvents(MeteredQuery)}.
     *
     * @param query filters, page size and first cursor
     * @return the events, lazily
     */
    public Stream<BuyerUsageEvent> streamBuyerUsageEvents(MeteredQuery query) {
        return buyerMetering.streamUsageEvents(query);
    }

    /**
     * Reads one page of the buyer's settlement batches:
     * {@link MeteredStatements#listSettlementBatches(MeteredQuery)}.
     *
     * @param query filters and paging
     * @return the page
     */
    public Page<SettlementBatch> listBuyerSettlementBatches(MeteredQuery query) {
        return buyerMetering.listSettlementBatches(query);
    }

    /**
     * Streams the buyer's settlement batches over all pages:
     * {@link MeteredStatements#streamSettlementBatches(MeteredQuery)}.
     *
     * @param query filters, page size and first cursor
     * @return the batches, lazily
     */
    public Stream<SettlementBatch> streamBuyerSettlementBatches(MeteredQuery query) {
        return buyerMetering.streamSettlementBatches(query);
    }

    // ---- provider statements --------------------------------------------------------------

    /**
     * Reads the provider's Micro/Nano summary with no filters: {@link MeteredStatements#summary()}.
     *
     * @return the summary
     */
    public ProviderMeteredSummary getProviderMeteredSummary() {
        return providerMetering.summary();
    }

    /**
     * Reads the provider's Micro/Nano summary: {@link MeteredStatements#summary(MeteredQuery)}.
     *
     * @param query plan type, token, listing and capability filters
     * @return the summary
     */
    public ProviderMeteredSummary getProviderMeteredSummary(MeteredQuery query) {
        return providerMetering.summary(query);
    }

    /**
     * Reads one page of the provider's usage events:
     * {@link MeteredStatements#listUsageEvents(MeteredQuery)}.
     *
     * @param query filters and paging
     * @return the page
     */
    public Page<ProviderUsageEvent> listProviderUsageEvents(MeteredQuery query) {
        return providerMetering.listUsageEvents(query);
    }

    /**
     * Streams the provider's usage events over all pages:
     * {@link MeteredStatements#streamUsageEvents(MeteredQuery)}.
     *
     * @param query filters, page size and first cursor
     * @return the events, lazily
     */
    public Stream<ProviderUsageEvent> streamProviderUsageEvents(MeteredQuery query) {
        return providerMetering.streamUsageEvents(query);
    }

    /**
     * Reads one page of the provider's settlement batches:
     * {@link MeteredStatements#listSettlementBatches(MeteredQuery)}.
     *
     * @param query filters and paging
     * @return the page
     */
    public Page<SettlementBatch> listProviderSettlementBatches(MeteredQuery query) {
        return providerMetering.listSettlementBatches(query);
    }

    /**
     * Streams the provider's settlement batches over all pages:
     * {@link MeteredStatements#streamSettlementBatches(MeteredQuery)}.
     *
     * @param query filters, page size and first cursor
     * @return the batches, lazily
     */
    public Stream<SettlementBatch> streamProviderSettlementBatches(MeteredQuery query) {
        return providerMetering.streamSettlementBatches(query);
    }

    /**
     * Reads one provider settlement batch: {@link ProviderMeteredStatements#getSettlementBatch(String)}.
     *
     * @param settlementBatchId the batch id
     * @return the batch
     */
    public SettlementBatch getProviderSettlementBatch(String settlementBatchId) {
        return providerMetering.getSettlementBatch(settlementBatchId);
    }

    /**
     * Reads one provider settlement batch, scoped to a listing or capability:
     * {@link ProviderMeteredStatements#getSettlementBatch(String, MeteredQuery)}.
     *
     * @param settlementBatchId the batch id
     * @param query only {@code listingId} and {@code capabilityKey} apply
     * @return the batch
     */
    public SettlementBatch getProviderSettlementBatch(String settlementBatchId, MeteredQuery query) {
        return providerMetering.getSettlementBatch(settlementBatchId, query);
    }

    /**
     * Opens the usage-event CSV of a provider settlement batch; close the result:
     * {@link ProviderMeteredStatements#openSettlementBatchCsv(String)}.
     *
     * @param settlementBatchId the batch id
     * @return the open CSV
     */
    public SettlementBatchCsv openProviderSettlementBatchCsv(String settlementBatchId) {
        return providerMetering.openSettlementBatchCsv(settlementBatchId);
    }

    /**
     * Calls a route this SDK has no method for: an escape hatch, like the reference SDK's
     * {@code request(method, path, body)}. The call goes through everything every other call
     * goes through: this client's user token, base URL and headers, the retry policy (GET, PUT
     * and DELETE as idempotent calls; POST and PATCH only after 429 or when no connection was
     * made), the operation listener (operation {@code request}) and the error mapping: any status
     * outside 2xx throws the same {@link SiglumeApiException} types.
     *
     * <pre>{@code
     * RawResponse answer = client.request("GET", "/sdrp/beta/features?merchant=acme-shop", null);
     * String json = answer.body();
     * }</pre>
     *
     * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} (any case)
     * @param path the path and query under the base URL, starting with {@code /} and already
     *        percent-encoded, for example {@code /sdrp/beta/features?merchant=acme-shop}
     * @param jsonBody the JSON body (sent compact, with {@code Content-Type: application/json}),
     *        or {@code null} for none
     * @return the successful answer: status, body as sent, request id
     * @throws SdrpValidationException when the method is not one of those, the path leaves the
     *         base URL or is not encoded, or the body is not one JSON value (a repeated key
     *         included); nothing is sent
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public RawResponse request(String method, String path, @Nullable String jsonBody) {
        return http.raw(method, path, jsonBody);
    }

    /**
     * Describes the client without its token.
     *
     * @return the class name and base URL
     */
    @Override
    public String toString() {
        return "SiglumePaymentClient[baseUrl=" + http.baseUrl() + "]";
    }

    /**
     * Builder of {@link SiglumePaymentClient}. Not thread-safe; each setter checks its value.
     */
    public static final class Builder extends SiglumeClientBuilder<Builder, SiglumePaymentClient> {

        private Builder() {
            super(ClientSettings.TokenKind.USER);
        }

        /**
         * Sets the buyer or provider user bearer token. Developer Portal keys ({@code cli_...})
         * are refused at {@link #build()}.
         *
         * @param token the token; {@code null} falls back to the environment
         * @return this builder
         */
        public Builder token(@Nullable String token) {
            settings.token(token);
            return this;
        }

        /**
         * Lets the retry policy apply to calls that move money too (default {@code false}: they
         * are sent once). Turn on only when your server-side flow makes a repeated execution
         * harmless.
         *
         * @param retry whether to retry money-moving calls
         * @return this builder
         */
        public Builder retryMoneyMovingCalls(boolean retry) {
            settings.retryMoneyMovingCalls(retry);
            return this;
        }

        @Override
        public SiglumePaymentClient build() {
            return new SiglumePaymentClient(settings.build());
        }

        /**
         * Describes the builder without the token.
         *
         * @return a fixed description
         */
        @Override
        public String toString() {
            return "SiglumePaymentClient.Builder";
        }
    }
}
