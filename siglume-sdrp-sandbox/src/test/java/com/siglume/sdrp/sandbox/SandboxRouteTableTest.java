package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.http.Route;
import com.siglume.sdrp.sandbox.routes.SandboxRoutes;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every row of the route table answers through its handler, a method a path does not answer is
 * 405 with {@code Allow}, and a path no row has is 404 {@code SANDBOX_ROUTE_NOT_FOUND}.
 */
class SandboxRouteTableTest {

    private static final String BATCH = "batch_sandbox_micro_JPY_JPYC";

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private Http http;

    /** A request to one row of the table, sent with a role's token, and what its handler answers. */
    private record Probe(String method, String pattern, String path, Object body, int status, Http client) {

        Probe(String method, String pattern, String path, Object body, int status) {
            this(method, pattern, path, body, status, null);
        }
    }

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).build().start();
        http = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private String createSession(long amountMinor) throws Exception {
        return (String) http.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(amountMinor, "JPY"))
                .data().get("session_id");
    }

    private List<Probe> probes() throws Exception {
        Http buyer = Http.buyer(sandbox);
        String requirements = "/v1/sdrp/direct-payments/requirements";
        Map<String, Object> requirement = buyer.post(requirements,
                Http.requirement(sandbox, 1200, "JPY", "probe_paid")).data();
        String requirementId = (String) requirement.get("requirement_id");
        String paid = createSession(1200);
        String open = createSession(1200);
        String merchant = "/v1/sdrp/direct-payments/merchants/";
        String sessions = "/v1/sdrp/direct-payments/checkout-sessions";
        String checkout = "/v1/sandbox/checkout-sessions/";
        String metered = "/v1/sdrp/metered/";
        return List.of(
                new Probe("GET", merchant + "{merchant}", merchant + "sandbox_merchant", null, 200),
                new Probe("GET", merchant + "{merchant}/readiness", merchant + "sandbox_merchant/readiness", null, 200),
                new Probe("POST", sessions, sessions, Http.session(1200, "JPY"), 201),
                new Probe("GET", sessions + "/{session_id}", sessions + "/" + paid, null, 200),
                new Probe("GET", "/pay/{session_id}", "/pay/" + paid, null, 200),
                new Probe("POST", checkout + "{session_id}/confirm", checkout + paid + "/confirm", null, 200),
                new Probe("POST", checkout + "{session_id}/cancel", checkout + open + "/cancel", null, 200),
                new Probe("POST", requirements, requirements, Http.requirement(sandbox, 300, "JPY", "probe_new"), 201,
                        buyer),
                new Probe("GET", requirements + "/{requirement_id}", requirements + "/" + requirementId, null, 200,
                        buyer),
                new Probe("POST", "/v1/market/web3/transactions/execute-prepared",
                        "/v1/market/web3/transactions/execute-prepared", Http.payment(requirement), 200, buyer),
                new Probe("POST", requirements + "/{requirement_id}/verify",
                        requirements + "/" + requirementId + "/verify", Map.of("await_finality", true), 200, buyer),
                new Probe("GET", "/v1/market/webhooks/subscriptions", "/v1/market/webhooks/subscriptions", null, 200),
                new Probe("POST", "/v1/market/webhooks/test-deliveries", "/v1/market/webhooks/test-deliveries",
                        Map.of(), 201),
                new Probe("GET", "/v1/market/webhooks/deliveries", "/v1/market/webhooks/deliveries", null, 200),
                new Probe("POST", checkout + "{session_id}/redeliver", checkout + paid + "/redeliver", null, 200),
                new Probe("GET", metered + "my-summary", metered + "my-summary", null, 200),
                new Probe("GET", metered + "my-usage-events", metered + "my-usage-events", null, 200),
                new Probe("GET", metered + "my-settlement-batches", metered + "my-settlement-batches", null, 200),
                new Probe("GET", metered + "provider/summary", metered + "provider/summary", null, 200),
                new Probe("GET", metered + "provider/usage-events", metered + "provider/usage-events", null, 200),
                new Probe("GET", metered + "provider/settlement-batches", metered + "provider/settlement-batches",
                        null, 200),
                new Probe("GET", metered + "provider/settlement-batches/{batch_id}",
                        metered + "provider/settlement-batches/" + BATCH, null, 200),
                new Probe("GET", metered + "provider/settlement-batches/{batch_id}/usage-events.csv",
                        metered + "provider/settlement-batches/" + BATCH + "/usage-events.csv", null, 200),
                new Probe("GET", "/v1/sandbox/settings", "/v1/sandbox/settings", null, 200),
                new Probe("PUT", "/v1/sandbox/webhook-url", "/v1/sandbox/webhook-url",
                        Map.of("webhook_url", receiver.url()), 200),
                new Probe("PUT", "/v1/sandbox/readiness", "/v1/sandbox/readiness", Map.of("ready", true), 200),
                new Probe("PUT", "/v1/sandbox/hosted-checkout", "/v1/sandbox/hosted-checkout",
                        Map.of("enabled", true), 200),
                new Probe("POST", "/v1/sandbox/faults/api", "/v1/sandbox/faults/api",
                        Map.of("type", "stall", "duration_ms", 0), 200),
                new Probe("POST", "/v1/sandbox/faults/webhook", "/v1/sandbox/faults/webhook",
                        Map.of("type", "unreachable"), 200),
                new Probe("DELETE", "/v1/sandbox/faults", "/v1/sandbox/faults", null, 200),
                new Probe("PUT", "/v1/sandbox/webhook-retry", "/v1/sandbox/webhook-retry", Map.of(), 200),
                new Probe("POST", "/v1/sandbox/reset", "/v1/sandbox/reset", null, 200),
                new Probe("GET", "/favicon.ico", "/favicon.ico", null, 204));
    }

    @Test
    void everyRowOfTheTableIsReachedThroughItsHandler() throws Exception {
        // Twenty Micro payments of JPY 500 reach the early-close threshold: one settlement batch.
        for (int i = 0; i < 20; i++) {
            sandbox.confirm(createSession(500));
        }
        List<Probe> probes = probes();

        for (Probe probe : probes) {
            Http client = probe.client() == null ? http : probe.client();
            Http.Response response = client.send(client.request(probe.path())
                    .header("Content-Type", "application/json")
                    .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(Http.JSON.writeValueAsBytes(probe.body())))
                    .build());
            assertThat(response.status()).as(probe.method() + " " + probe.path() + ": " + response.text())
                    .isEqualTo(probe.status());
        }
        assertThat(probes.stream().map(probe -> probe.method() + " " + probe.pattern()).collect(Collectors.toSet()))
                .as("one probe per row of the table")
                .isEqualTo(tableRows());
    }

    @Test
    void aMethodAPathDoesNotAnswerIs405WithTheMethodsItDoes() throws Exception {
        for (Probe probe : probes()) {
            String wrong = "DELETE".equals(probe.method()) ? "PUT" : "DELETE";
            Http.Response response = http.send(http.request(probe.path())
                    .method(wrong, HttpRequest.BodyPublishers.noBody()).build());
            assertThat(response.status()).as(probe.path()).isEqualTo(405);
            assertThat(response.error()).as(probe.path()).containsEntry("code", "SANDBOX_METHOD_NOT_ALLOWED");
            assertThat(response.headers().firstValue("Allow")).as(probe.path())
                    .hasValueSatisfying(allow -> assertThat(List.of(allow.split(", "))).contains(probe.method()));
        }
        assertThat(http.get("/v1/sdrp/direct-payments/checkout-sessions").headers().firstValue("Allow"))
                .hasValue("POST");
    }

    @Test
    void aPathNoRowHasIsNotFoundInEveryArea() throws Exception {
        for (String path : List.of("/v1/sdrp/direct-payments/merchants/sandbox_merchant/setup",
                "/v1/sdrp/direct-payments/checkout-sessions/chk_sandbox_1/expire", "/pay",
                "/v1/market/webhooks/subscriptions/whsub_sandbox_local", "/v1/sdrp/metered/provider",
                "/v1/sandbox/faults/everything", "/v1/sdrp/payment-requirements", "/")) {
            Http.Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.error()).as(path)
                    .isEqualTo(Map.of("code", "SANDBOX_ROUTE_NOT_FOUND", "message", "sandbox route not found"));
        }
    }

    @Test
    void headAnswersAGetRouteWithItsHeadersAndNoBody() throws Exception {
        Http.Response response = http.send(http.request("/v1/sandbox/settings")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEmpty();
    }

    /** The table's rows as {@code METHOD /pattern}, from a table built for a sandbox of its own. */
    private static java.util.Set<String> tableRows() {
        SiglumeSandbox other = SiglumeSandbox.builder().port(0).build();
        try (WebhookSender sender = new WebhookSender("whsec_rows", null, WebhookRetryPolicy.NONE,
                Duration.ofSeconds(1), Clock.systemUTC(), "siglume-sandbox-rows")) {
            SandboxState state = new SandboxState(other.merchant(), "whsec_rows", other.challengeSecret(),
                    Clock.systemUTC(), sender);
            return SandboxRoutes.table(other, state).routes().stream()
                    .map((Route route) -> route.method() + " " + route.path())
                    .collect(Collectors.toSet());
        } finally {
            other.close();
        }
    }
}
