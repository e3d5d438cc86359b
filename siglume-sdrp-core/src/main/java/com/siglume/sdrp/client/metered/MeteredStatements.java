package com.siglume.sdrp.client.metered;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.Page;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.internal.Pages;
import java.util.stream.Stream;

/**
 * One side's Micro/Nano statements: the summary, the usage events and the settlement batches,
 * page by page or streamed over every page. The same operations serve the buyer
 * ({@link SiglumePaymentClient#buyerMetering()}, {@code /sdrp/metered/my-...}) and the provider
 * ({@link SiglumePaymentClient#providerMetering()}, {@code /sdrp/metered/provider/...}, which
 * adds the single-batch calls). Immutable and thread-safe.
 *
 * <p>Amounts are exact {@link java.math.BigDecimal} values. A {@link MeteredQuery} value that an
 * operation does not take (paging on a summary, a listing on the buyer's side) is refused with
 * {@link SdrpValidationException} rather than dropped.
 *
 * @param <S> the summary type
 * @param <E> the usage event type
 */
public sealed class MeteredStatements<S, E> permits ProviderMeteredStatements {

    /** What differs between the sides: the paths, the answer types, the filters taken. */
    record Side<S, E>(String name, String summaryPath, String usageEventsPath, String settlementBatchesPath,
            Class<S> summaryType, Class<E> eventType, boolean takesListingFilters) {
    }

    static final Side<BuyerMeteredSummary, BuyerUsageEvent> BUYER = new Side<>("Buyer", "/sdrp/metered/my-summary",
            "/sdrp/metered/my-usage-events", "/sdrp/metered/my-settlement-batches", BuyerMeteredSummary.class,
            BuyerUsageEvent.class, false);

    static final Side<ProviderMeteredSummary, ProviderUsageEvent> PROVIDER = new Side<>("Provider",
            "/sdrp/metered/provider/summary", "/sdrp/metered/provider/usage-events",
            "/sdrp/metered/provider/settlement-batches", ProviderMeteredSummary.class, ProviderUsageEvent.class, true);

    final ApiHttp http;
    private final Side<S, E> side;

    MeteredStatements(ApiHttp http, Side<S, E> side) {
        this.http = http;
        this.side = side;
    }

    /**
     * Creates the buyer's statements over a client's HTTP exchange; applications get them from
     * {@link SiglumePaymentClient#buyerMetering()}.
     *
     * @param http the payment client's exchange
     * @return the buyer's statements
     */
    public static MeteredStatements<BuyerMeteredSummary, BuyerUsageEvent> buyer(ApiHttp http) {
        return new MeteredStatements<>(http, BUYER);
    }

    /**
     * Reads the summary with no filters.
     *
     * <pre>{@code BuyerMeteredSummary summary = client.buyerMetering().summary();}</pre>
     *
     * @return the summary
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public S summary() {
        return summary(MeteredQuery.ALL);
    }

    /**
     * Reads the summary.
     *
     * <pre>{@code
     * ProviderMeteredSummary summary = client.providerMetering().summary(MeteredQuery.ofListing("lst_1", null));
     * }</pre>
     *
     * @param query plan type and token filters, and on the provider's side listing and capability
     *        (no status, cursor or limit)
     * @return the summary
     * @throws SdrpValidationException when {@code query} is {@code null} or has a value the summary does not take
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public S summary(MeteredQuery query) {
        checked(query).requireSummaryFilters();
        ApiPath path = query.appendTo(ApiPath.of(side.summaryPath()));
        return http.json(ApiHttp.Call.get("get" + side.name() + "MeteredSummary", path), side.summaryType());
    }

    /**
     * Reads one page of usage events.
     *
     * <pre>{@code
     * Page<BuyerUsageEvent> page = client.buyerMetering().listUsageEvents(
     *         MeteredQuery.builder().planType("micro").limit(50).build());
     * }</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null} or has a value this side does not take
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<E> listUsageEvents(MeteredQuery query) {
        ApiPath path = checked(query).appendTo(ApiPath.of(side.usageEventsPath()));
        return http.page(ApiHttp.Call.get("list" + side.name() + "UsageEvents", path), side.eventType());
    }

    /**
     * Streams the usage events over all pages from the query's cursor, fetching each page only
     * when needed.
     *
     * <pre>{@code
     * BigDecimal total = client.buyerMetering().streamUsageEvents(MeteredQuery.ALL)
     *         .map(BuyerUsageEvent::grossBuyerDebitMinor).reduce(BigDecimal.ZERO, BigDecimal::add);
     * }</pre>
     *
     * @param query filters, page size and first cursor
     * @return the events, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null} or has a value this side does not take
     */
    public Stream<E> streamUsageEvents(MeteredQuery query) {
        checked(query);
        return Pages.stream(query.cursor(), cursor -> listUsageEvents(query.withCursor(cursor)));
    }

    /**
     * Reads one page of settlement batches.
     *
     * <pre>{@code
     * Page<SettlementBatch> page = client.providerMetering().listSettlementBatches(MeteredQuery.ALL);
     * }</pre>
     *
     * @param query filters and paging
     * @return the page
     * @throws SdrpValidationException when {@code query} is {@code null} or has a value this side does not take
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public Page<SettlementBatch> listSettlementBatches(MeteredQuery query) {
        ApiPath path = checked(query).appendTo(ApiPath.of(side.settlementBatchesPath()));
        return http.page(ApiHttp.Call.get("list" + side.name() + "SettlementBatches", path), SettlementBatch.class);
    }

    /**
     * Streams the settlement batches over all pages, lazily.
     *
     * <pre>{@code
     * client.providerMetering().streamSettlementBatches(MeteredQuery.ALL)
     *         .filter(batch -> batch.status() == SettlementBatchStatus.SETTLED).forEach(ledger::record);
     * }</pre>
     *
     * @param query filters, page size and first cursor
     * @return the batches, lazily; API errors surface while consuming
     * @throws SdrpValidationException when {@code query} is {@code null} or has a value this side does not take
     */
    public Stream<SettlementBatch> streamSettlementBatches(MeteredQuery query) {
        checked(query);
        return Pages.stream(query.cursor(), cursor -> listSettlementBatches(query.withCursor(cursor)));
    }

    private MeteredQuery checked(MeteredQuery query) {
        Inputs.requireInput("query", query);
        if (!side.takesListingFilters()) {
            query.requireBuyerFilters();
        }
        return query;
    }
}
