package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

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
 */
public final class SiglumePaymentClient {

    private static final String REQUIREMENTS = "/sdrp/direct-payments/requirements";
    private static final String AUTHORIZATIONS = "/account/auto-pay/scheduled-authorizations";
    private static final String PROVIDER_BATCHES = "/sdrp/metered/provider/settlement-batches";

    private final ApiHttp http;

    private SiglumePaymentClient(ClientSettings settings) {
        this.http = new ApiHttp(settings);
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
    public static SiglumePaymentClient fromEnvironment(Function<String, String> environment) {
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

    // ---- payment requirements -------------------------------------------------------------

    /**
     * Creates a payment requirement for a merchant's challenge.
     *
     * <pre>{@code
     * PaymentRequirement requirement = client.createPaymentRequirement(
     *         PaymentRequirementRequest.of("acme-shop", 1200, "JPY", challengeFromMerchant));
     * }</pre>
     *
     * @param request merchant, amount, currency, challenge and options
     * @return the requirement with its prepared transactions
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement createPaymentRequirement(PaymentRequirementRequest request) {
        Inputs.requireInput("payment_requirement", request);
        return http.json(ApiHttp.Call.post("createPaymentRequirement", ApiPath.of(REQUIREMENTS), request.toJson()),
                PaymentRequirement.class);
    }

    /**
     * Reads a payment requirement.
     *
     * <pre>{@code PaymentRequirement requirement = client.getPaymentRequirement("dpr_123");}</pre>
     *
     * @param requirementId the requirement id
     * @return the requirement
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement getPaymentRequirement(String requirementId) {
        return http.json(ApiHttp.Call.get("getPaymentRequirement", requirementPath(requirementId)),
                PaymentRequirement.class);
    }

    /**
     * Verifies a payment requirement with no options (sends {@code {}}).
     *
     * <pre>{@code PaymentRequirement verified = client.verifyPaymentRequirement("dpr_123");}</pre>
     *
     * @param requirementId the requirement id
     * @return the requirement after verification
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement verifyPaymentRequirement(String requirementId) {
        return verifyPaymentRequirement(requirementId, VerifyRequirementRequest.NONE);
    }

    /**
     * Verifies a payment requirement against a receipt, optionally waiting for finality.
     *
     * <pre>{@code
     * PaymentRequirement verified = client.verifyPaymentRequirement("dpr_123",
     *         VerifyRequirementRequest.awaitingFinality("rcpt_9", 60));
     * }</pre>
     *
     * @param requirementId the requirement id
     * @param request receipt ids and waiting options
     * @return the requirement after verification
     * @throws SdrpValidationException when the id is blank or {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement verifyPaymentRequirement(String requirementId, VerifyRequirementRequest request) {
        ApiPath path = requirementPath(requirementId).literal("/verify");
        Inputs.requireInput("verify", request);
        return http.json(ApiHttp.Call.post("verifyPaymentRequirement", path, request.toJson()),
                PaymentRequirement.class);
    }

    private static ApiPath requirementPath(String requirementId) {
        return ApiPath.of(REQUIREMENTS).segment("requirement_id", SdrpInputs.required("requirement_id", requirementId));
    }

    // ---- transactions (money-moving) ------------------------------------------------------

    /**
     * Executes a prepared transaction. Moves money: sent once unless the client opted in to
     * retries. After a {@link SiglumeTransportException} the outcome is unknown: read the
     * requirement back instead of sending again.
     *
     * <pre>{@code
     * client.executePreparedTransaction(PreparedTransactionRequest.forPayment(requirement, true, null));
     * }</pre>
     *
     * @param request the transaction and its reference
     * @return the receipt and finalization
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult executePreparedTransaction(PreparedTransactionRequest request) {
        Inputs.requireInput("prepared_transaction", request);
        ApiHttp.Call call = ApiHttp.Call.post("executePreparedTransaction",
                ApiPath.of("/market/web3/transactions/execute-prepared"), request.toJson()).repeat(ApiHttp.Repeat.MONEY_MOVING);
        return http.json(call, PreparedTransactionResult.class);
    }

    /**
     * Pays a requirement: executes its {@code transaction_request} with receipt kind
     * {@code sdrp_direct_payment}, without waiting for finality and without extra metadata.
     *
     * <pre>{@code client.executePayment(requirement);}</pre>
     *
     * @param requirement the requirement
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement lacks its transaction or id
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult executePayment(PaymentRequirement requirement) {
        return executePayment(requirement, false, null);
    }

    /**
     * Pays a requirement (see {@link PreparedTransactionRequest#forPayment}).
     *
     * <pre>{@code client.executePayment(requirement, true, Map.of("order_id", "order_123"));}</pre>
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement lacks its transaction or id
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult executePayment(PaymentRequirement requirement, boolean awaitFinality,
            Map<String, ?> metadata) {
        return executePreparedTransaction(PreparedTransactionRequest.forPayment(requirement, awaitFinality, metadata));
    }

    /**
     * Approves a requirement's allowance: executes its non-empty
     * {@code approve_transaction_request} with receipt kind {@code sdrp_direct_payment_allowance}.
     *
     * <pre>{@code client.executeAllowance(requirement);}</pre>
     *
     * @param requirement the requirement
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement has no approval transaction
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult executeAllowance(PaymentRequirement requirement) {
        return executeAllowance(requirement, false, null);
    }

    /**
     * Approves a requirement's allowance (see {@link PreparedTransactionRequest#forAllowance}).
     *
     * <pre>{@code client.executeAllowance(requirement, true, null);}</pre>
     *
     * @param requirement the requirement
     * @param awaitFinality whether the API waits for finality
     * @param metadata metadata merged over the transaction's {@code metadata_jsonb}, or {@code null}
     * @return the receipt and finalization
     * @throws SdrpValidationException when the requirement has no approval transaction
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PreparedTransactionResult executeAllowance(PaymentRequirement requirement, boolean awaitFinality,
            Map<String, ?> metadata) {
        return executePreparedTransaction(PreparedTransactionRequest.forAllowance(requirement, awaitFinality, metadata));
    }

    // ---- subscriptions and scheduled autopay ----------------------------------------------

    /**
     * Creates a subscription approved with the merchant's recurring challenge. May charge the
     * first period, so it is treated as moving money (sent once unless opted in).
     *
     * <pre>{@code
     * DirectPaymentSubscription subscription = client.createSubscription(
     *         SubscriptionRequest.of("acme-shop", 980, "JPY", recurringChallenge));
     * }</pre>
     *
     * @param request merchant, amount, currency, recurring challenge and options
     * @return the subscription
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public DirectPaymentSubscription createSubscription(SubscriptionRequest request) {
        Inputs.requireInput("subscription", request);
        ApiHttp.Call call = ApiHttp.Call.post("createSubscription", ApiPath.of("/sdrp/direct-payments/subscriptions"),
                request.toJson()).repeat(ApiHttp.Repeat.MONEY_MOVING);
        return http.json(call, DirectPaymentSubscription.class);
    }

    /**
     * Authorizes scheduled autopay. The answer carries the schedule token once. Not retried
     * after an ambiguous failure (it could create a second authorization).
     *
     * <pre>{@code
     * ScheduledAutoPayAuthorization authorization = client.authorizeScheduledAutoPay(
     *         ScheduledAutoPayAuthorizationRequest.builder().listingId("lst_1").capabilityKey("report")
     *                 .maxAmountMinor(500L).currency("JPY").cadence("daily").build());
     * }</pre>
     *
     * @param request the authorization
     * @return the authorization with its schedule token
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayAuthorization authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest request) {
        Inputs.requireInput("scheduled_authorization", request);
        ApiHttp.Call call = ApiHttp.Call.post("authorizeScheduledAutoPay", ApiPath.of(AUTHORIZATIONS), request.toJson())
                .repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, ScheduledAutoPayAuthorization.class);
    }

    /**
     * Revokes a scheduled autopay authorization.
     *
     * <pre>{@code client.revokeScheduledAutoPay("sap_123");}</pre>
     *
     * @param authorizationId the authorization id
     * @return the revoked authorization
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayAuthorization revokeScheduledAutoPay(String authorizationId) {
        ApiPath path = ApiPath.of(AUTHORIZATIONS)
                .segment("authorization_id", SdrpInputs.required("authorization_id", authorizationId));
        ApiHttp.Call call = new ApiHttp.Call("revokeScheduledAutoPay", "DELETE", path.build(), null,
                ApiHttp.Repeat.IDEMPOTENT, null);
        return http.json(call, ScheduledAutoPayAuthorization.class);
    }

    /**
     * Runs one scheduled autopay slot, authenticated with the request's schedule token instead
     * of this client's token. Moves money: sent once unless the client opted in to retries.
     *
     * <pre>{@code
     * ScheduledAutoPayExecution run = client.executeScheduledAutoPay(
     *         ScheduledAutoPayExecuteRequest.builder(scheduleToken, "slot_2026_01_01").build());
     * }</pre>
     *
     * @param request the schedule token, slot and options
     * @return the run's outcome
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayExecution executeScheduledAutoPay(ScheduledAutoPayExecuteRequest request) {
        Inputs.requireInput("scheduled_execution", request);
        ApiHttp.Call call = ApiHttp.Call.post("executeScheduledAutoPay",
                ApiPath.of("/market/api-store/scheduled-auto-pay/execute"), request.toJson()).repeat(ApiHttp.Repeat.MONEY_MOVING).bearer(request.scheduleToken());
        return http.json(call, ScheduledAutoPayExecution.class);
    }

    // ---- buyer statements -----------------------------------------------------------------

    /**
     * Reads the buyer's Micro/Nano summary with no filters.
     *
     * <pre>{@code BuyerMeteredSummary summary = client.getBuyerMeteredSummary();}</pre>
     *
     * @return the summary
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public BuyerMeteredSummary getBuyerMeteredSummary() {
        return getBuyerMeteredSummary(MeteredQuery.ALL);
    }

    /**
     * Reads the buyer's Micro/Nano summary.
     *
     * <pre>{@code BuyerMeteredSummary summary = client.getBuyerMeteredSummary(MeteredQuery.ALL);}</pre>
     *
     * @param query plan type and token filters (no status, cursor or limit)
     * @return the summary
     * @throws SdrpValidationException when {@code query} is {@code null}, has paging values or a listing filter
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public BuyerMeteredSummary getBuyerMeteredSummary(MeteredQuery query) {
        Inputs.requireInput("query", query).requireSummaryFilters();
        query.requireBuyerFilters();
        ApiPath path = query.appendTo(ApiPath.of("/sdrp/metered/my-summary"));
        return http.json(ApiHttp.Call.get("getBuyerMeteredSummary", path), BuyerMeteredSummary.class);
    }

    /**
     * Reads one page of the buyer's usage events.
     *
     * <pre>{@code
     * Page<BuyerUsageEvent> page = client.listBuyerUsageEvents(MeteredQuery.builder().planType("micro").limit(50).build());
     * }</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<BuyerUsageEvent> listBuyerUsageEvents(MeteredQuery query) {
        Inputs.requireInput("query", query);
        query.requireBuyerFilters();
        ApiPath path = query.appendTo(ApiPath.of("/sdrp/metered/my-usage-events"));
        return ApiHttp.convertPage(http.json(ApiHttp.Call.get("listBuyerUsageEvents", path)), BuyerUsageEvent.class);
    }

    /**
     * Streams the buyer's usage events over all pages from the query's cursor, fetching each
     * page only when needed.
     *
     * <pre>{@code
     * BigDecimal total = client.streamBuyerUsageEvents(MeteredQuery.ALL)
     *         .map(BuyerUsageEvent::grossBuyerDebitMinor).reduce(BigDecimal.ZERO, BigDecimal::add);
     * }</pre>
     *
     * @param query filters, page size and first cursor
     * @return the events, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null}
     */
    public Stream<BuyerUsageEvent> streamBuyerUsageEvents(MeteredQuery query) {
        Inputs.requireInput("query", query);
        query.requireBuyerFilters();
        return Pages.stream(query.cursor(), cursor -> listBuyerUsageEvents(query.withCursor(cursor)));
    }

    /**
     * Reads one page of the buyer's settlement batches.
     *
     * <pre>{@code Page<SettlementBatch> page = client.listBuyerSettlementBatches(MeteredQuery.ALL);}</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<SettlementBatch> listBuyerSettlementBatches(MeteredQuery query) {
        Inputs.requireInput("query", query);
        query.requireBuyerFilters();
        ApiPath path = query.appendTo(ApiPath.of("/sdrp/metered/my-settlement-batches"));
        return ApiHttp.convertPage(http.json(ApiHttp.Call.get("listBuyerSettlementBatches", path)), SettlementBatch.class);
    }

    /**
     * Streams the buyer's settlement batches over all pages, lazily.
     *
     * <pre>{@code client.streamBuyerSettlementBatches(MeteredQuery.ALL).filter(b -> b.status() == SettlementBatchStatus.PAST_DUE)}</pre>
     *
     * @param query filters, page size and first cursor
     * @return the batches, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null}
     */
    public Stream<SettlementBatch> streamBuyerSettlementBatches(MeteredQuery query) {
        Inputs.requireInput("query", query);
        query.requireBuyerFilters();
        return Pages.stream(query.cursor(), cursor -> listBuyerSettlementBatches(query.withCursor(cursor)));
    }

    // ---- provider statements --------------------------------------------------------------

    /**
     * Reads the provider's Micro/Nano summary with no filters.
     *
     * <pre>{@code ProviderMeteredSummary summary = client.getProviderMeteredSummary();}</pre>
     *
     * @return the summary
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ProviderMeteredSummary getProviderMeteredSummary() {
        return getProviderMeteredSummary(MeteredQuery.ALL);
    }

    /**
     * Reads the provider's Micro/Nano summary.
     *
     * <pre>{@code ProviderMeteredSummary summary = client.getProviderMeteredSummary(MeteredQuery.ALL);}</pre>
     *
     * @param query plan type, token, listing and capability filters (no status, cursor or limit)
     * @return the summary
     * @throws SdrpValidationException when {@code query} is {@code null} or has paging values
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ProviderMeteredSummary getProviderMeteredSummary(MeteredQuery query) {
        Inputs.requireInput("query", query).requireSummaryFilters();
        ApiPath path = query.appendTo(ApiPath.of("/sdrp/metered/provider/summary"));
        return http.json(ApiHttp.Call.get("getProviderMeteredSummary", path), ProviderMeteredSummary.class);
    }

    /**
     * Reads one page of the provider's usage events.
     *
     * <pre>{@code Page<ProviderUsageEvent> page = client.listProviderUsageEvents(MeteredQuery.ALL);}</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<ProviderUsageEvent> listProviderUsageEvents(MeteredQuery query) {
        Inputs.requireInput("query", query);
        ApiPath path = query.appendTo(ApiPath.of("/sdrp/metered/provider/usage-events"));
        return ApiHttp.convertPage(http.json(ApiHttp.Call.get("listProviderUsageEvents", path)), ProviderUsageEvent.class);
    }

    /**
     * Streams the provider's usage events over all pages, lazily.
     *
     * <pre>{@code client.streamProviderUsageEvents(MeteredQuery.ofListing("lst_1", null)).count()}</pre>
     *
     * @param query filters, page size and first cursor
     * @return the events, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null}
     */
    public Stream<ProviderUsageEvent> streamProviderUsageEvents(MeteredQuery query) {
        Inputs.requireInput("query", query);
        return Pages.stream(query.cursor(), cursor -> listProviderUsageEvents(query.withCursor(cursor)));
    }

    /**
     * Reads one page of the provider's settlement batches.
     *
     * <pre>{@code Page<SettlementBatch> page = client.listProviderSettlementBatches(MeteredQuery.ALL);}</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<SettlementBatch> listProviderSettlementBatches(MeteredQuery query) {
        Inputs.requireInput("query", query);
        ApiPath path = query.appendTo(ApiPath.of(PROVIDER_BATCHES));
        return ApiHttp.convertPage(http.json(ApiHttp.Call.get("listProviderSettlementBatches", path)), SettlementBatch.class);
    }

    /**
     * Streams the provider's settlement batches over all pages, lazily.
     *
     * <pre>{@code client.streamProviderSettlementBatches(MeteredQuery.ALL).forEach(ledger::record);}</pre>
     *
     * @param query filters, page size and first cursor
     * @return the batches, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null}
     */
    public Stream<SettlementBatch> streamProviderSettlementBatches(MeteredQuery query) {
        Inputs.requireInput("query", query);
        return Pages.stream(query.cursor(), cursor -> listProviderSettlementBatches(query.withCursor(cursor)));
    }

    /**
     * Reads one provider settlement batch.
     *
     * <pre>{@code SettlementBatch batch = client.getProviderSettlementBatch("msb_123");}</pre>
     *
     * @param settlementBatchId the batch id
     * @return the batch
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public SettlementBatch getProviderSettlementBatch(String settlementBatchId) {
        return getProviderSettlementBatch(settlementBatchId, MeteredQuery.ALL);
    }

    /**
     * Reads one provider settlement batch, scoped to a listing or capability.
     *
     * <pre>{@code client.getProviderSettlementBatch("msb_123", MeteredQuery.ofListing("lst_1", null));}</pre>
     *
     * @param settlementBatchId the batch id
     * @param query only {@code listingId} and {@code capabilityKey} apply
     * @return the batch
     * @throws SdrpValidationException when the id is blank, or the query is {@code null} or has other filters
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public SettlementBatch getProviderSettlementBatch(String settlementBatchId, MeteredQuery query) {
        ApiPath path = batchPath(settlementBatchId);
        Inputs.requireInput("query", query).requireBatchFilters();
        return http.json(ApiHttp.Call.get("getProviderSettlementBatch", query.appendTo(path)), SettlementBatch.class);
    }

    /**
     * Opens the usage-event CSV of a provider settlement batch as a stream; nothing is loaded
     * whole. Close the result.
     *
     * <pre>{@code
     * try (SettlementBatchCsv csv = client.openProviderSettlementBatchCsv("msb_123");
     *      Stream<String> lines = csv.lines()) {
     *     lines.skip(1).forEach(importer::row);
     * }
     * }</pre>
     *
     * @param settlementBatchId the batch id
     * @return the open CSV
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call (error bodies are JSON)
     * @throws SiglumeTransportException when no answer was obtained
     */
    public SettlementBatchCsv openProviderSettlementBatchCsv(String settlementBatchId) {
        ApiPath path = batchPath(settlementBatchId).literal("/usage-events.csv");
        return new SettlementBatchCsv(http.stream(ApiHttp.Call.get("openProviderSettlementBatchCsv", path),
                "text/csv, application/json"));
    }

    private static ApiPath batchPath(String settlementBatchId) {
        return ApiPath.of(PROVIDER_BATCHES)
                .segment("settlement_batch_id", SdrpInputs.required("settlement_batch_id", settlementBatchId));
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
        public Builder token(String token) {
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
