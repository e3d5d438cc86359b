package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes sandbox HTTP requests: the Siglume API routes under {@code /v1}, the sandbox's own
 * routes under {@code /v1/sandbox}, and the checkout page under {@code /pay}.
 */
final class SandboxHttpHandler implements HttpHandler {

    private static final String ROUTE_NOT_FOUND = "SANDBOX_ROUTE_NOT_FOUND";
    private static final String INVALID_SANDBOX_REQUEST = "INVALID_SANDBOX_REQUEST";
    private static final int MAX_FAULT_COUNT = 1000;

    /** A body that starts like an envelope and stops: not JSON. */
    private static final byte[] INVALID_JSON = "{\"data\": {\"sandbox\": \"invalid json"
            .getBytes(StandardCharsets.UTF_8);

    private final SiglumeSandbox sandbox;
    private final SandboxEngine engine;
    private final WebhookSender sender;

    SandboxHttpHandler(SiglumeSandbox sandbox, SandboxEngine engine, WebhookSender sender) {
        this.sandbox = sandbox;
        this.engine = engine;
        this.sender = sender;
    }

    /** Who may call an API route. */
    private enum Caller { MERCHANT, USER }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (SandboxException e) {
            HttpExchanges.error(exchange, e.status(), e.code(), e.getMessage());
        } catch (IOException e) {
            // The client went away; nothing can be answered.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            HttpExchanges.error(exchange, 500, "SANDBOX_INTERNAL_ERROR", "sandbox internal error");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        List<String> path = HttpExchanges.segments(exchange.getRequestURI().getRawPath());
        if (path.size() == 1 && "favicon.ico".equals(path.get(0)) && "GET".equals(method)) {
            HttpExchanges.noContent(exchange);
            return;
        }
        if (path.size() == 2 && "pay".equals(path.get(0)) && ("GET".equals(method) || "HEAD".equals(method))) {
            payPage(exchange, path.get(1));
            return;
        }
        if (!path.isEmpty() && "v1".equals(path.get(0))) {
            if (path.size() >= 2 && "sandbox".equals(path.get(1))) {
                sandboxRoute(exchange, method, path.subList(2, path.size()));
                return;
            }
            if (applyFault(exchange)) {
                return;
            }
            if (apiRoute(exchange, method, path.subList(1, path.size()))) {
                return;
            }
        }
        throw new SandboxException(404, ROUTE_NOT_FOUND, "sandbox route not found");
    }

    // ---- API faults ----

    /** Applies the next queued fault; true when it answered (or dropped) the call. */
    private boolean applyFault(HttpExchange exchange) throws IOException, InterruptedException {
        ApiFault fault = engine.pollApiFault();
        if (fault == null) {
            return false;
        }
        if (fault instanceof ApiFault.Status status) {
            if (status.retryAfter() != null) {
                long seconds = (status.retryAfter().toMillis() + 999) / 1000;
                exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
            }
            HttpExchanges.error(exchange, status.status(), status.code(), status.message());
            return true;
        }
        if (fault instanceof ApiFault.Stall stall) {
            Thread.sleep(stall.duration().toMillis());
            return false;
        }
        if (fault instanceof ApiFault.InvalidJson) {
            HttpExchanges.send(exchange, 200, "application/json", INVALID_JSON);
            return true;
        }
        // ResetConnection: closing an exchange that sent no headers closes its connection.
        exchange.close();
        return true;
    }

    // ---- Siglume API routes ----

