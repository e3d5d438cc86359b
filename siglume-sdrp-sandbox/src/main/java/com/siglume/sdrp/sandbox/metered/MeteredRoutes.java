package com.siglume.sdrp.sandbox.metered;

import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Micro/Nano statements for the buyer ({@code /v1/sdrp/metered/my-...}) and the provider
 * ({@code /v1/sdrp/metered/provider/...}). The sandbox merchant is both, so both see the same
 * usage; the lists filter on {@code plan_type}, {@code token_symbol} and {@code status}.
 */
public final class MeteredRoutes {

    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param state the sandbox's state, for the Micro and Nano payments in its books
     */
    public MeteredRoutes(SandboxState state) {
        this.state = state;
    }

    /**
     * {@code GET /v1/sdrp/metered/my-summary}.
     *
     * @param request the request
     * @return the buyer's open periods and batches
     */
    public Reply buyerSummary(SandboxRequest request) {
        return Reply.ok(MeteredStatements.buyerSummary(usage(request.query()), state.now()));
    }

    /**
     * {@code GET /v1/sdrp/metered/provider/summary}.
     *
     * @param request the request
     * @return the provider's open periods, batches and totals, with the filters it applied
     */
    public Reply providerSummary(SandboxRequest request) {
        Map<String, String> query = request.query();
        return Reply.ok(MeteredStatements.providerSummary(usage(query), query, state.now()));
    }

    /**
     * {@code GET /v1/sdrp/metered/my-usage-events} and {@code /provider/usage-events}.
     *
     * @param request the request
     * @return one page of usage events, newest first
     */
    public Reply usageEvents(SandboxRequest request) {
        return Reply.ok(new Page<>(usage(request.query())));
    }

    /**
     * {@code GET /v1/sdrp/metered/my-settlement-batches} and {@code /provider/settlement-batches}.
     *
     * @param request the request
     * @return one page of settlement batches
     */
    public Reply settlementBatches(SandboxRequest request) {
        return Reply.ok(new Page<>(MeteredStatements.batches(usage(request.query()), state.now())));
    }

    /**
     * {@code GET /v1/sdrp/metered/provider/settlement-batches/{batch_id}}.
     *
     * @param request the request
     * @return the batch
     */
    public Reply settlementBatch(SandboxRequest request) {
        return Reply.ok(batch(usage(Map.of()), request.pathVariable("batch_id")));
    }

    /**
     * {@code GET /v1/sdrp/metered/provider/settlement-batches/{batch_id}/usage-events.csv}.
     *
     * @param request the request
     * @return the batch's usage as CSV
     */
    public Reply settlementBatchCsv(SandboxRequest request) {
        List<MeteredStatements.UsageEvent> usage = usage(Map.of());
        return Reply.csv(MeteredStatements.batchCsv(usage, batch(usage, request.pathVariable("batch_id"))));
    }

    private List<MeteredStatements.UsageEvent> usage(Map<String, String> query) {
        return MeteredStatements.usage(state.meteredPayments(), query);
    }

    private MeteredStatements.SettlementBatch batch(List<MeteredStatements.UsageEvent> usage, String batchId) {
        return MeteredStatements.batch(usage, batchId, state.now()).orElseThrow(() ->
                new SandboxException(404, "SETTLEMENT_BATCH_NOT_FOUND", "sandbox settlement batch not found"));
    }

    /** One page of a list; the sandbox's lists fit on one. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Page<T>(List<T> items, String nextCursor) {

        Page(List<T> items) {
            this(items, null);
        }
    }
}
