package com.siglume.sdrp.sandbox.control;

import static com.siglume.sdrp.sandbox.control.ControlBodies.absent;
import static com.siglume.sdrp.sandbox.control.ControlBodies.bool;
import static com.siglume.sdrp.sandbox.control.ControlBodies.control;
import static com.siglume.sdrp.sandbox.control.ControlBodies.controlRun;
import static com.siglume.sdrp.sandbox.control.ControlBodies.integer;
import static com.siglume.sdrp.sandbox.control.ControlBodies.number;
import static com.siglume.sdrp.sandbox.control.ControlBodies.string;
import static com.siglume.sdrp.sandbox.control.ControlBodies.strings;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SandboxReadiness;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookFault;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The sandbox's own settings and knobs under {@code /v1/sandbox}, each the HTTP face of a method
 * of {@link SiglumeSandbox}; every one answers the settings as they are afterwards.
 */
public final class SandboxControlRoutes {

    private final SiglumeSandbox sandbox;
    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param sandbox the sandbox whose knobs they turn
     * @param state its state, for the secret hint and the Hosted Checkout outage
     */
    public SandboxControlRoutes(SiglumeSandbox sandbox, SandboxState state) {
        this.sandbox = sandbox;
        this.state = state;
    }

    /**
     * {@code GET /v1/sandbox/settings}.
     *
     * @param request the request
     * @return the settings
     */
    public Reply settings(SandboxRequest request) {
        SandboxReadiness readiness = sandbox.readiness();
        Optional<ApiFault.Status> outage = state.hostedCheckoutOutage();
        WebhookRetryPolicy retry = sandbox.webhookRetryPolicy();
        return Reply.ok(new Settings(sandbox.apiBase(), sandbox.merchant(), sandbox.origin(),
                sandbox.webhookUrl().orElse(null), state.signingSecretHint(), sandbox.requiresAuth(),
                new ReadinessView(readiness.ready(), readiness.status(), readiness.missingRequirements(),
                        readiness.blockers()),
                new HostedCheckoutView(outage.isEmpty(), outage.map(ApiFault.Status::status).orElse(null),
                        outage.map(ApiFault.Status::code).orElse(null)),
                sandbox.pendingApiFaults().stream().map(SandboxControlRoutes::faultView).toList(),
                sandbox.pendingWebhookFaults().stream().map(WebhookFault::wireName).toList(),
                new RetryView(retry.maxAttempts(), retry.initialBackoff().toMillis(), retry.multiplier(),
                        retry.maxBackoff().toMillis())));
    }

    /**
     * {@code PUT /v1/sandbox/webhook-url} {@code {"webhook_url": "..." | null}}.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply webhookUrl(SandboxRequest request) throws IOException {
        String url = body(request, ControlBodies.WebhookUrl.class).url();
        controlRun(() -> sandbox.setWebhookUrl(url));
        return settings(request);
    }

    /**
     * {@code PUT /v1/sandbox/readiness} {@code {"ready", "status", "missing_requirements", "blockers"}}.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply readiness(SandboxRequest request) throws IOException {
        ControlBodies.Readiness body = body(request, ControlBodies.Readiness.class);
        boolean ready = bool(body.ready(), "ready");
        SandboxReadiness readiness = ready ? SandboxReadiness.READY : control(() -> new SandboxReadiness(false,
                absent(body.status()) ? SandboxReadiness.NOT_READY_STATUS : string(body.status(), "status"),
                strings(body.missingRequirements(), "missing_requirements"), strings(body.blockers(), "blockers")));
        sandbox.setReadiness(readiness);
        return settings(request);
    }

    /**
     * {@code PUT /v1/sandbox/hosted-checkout} {@code {"enabled", "status", "code"}}.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply hostedCheckout(SandboxRequest request) throws IOException {
        ControlBodies.HostedCheckout body = body(request, ControlBodies.HostedCheckout.class);
        if (bool(body.enabled(), "enabled")) {
            sandbox.enableHostedCheckout();
        } else {
            int status = absent(body.status()) ? 409 : integer(body.status(), "status");
            String code = absent(body.code()) ? SiglumeSandbox.HOSTED_CHECKOUT_NOT_ENABLED
                    : string(body.code(), "code");
            controlRun(() -> sandbox.disableHostedCheckout(status, code));
        }
        return settings(request);
    }

    /**
     * {@code POST /v1/sandbox/faults/api} {@code {"type", "count", ...}}.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply apiFaults(SandboxRequest request) throws IOException {
        ControlBodies.ApiFault body = body(request, ControlBodies.ApiFault.class);
        ApiFault fault = control(() -> apiFault(body));
        int count = count(body.count());
        controlRun(() -> sandbox.injectApiFaults(fault, count));
        return settings(request);
    }

    /**
     * {@code POST /v1/sandbox/faults/webhook} {@code {"type", "count"}}.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply webhookFaults(SandboxRequest request) throws IOException {
        ControlBodies.WebhookFault body = body(request, ControlBodies.WebhookFault.class);
        WebhookFault fault = control(() -> WebhookFault.fromWireName(string(body.type(), "type")));
        int count = count(body.count());
        controlRun(() -> sandbox.injectWebhookFaults(fault, count));
        return settings(request);
    }

    /**
     * {@code DELETE /v1/sandbox/faults}.
     *
     * @param request the request
     * @return the settings
     */
    public Reply clearFaults(SandboxRequest request) {
        sandbox.clearFaults();
        return settings(request);
    }