    private boolean apiRoute(HttpExchange exchange, String method, List<String> p) throws IOException {
        Map<String, String> query = HttpExchanges.query(exchange.getRequestURI().getRawQuery());
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        if (p.size() >= 3 && "sdrp".equals(p.get(0)) && "direct-payments".equals(p.get(1))) {
            if (get && p.size() == 4 && "merchants".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                requireMerchant(p.get(3));
                HttpExchanges.envelope(exchange, 200, engine.merchantJson());
                return true;
            }
            if (get && p.size() == 5 && "merchants".equals(p.get(2)) && "readiness".equals(p.get(4))) {
                authorize(exchange, Caller.MERCHANT);
                requireMerchant(p.get(3));
                HttpExchanges.envelope(exchange, 200, engine.readinessJson());
                return true;
            }
            if (post && p.size() == 3 && "checkout-sessions".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                Map<String, Object> body = HttpExchanges.jsonObject(exchange, SandboxEngine.INVALID_SESSION_REQUEST);
                HttpExchanges.envelope(exchange, 201, engine.createSession(body));
                return true;
            }
            if (get && p.size() == 4 && "checkout-sessions".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                HttpExchanges.envelope(exchange, 200, engine.sessionJson(p.get(3)));
                return true;
            }
            return false;
        }
        if (p.size() == 3 && "market".equals(p.get(0)) && "webhooks".equals(p.get(1))) {
            if (get && "subscriptions".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                HttpExchanges.envelope(exchange, 200, engine.subscriptionsJson());
                return true;
            }
            if (post && "test-deliveries".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                testDelivery(exchange);
                return true;
            }
            if (get && "deliveries".equals(p.get(2))) {
                authorize(exchange, Caller.MERCHANT);
                HttpExchanges.envelope(exchange, 200, deliveries(query));
                return true;
            }
            return false;
        }
        if (get && p.size() >= 3 && "sdrp".equals(p.get(0)) && "metered".equals(p.get(1))) {
            return meteredRoute(exchange, p.subList(2, p.size()), query);
        }
        return false;
    }

    private boolean meteredRoute(HttpExchange exchange, List<String> p, Map<String, String> query)
            throws IOException {
        String first = p.get(0);
        if (p.size() == 1 && ("my-summary".equals(first) || "my-usage-events".equals(first)
                || "my-settlement-batches".equals(first))) {
            authorize(exchange, Caller.USER);
            List<MeteredStatements.Usage> usage = engine.usage(query);
            Object data = switch (first) {
                case "my-summary" -> MeteredStatements.buyerSummary(usage, engine.now());
                case "my-usage-events" -> page(MeteredStatements.usageItems(usage));
                default -> page(MeteredStatements.batches(usage, engine.now()));
            };
            HttpExchanges.envelope(exchange, 200, data);
            return true;
        }
        if (!"provider".equals(first) || p.size() < 2) {
            return false;
        }
        String second = p.get(1);
        if (p.size() == 2 && ("summary".equals(second) || "usage-events".equals(second)
                || "settlement-batches".equals(second))) {
            authorize(exchange, Caller.USER);
            List<MeteredStatements.Usage> usage = engine.usage(query);
            Object data = switch (second) {
                case "summary" -> MeteredStatements.providerSummary(usage, query, engine.now());
                case "usage-events" -> page(MeteredStatements.usageItems(usage));
                default -> page(MeteredStatements.batches(usage, engine.now()));
            };
            HttpExchanges.envelope(exchange, 200, data);
            return true;
        }
        if ("settlement-batches".equals(second) && (p.size() == 3
                || (p.size() == 4 && "usage-events.csv".equals(p.get(3))))) {
            authorize(exchange, Caller.USER);
            List<MeteredStatements.Usage> usage = engine.usage(Map.of());
            Map<String, Object> batch = MeteredStatements.batch(usage, p.get(2), engine.now())
                    .orElseThrow(() -> new SandboxException(404, "SETTLEMENT_BATCH_NOT_FOUND",
                            "sandbox settlement batch not found"));
            if (p.size() == 3) {
                HttpExchanges.envelope(exchange, 200, batch);
            } else {
                HttpExchanges.send(exchange, 200, "text/csv; charset=utf-8",
                        MeteredStatements.batchCsv(usage, batch).getBytes(StandardCharsets.UTF_8));
            }
            return true;
        }
        return false;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next_cursor", null);
        return page;
    }

