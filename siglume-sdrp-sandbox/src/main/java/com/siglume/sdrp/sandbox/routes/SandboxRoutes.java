package com.siglume.sdrp.sandbox.routes;

import static com.siglume.sdrp.sandbox.http.Route.Access.BUYER;
import static com.siglume.sdrp.sandbox.http.Route.Access.MERCHANT;
import static com.siglume.sdrp.sandbox.http.Route.Access.OPEN;
import static com.siglume.sdrp.sandbox.http.Route.Access.USER;
import static com.siglume.sdrp.sandbox.http.Route.delete;
import static com.siglume.sdrp.sandbox.http.Route.get;
import static com.siglume.sdrp.sandbox.http.Route.post;
import static com.siglume.sdrp.sandbox.http.Route.put;

import com.siglume.sdrp.sandbox.SandboxRoutesProvider;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.buyer.BuyerRoutes;
import com.siglume.sdrp.sandbox.checkout.CheckoutRoutes;
import com.siglume.sdrp.sandbox.control.SandboxControlRoutes;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.RouteTable;
import com.siglume.sdrp.sandbox.http.SandboxHttpHandler;
import com.siglume.sdrp.sandbox.merchant.MerchantRoutes;
import com.siglume.sdrp.sandbox.metered.MeteredRoutes;
import com.siglume.sdrp.sandbox.webhook.WebhookRoutes;
import com.sun.net.httpserver.HttpHandler;
import java.util.List;

/**
 * The sandbox's route table: every path it answers, who may call it and which handler answers.
 * An API area is one handler class and its rows here.
 */
public final class SandboxRoutes implements SandboxRoutesProvider {

    /** Found by {@link java.util.ServiceLoader}. */
    public SandboxRoutes() {
    }

    @Override
    public HttpHandler handler(SiglumeSandbox sandbox, SandboxState state) {
        return new SandboxHttpHandler(table(sandbox, state), sandbox, state);
    }

    /**
     * Builds the table of one sandbox.
     *
     * @param sandbox the sandbox
     * @param state its state
     * @return the routes
     */
    public static RouteTable table(SiglumeSandbox sandbox, SandboxState state) {
        MerchantRoutes merchant = new MerchantRoutes(sandbox, state);
        CheckoutRoutes checkout = new CheckoutRoutes(sandbox, state);
        WebhookRoutes webhooks = new WebhookRoutes(sandbox, state);
        BuyerRoutes buyer = new BuyerRoutes(state);
        MeteredRoutes metered = new MeteredRoutes(state);
        SandboxControlRoutes control = new SandboxControlRoutes(sandbox, state);
        return new RouteTable(List.of(
                // Merchant setup and readiness.
                get("/v1/sdrp/direct-payments/merchants/{merchant}", MERCHANT, merchant::account),
                get("/v1/sdrp/direct-payments/merchants/{merchant}/readiness", MERCHANT, merchant::readiness),

                // Hosted Checkout: sessions, the page and its buttons.
                post("/v1/sdrp/direct-payments/checkout-sessions", MERCHANT, checkout::create),
                get("/v1/sdrp/direct-payments/checkout-sessions/{session_id}", MERCHANT, checkout::get),
                get("/pay/{session_id}", OPEN, checkout::page),
                post("/v1/sandbox/checkout-sessions/{session_id}/confirm", OPEN, checkout::confirm),
                post("/v1/sandbox/checkout-sessions/{session_id}/cancel", OPEN, checkout::cancel),

                // The buyer API an agent pays through: requirements and their prepared transactions.
                post("/v1/sdrp/direct-payments/requirements", BUYER, buyer::create),
                get("/v1/sdrp/direct-payments/requirements/{requirement_id}", BUYER, buyer::get),
                post("/v1/sdrp/direct-payments/requirements/{requirement_id}/verify", BUYER, buyer::verify),
                post("/v1/market/web3/transactions/execute-prepared", BUYER, buyer::executePrepared),

                // Webhooks: subscriptions, deliveries, test deliveries and redelivery.
                get("/v1/market/webhooks/subscriptions", MERCHANT, webhooks::subscriptions),
                post("/v1/market/webhooks/test-deliveries", MERCHANT, webhooks::testDelivery),
                get("/v1/market/webhooks/deliveries", MERCHANT, webhooks::deliveries),
                post("/v1/sandbox/checkout-sessions/{session_id}/redeliver", OPEN, webhooks::redeliver),

                // Micro/Nano statements of the buyer and the provider.
                get("/v1/sdrp/metered/my-summary", USER, metered::buyerSummary),
                get("/v1/sdrp/metered/my-usage-events", USER, metered::usageEvents),
                get("/v1/sdrp/metered/my-settlement-batches", USER, metered::settlementBatches),
                get("/v1/sdrp/metered/provider/summary", USER, metered::providerSummary),
                get("/v1/sdrp/metered/provider/usage-events", USER, metered::usageEvents),
                get("/v1/sdrp/metered/provider/settlement-batches", USER, metered::settlementBatches),
                get("/v1/sdrp/metered/provider/settlement-batches/{batch_id}", USER, metered::settlementBatch),
                get("/v1/sdrp/metered/provider/settlement-batches/{batch_id}/usage-events.csv", USER,
                        metered::settlementBatchCsv),

                // The sandbox's own settings and knobs.
                get("/v1/sandbox/settings", OPEN, control::settings),
                put("/v1/sandbox/webhook-url", OPEN, control::webhookUrl),
                put("/v1/sandbox/readiness", OPEN, control::readiness),
                put("/v1/sandbox/hosted-checkout", OPEN, control::hostedCheckout),
                post("/v1/sandbox/faults/api", OPEN, control::apiFaults),
                post("/v1/sandbox/faults/webhook", OPEN, control::webhookFaults),
                delete("/v1/sandbox/faults", OPEN, control::clearFaults),
                put("/v1/sandbox/webhook-retry", OPEN, control::webhookRetry),
                post("/v1/sandbox/reset", OPEN, control::reset),

                // Browsers ask for it when they show the checkout page.
                get("/favicon.ico", OPEN, request -> new Reply.NoContent())));
    }
}