    /**
     * {@code PUT /v1/sandbox/webhook-retry}; fields not given keep their value.
     *
     * @param request the request
     * @return the settings
     * @throws IOException when the body cannot be read
     */
    public Reply webhookRetry(SandboxRequest request) throws IOException {
        ControlBodies.WebhookRetry body = body(request, ControlBodies.WebhookRetry.class);
        WebhookRetryPolicy current = sandbox.webhookRetryPolicy();
        int maxAttempts = absent(body.maxAttempts()) ? current.maxAttempts()
                : integer(body.maxAttempts(), "max_attempts");
        Duration initial = absent(body.initialBackoffMs()) ? current.initialBackoff()
                : Duration.ofMillis(integer(body.initialBackoffMs(), "initial_backoff_ms"));
        double multiplier = absent(body.multiplier()) ? current.multiplier() : number(body.multiplier(), "multiplier");
        Duration max = absent(body.maxBackoffMs()) ? current.maxBackoff()
                : Duration.ofMillis(integer(body.maxBackoffMs(), "max_backoff_ms"));
        sandbox.setWebhookRetryPolicy(control(() -> new WebhookRetryPolicy(maxAttempts, initial, multiplier, max)));
        return settings(request);
    }

    /**
     * {@code POST /v1/sandbox/reset}.
     *
     * @param request the request
     * @return the settings
     */
    public Reply reset(SandboxRequest request) {
        sandbox.reset();
        return settings(request);
    }

    private static <T> T body(SandboxRequest request, Class<T> type) throws IOException {
        return request.jsonBody(type, ControlBodies.INVALID_REQUEST);
    }

    /** The count of faults to queue, 1 when not given; its range is the Java API's rule. */
    private static int count(JsonNode count) {
        return absent(count) ? 1 : integer(count, "count");
    }

    private static ApiFault apiFault(ControlBodies.ApiFault body) {
        String type = string(body.type(), "type");
        return switch (type) {
            case "status" -> {
                ApiFault.Status defaults = (ApiFault.Status) ApiFault.status(integer(body.status(), "status"));
                yield new ApiFault.Status(defaults.status(),
                        absent(body.code()) ? defaults.code() : string(body.code(), "code"),
                        absent(body.message()) ? defaults.message() : string(body.message(), "message"),
                        absent(body.retryAfterSeconds()) ? null
                                : Duration.ofSeconds(integer(body.retryAfterSeconds(), "retry_after_seconds")));
            }
            case "stall" -> ApiFault.stall(Duration.ofMillis(integer(body.durationMs(), "duration_ms")));
            case "invalid_json" -> ApiFault.invalidJson();
            case "reset_connection" -> ApiFault.resetConnection();
            default -> throw new SdrpValidationException("type",
                    "type must be one of status, stall, invalid_json, reset_connection");
        };
    }

    private static FaultView faultView(ApiFault fault) {
        if (fault instanceof ApiFault.Status status) {
            return new StatusFaultView("status", status.status(), status.code(), status.retryAfterSeconds());
        }
        if (fault instanceof ApiFault.Stall stall) {
            return new StallFaultView("stall", stall.duration().toMillis());
        }
        return new PlainFaultView(fault instanceof ApiFault.InvalidJson ? "invalid_json" : "reset_connection");
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Settings(
            String apiBase,
            String merchant,
            String origin,
            String webhookUrl,
            String signingSecretHint,
            boolean requireAuth,
            ReadinessView readiness,
            HostedCheckoutView hostedCheckout,
            List<FaultView> apiFaults,
            List<String> webhookFaults,
            RetryView webhookRetry) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record ReadinessView(
            boolean ready,
            String status,
            List<String> missingRequirements,
            List<String> blockers) {
    }

    private record HostedCheckoutView(boolean enabled, Integer status, String code) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record RetryView(int maxAttempts, long initialBackoffMs, double multiplier, long maxBackoffMs) {
    }

    /** A queued API fault as the settings list it. */
    private sealed interface FaultView permits StatusFaultView, StallFaultView, PlainFaultView {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record StatusFaultView(String type, int status, String code, Long retryAfterSeconds)
            implements FaultView {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record StallFaultView(String type, long durationMs) implements FaultView {
    }

    private record PlainFaultView(String type) implements FaultView {
    }
}