    private void testDelivery(HttpExchange exchange) throws IOException {
        Map<String, Object> body = HttpExchanges.jsonObject(exchange, "INVALID_TEST_DELIVERY_REQUEST");
        Object type = body.get("event_type");
        if (type != null && !(type instanceof String)) {
            throw new SandboxException(400, "INVALID_TEST_DELIVERY_REQUEST", "event_type must be a string");
        }
        String eventType = type == null || ((String) type).isEmpty() ? Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED : (String) type;
        Map<String, Object> data = body.get("data") instanceof Map<?, ?> map ? SandboxEngine.castMap(map) : Map.of();
        Map.Entry<StoredEvent, WebhookDelivery> queued = engine.testDelivery(eventType, data);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("queued", true);
        result.put("event", eventRef(queued.getKey().id(), queued.getKey().type()));
        result.put("delivery_status", queued.getValue().status());
        result.put("response_status", queued.getValue().responseStatus());
        result.put("delivery_id", queued.getValue().id());
        HttpExchanges.envelope(exchange, 201, result);
    }

    private List<Map<String, Object>> deliveries(Map<String, String> query) {
        int limit = 50;
        String rawLimit = query.get("limit");
        if (rawLimit != null && !rawLimit.isEmpty()) {
            try {
                limit = Math.max(1, Math.min(100, Integer.parseInt(rawLimit.trim())));
            } catch (NumberFormatException e) {
                throw new SandboxException(400, "INVALID_DELIVERY_QUERY", "limit must be an integer");
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (WebhookDelivery delivery : sender.deliveries()) {
            if (result.size() >= limit) {
                break;
            }
            if (matches(query, "event_type", delivery.eventType())
                    && matches(query, "subscription_id", delivery.subscriptionId())
                    && matches(query, "status", delivery.status())) {
                result.add(deliveryJson(delivery));
            }
        }
        return result;
    }

    private static boolean matches(Map<String, String> query, String name, String value) {
        String wanted = query.get(name);
        return wanted == null || wanted.isEmpty() || wanted.equals(value);
    }

    static Map<String, Object> deliveryJson(WebhookDelivery delivery) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", delivery.id());
        json.put("subscription_id", delivery.subscriptionId());
        json.put("event_id", delivery.eventId());
        json.put("event_type", delivery.eventType());
        json.put("delivery_status", delivery.status());
        json.put("response_status", delivery.responseStatus());
        json.put("delivered_at", Json.iso(delivery.deliveredAt()));
        json.put("attempt_count", delivery.attempts().size());
        json.put("next_attempt_at", Json.iso(delivery.nextAttemptAt()));
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (WebhookAttempt attempt : delivery.attempts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("attempt", attempt.number());
            item.put("attempted_at", Json.iso(attempt.attemptedAt()));
            item.put("response_status", attempt.responseStatus());
            item.put("error", attempt.error());
            item.put("fault", attempt.fault() == null ? null : attempt.fault().wireName());
            attempts.add(item);
        }
        json.put("attempts", attempts);
        return json;
    }

    private void requireMerchant(String key) {
        if (!engine.isMerchant(key)) {
            throw new SandboxException(404, SandboxEngine.MERCHANT_NOT_FOUND, "sandbox merchant not found");
        }
    }

    /**
     * Merchant routes take the sandbox merchant token; buyer/provider routes take any user
     * token, since the sandbox has no user accounts. A Developer Portal key ({@code cli_...})
     * is never a bearer token.
     */
    private void authorize(HttpExchange exchange, Caller caller) {
        if (!sandbox.requiresAuth()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? SdrpInputs.optional(header.substring(7)) : null;
        if (token == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new SandboxException(401, "AUTHENTICATION_REQUIRED",
                    "send Authorization: Bearer <token>");
        }
        if (token.startsWith("cli_")) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new SandboxException(401, "INVALID_AUTH_TOKEN",
                    "Developer Portal keys (cli_...) are not Siglume bearer tokens");
        }
        if (caller == Caller.MERCHANT && !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sandbox.merchantAuthToken().getBytes(StandardCharsets.UTF_8))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new SandboxException(401, "INVALID_AUTH_TOKEN", "the bearer token is not the sandbox merchant token");
        }
    }

