package com.siglume.sdrp.client.metered;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;

/**
 * The provider's Micro/Nano statements ({@code /sdrp/metered/provider/...}): the operations both
 * sides share, plus one settlement batch and its usage-event CSV. Reached through
 * {@link SiglumePaymentClient#providerMetering()}; immutable and thread-safe.
 */
public final class ProviderMeteredStatements extends MeteredStatements<ProviderMeteredSummary, ProviderUsageEvent> {

    /**
     * Creates the provider's statements over a client's HTTP exchange; applications get them from
     * {@link SiglumePaymentClient#providerMetering()}.
     *
     * @param http the payment client's exchange
     */
    public ProviderMeteredStatements(ApiHttp http) {
        super(http, PROVIDER);
    }

    /**
     * Reads one settlement batch.
     *
     * <pre>{@code SettlementBatch batch = client.providerMetering().getSettlementBatch("msb_123");}</pre>
     *
     * @param settlementBatchId the batch id
     * @return the batch
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public SettlementBatch getSettlementBatch(String settlementBatchId) {
        return getSettlementBatch(settlementBatchId, MeteredQuery.ALL);
    }

    /**
     * Reads one settlement batch, scoped to a listing or capability.
     *
     * <pre>{@code
     * client.providerMetering().getSettlementBatch("msb_123", MeteredQuery.ofListing("lst_1", null));
     * }</pre>
     *
     * @param settlementBatchId the batch id
     * @param query only {@code listingId} and {@code capabilityKey} apply
     * @return the batch
     * @throws SdrpValidationException when the id is blank, or the query is {@code null} or has other filters
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public SettlementBatch getSettlementBatch(String settlementBatchId, MeteredQuery query) {
        ApiPath path = batchPath(settlementBatchId);
        Inputs.requireInput("query", query).requireBatchFilters();
        return http.json(ApiHttp.Call.get("getProviderSettlementBatch", query.appendTo(path)), SettlementBatch.class);
    }

    /**
     * Opens the usage-event CSV of a settlement batch as a stream; nothing is loaded whole.
     * Close the result.
     *
     * <pre>{@code
     * try (SettlementBatchCsv csv = client.providerMetering().openSettlementBatchCsv("msb_123");
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
    public SettlementBatchCsv openSettlementBatchCsv(String settlementBatchId) {
        ApiPath path = batchPath(settlementBatchId).literal("/usage-events.csv");
        return new SettlementBatchCsv(http.stream(ApiHttp.Call.get("openProviderSettlementBatchCsv", path),
                "text/csv, application/json"));
    }

    private static ApiPath batchPath(String settlementBatchId) {
        return ApiPath.of(PROVIDER.settlementBatchesPath())
                .segment("settlement_batch_id", SdrpInputs.required("settlement_batch_id", settlementBatchId));
    }
}