    // ---- checkout page ----

    private void payPage(HttpExchange exchange, String sessionId) throws IOException {
        Optional<SandboxCheckoutSession> session = engine.session(sessionId);
        if (session.isEmpty()) {
            HttpExchanges.html(exchange, 404, CheckoutPage.message("Checkout not found",
                    "This sandbox checkout session does not exist. Start again from the shop.", null));
            return;
        }
        HttpExchanges.html(exchange, 200, CheckoutPage.render(session.get()));
    }

    // ---- sandbox routes ----

    private void sandboxRoute(HttpExchange exchange, String method, List<String> p) throws IOException {
        if (p.size() == 3 && "checkout-sessions".equals(p.get(0)) && "POST".equals(method)) {
            String id = p.get(1);
            switch (p.get(2)) {
                case "confirm" -> {
                    checkoutAction(exchange, id, true);
                    return;
                }
                case "cancel" -> {
                    checkoutAction(exchange, id, false);
                    return;
                }
                case "redeliver" -> {
                    WebhookDelivery delivery = engine.redeliver(id);
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("redelivered", true);
                    result.put("event", eventRef(delivery.eventId(), delivery.eventType()));
                    result.put("delivery_status", delivery.status());
                    result.put("response_status", delivery.responseStatus());
                    result.put("delivery_id", delivery.id());
                    HttpExchanges.envelope(exchange, delivery.delivered() ? 200 : 502, result);
                    return;
                }
                default -> throw new SandboxException(404, ROUTE_NOT_FOUND, "sandbox route not found");
            }
        }
        String route = String.join("/", p);
        switch (method + " " + route) {
            case "GET settings" -> { }
            case "PUT webhook-url" -> {
                Map<String, Object> body = controlBody(exchange);
                Object url = body.get("webhook_url");
                if (url != null && !(url instanceof String)) {
                    throw invalid("webhook_url must be a string or null");
                }
                controlRun(() -> sandbox.setWebhookUrl((String) url));
            }
            case "PUT readiness" -> {
                Map<String, Object> body = controlBody(exchange);
                boolean ready = bool(body, "ready");
                controlRun(() -> sandbox.setReadiness(ready ? SandboxReadiness.READY : new SandboxReadiness(false,
                        body.get("status") == null ? SandboxReadiness.NOT_READY_STATUS : string(body, "status"),
                        strings(body, "missing_requirements"), strings(body, "blockers"))));
            }
            case "PUT hosted-checkout" -> {
                Map<String, Object> body = controlBody(exchange);
                if (bool(body, "enabled")) {
                    sandbox.enableHostedCheckout();
                } else {
                    int status = body.get("status") == null ? 409 : integer(body, "status");
                    String code = body.get("code") == null ? SiglumeSandbox.HOSTED_CHECKOUT_NOT_ENABLED
                            : string(body, "code");
                    controlRun(() -> sandbox.disableHostedCheckout(status, code));
                }
            }
            case "POST faults/api" -> {
                Map<String, Object> body = controlBody(exchange);
                ApiFault fault = control(() -> apiFault(body));
                sandbox.injectApiFaults(fault, count(body));
            }
            case "POST faults/webhook" -> {
                Map<String, Object> body = controlBody(exchange);
                WebhookFault fault = control(() -> WebhookFault.fromWireName(string(body, "type")));
                sandbox.injectWebhookFaults(fault, count(body));
            }
            case "DELETE faults" -> sandbox.clearFaults();
            case "PUT webhook-retry" -> {
                Map<String, Object> body = controlBody(exchange);
                WebhookRetryPolicy current = sandbox.webhookRetryPolicy();
                controlRun(() -> sandbox.setWebhookRetryPolicy(new WebhookRetryPolicy(
                        body.get("max_attempts") == null ? current.maxAttempts() : integer(body, "max_attempts"),
                        body.get("initial_backoff_ms") == null ? current.initialBackoff()
                                : Duration.ofMillis(integer(body, "initial_backoff_ms")),
                        body.get("multiplier") == null ? current.multiplier() : number(body, "multiplier"),
                        body.get("max_backoff_ms") == null ? current.maxBackoff()
                                : Duration.ofMillis(integer(body, "max_backoff_ms")))));
            }
            case "POST reset" -> sandbox.reset();
            default -> throw new SandboxException(404, ROUTE_NOT_FOUND, "sandbox route not found");
        }
        HttpExchanges.envelope(exchange, 200, settingsJson());
    }

    /**
     * Confirms or cancels. A form post from the checkout page is answered with a 303 redirect
     * (or an HTML page when refused); any other call with the JSON envelope.
     */
    private void checkoutAction(HttpExchange exchange, String id, boolean confirm) throws IOException {
        boolean form = HttpExchanges.isFormPost(exchange);
        HttpExchanges.body(exchange);
        CheckoutOutcome outcome;
        try {
            outcome = confirm ? engine.confirm(id) : engine.cancel(id);
        } catch (SandboxException e) {
            if (!form) {
                throw e;
            }
            String back = engine.session(id).isPresent() ? "/pay/" + id : null;
            HttpExchanges.html(exchange, e.status(), CheckoutPage.message(
                    confirm ? "Payment not confirmed" : "Checkout not cancelled", e.getMessage(), back));
            return;
        }
        if (form) {
            HttpExchanges.redirect(exchange, outcome.redirectUrl());
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", outcome.status());
        result.put("redirect_url", outcome.redirectUrl());
        if (outcome.eventId() != null) {
            result.put("event", eventRef(outcome.eventId(), outcome.eventType()));
        }
        HttpExchanges.envelope(exchange, 200, result);
    }

    private Map<String, Object> settingsJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("api_base", sandbox.apiBase());
        json.put("merchant", sandbox.merchant());
        json.put("origin", sandbox.origin());
        json.put("webhook_url", sandbox.webhookUrl().orElse(null));
        json.put("signing_secret_hint", SandboxEngine.secretHint(sandbox.webhookSecret()));
        json.put("require_auth", sandbox.requiresAuth());
        SandboxReadiness readiness = engine.readiness();
        Map<String, Object> readinessJson = new LinkedHashMap<>();
        readinessJson.put("ready", readiness.ready());
        readinessJson.put("status", readiness.status());
        readinessJson.put("missing_requirements", readiness.missingRequirements());
        readinessJson.put("blockers", readiness.blockers());
        json.put("readiness", readinessJson);
        Map<String, Object> hosted = new LinkedHashMap<>();
        Optional<ApiFault.Status> outage = engine.hostedCheckoutOutage();
        hosted.put("enabled", outage.isEmpty());
        hosted.put("status", outage.map(ApiFault.Status::status).orElse(null));
        hosted.put("code", outage.map(ApiFault.Status::code).orElse(null));
        json.put("hosted_checkout", hosted);
        List<Map<String, Object>> apiFaults = new ArrayList<>();
        for (ApiFault fault : engine.pendingApiFaults()) {
            apiFaults.add(apiFaultJson(fault));
        }
        json.put("api_faults", apiFaults);
        List<String> webhookFaults = new ArrayList<>();
        for (WebhookFault fault : sender.pendingFaults()) {
            webhookFaults.add(fault.wireName());
        }
        json.put("webhook_faults", webhookFaults);
        WebhookRetryPolicy policy = sandbox.webhookRetryPolicy();
        Map<String, Object> retry = new LinkedHashMap<>();
        retry.put("max_attempts", policy.maxAttempts());
        retry.put("initial_backoff_ms", policy.initialBackoff().toMillis());
        retry.put("multiplier", policy.multiplier());
        retry.put("max_backoff_ms", policy.maxBackoff().toMillis());
        json.put("webhook_retry", retry);
        return json;
    }

    private static Map<String, Object> apiFaultJson(ApiFault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (fault instanceof ApiFault.Status status) {
            json.put("type", "status");
            json.put("status", status.status());
            json.put("code", status.code());
            json.put("retry_after_seconds", status.retryAfter() == null ? null
                    : (status.retryAfter().toMillis() + 999) / 1000);
        } else if (fault instanceof ApiFault.Stall stall) {
            json.put("type", "stall");
            json.put("duration_ms", stall.duration().toMillis());
        } else if (fault instanceof ApiFault.InvalidJson) {
            json.put("type", "invalid_json");
        } else {
            json.put("type", "reset_connection");
        }
        return json;
    }

    private static ApiFault apiFault(Map<String, Object> body) {
        String type = string(body, "type");
        switch (type) {
            case "status" -> {
                int status = integer(body, "status");
                ApiFault base = ApiFault.status(status);
                ApiFault.Status defaults = (ApiFault.Status) base;
                String code = body.get("code") == null ? defaults.code() : string(body, "code");
                String message = body.get("message") == null ? defaults.message() : string(body, "message");
                Duration retryAfter = body.get("retry_after_seconds") == null ? null
                        : Duration.ofSeconds(integer(body, "retry_after_seconds"));
                return new ApiFault.Status(status, code, message, retryAfter);
            }
            case "stall" -> {
                return ApiFault.stall(Duration.ofMillis(integer(body, "duration_ms")));
            }
            case "invalid_json" -> {
                return ApiFault.invalidJson();
            }
            case "reset_connection" -> {
                return ApiFault.resetConnection();
            }
            default -> throw new SdrpValidationException("type",
                    "type must be one of status, stall, invalid_json, reset_connection");
        }
    }

    private static Map<String, Object> eventRef(String id, String type) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        return event;
    }

    // ---- control-body parsing: every refusal is a 400 INVALID_SANDBOX_REQUEST ----

    private static Map<String, Object> controlBody(HttpExchange exchange) throws IOException {
        return HttpExchanges.jsonObject(exchange, INVALID_SANDBOX_REQUEST);
    }

    private static <T> T control(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SdrpValidationException e) {
            throw invalid(e.getMessage());
        }
    }

    private static void controlRun(Runnable action) {
        control(() -> {
            action.run();
            return null;
        });
    }

    private static SandboxException invalid(String message) {
        return new SandboxException(400, INVALID_SANDBOX_REQUEST, message);
    }

    private static int count(Map<String, Object> body) {
        int count = body.get("count") == null ? 1 : integer(body, "count");
        if (count < 1 || count > MAX_FAULT_COUNT) {
            throw invalid("count must be from 1 to " + MAX_FAULT_COUNT);
        }
        return count;
    }

    private static boolean bool(Map<String, Object> body, String name) {
        if (!(body.get(name) instanceof Boolean value)) {
            throw invalid(name + " must be true or false");
        }
        return value;
    }

    private static String string(Map<String, Object> body, String name) {
        if (!(body.get(name) instanceof String value) || value.isBlank()) {
            throw invalid(name + " must be a non-blank string");
        }
        return value;
    }

    private static int integer(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw invalid(name + " must be an integer");
    }

    private static double number(Map<String, Object> body, String name) {
        if (body.get(name) instanceof Number value) {
            return value.doubleValue();
        }
        throw invalid(name + " must be a number");
    }

    private static List<String> strings(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(name + " must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw invalid(name + " must be a list of strings");
            }
            result.add(text);
        }
        return result;
    }
}
