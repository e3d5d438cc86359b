package com.siglume.sdrp.sandbox.webhook;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SandboxTimestamps;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookAttempt;
import com.siglume.sdrp.sandbox.WebhookDelivery;
import com.siglume.sdrp.sandbox.http.JsonFields;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Webhooks: the one subscription, test deliveries, the delivery log and redelivering a paid
 * session's event.
 */
public final class WebhookRoutes {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private final SiglumeSandbox sandbox;
    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param sandbox the sandbox, for the webhook URL, the delivery log and redelivery
     * @param state its state, for the secret hint and test events
     */
    public WebhookRoutes(SiglumeSandbox sandbox, SandboxState state) {
        this.sandbox = sandbox;
        this.state = state;
    }

    /**
     * {@code GET /v1/market/webhooks/subscriptions}: the subscription to the webhook URL, none
     * while no URL is set.
     *
     * @param request the request
     * @return the subscriptions
     */
    public Reply subscriptions(SandboxRequest request) {
        return Reply.ok(sandbox.webhookUrl().map(url -> List.of(new Subscription(WebhookDelivery.SANDBOX_SUBSCRIPTION_ID,
                WebhookDelivery.SANDBOX_SUBSCRIPTION_ID, url, "active", List.of(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED),
                state.signingSecretHint(), new SubscriptionMetadata("sandbox")))).orElse(List.of()));
    }

    /**
     * {@code POST /v1/market/webhooks/test-deliveries}: sends the sandbox's event data with the
     * caller's {@code data} laid over it.
     *
     * @param request the request
     * @return 201 with the event and the first attempt's outcome
     * @throws IOException when the body cannot be read
     */
    public Reply testDelivery(SandboxRequest request) throws IOException {
        TestDeliveryBody body = request.jsonBody(TestDeliveryBody.class, TestDeliveryBody.INVALID_REQUEST);
        WebhookDelivery delivery = state.sendTestEvent(body.typeOrDefault(), body.overlay());
        return Reply.created(new Queued(true, reference(delivery), delivery.status(), delivery.responseStatus(),
                delivery.id()));
    }

    /**
     * {@code POST /v1/sandbox/checkout-sessions/{session_id}/redeliver}: the paid session's event
     * again, as a new delivery.
     *
     * @param request the request
     * @return 200 when the attempt got a 2xx answer, else 502
     */
    public Reply redeliver(SandboxRequest request) {
        WebhookDelivery delivery = sandbox.redeliver(request.pathVariable("session_id"));
        return new Reply.Data(delivery.delivered() ? 200 : 502, new Redelivered(true, reference(delivery),
                delivery.status(), delivery.responseStatus(), delivery.id()));
    }

    /**
     * {@code GET /v1/market/webhooks/deliveries?event_type&subscription_id&status&limit}.
     *
     * @param request the request
     * @return the matching deliveries, newest first
     */
    public Reply deliveries(SandboxRequest request) {
        Map<String, String> query = request.query();
        int limit = limit(query.get("limit"));
        return Reply.ok(sandbox.deliveries().stream()
                .filter(delivery -> matches(query, "event_type", delivery.eventType())
                        && matches(query, "subscription_id", delivery.subscriptionId())
                        && matches(query, "status", delivery.status()))
                .limit(limit)
                .map(DeliveryAnswer::of)
                .toList());
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            throw new SandboxException(400, "INVALID_DELIVERY_QUERY", "limit must be an integer");
        }
    }

    private static boolean matches(Map<String, String> query, String name, String value) {
        String wanted = query.get(name);
        return wanted == null || wanted.isEmpty() || wanted.equals(value);
    }

    private static EventReference reference(WebhookDelivery delivery) {
        return new EventReference(delivery.eventId(), delivery.eventType());
    }

    /**
     * The test-delivery body.
     *
     * @param eventType the event type, a string; missing or empty means {@code direct_payment.confirmed}
     * @param data fields laid over the event data when it is an object
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record TestDeliveryBody(JsonNode eventType, JsonNode data) {

        static final String INVALID_REQUEST = "INVALID_TEST_DELIVERY_REQUEST";

        String typeOrDefault() {
            if (eventType == null || eventType.isNull()) {
                return Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED;
            }
            if (!eventType.isString()) {
                throw new SandboxException(400, INVALID_REQUEST, "event_type must be a string");
            }
            return eventType.stringValue().isEmpty() ? Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED : eventType.stringValue();
        }

        Map<String, Object> overlay() {
            return JsonFields.objectOrEmpty(data);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Subscription(
            String id,
            String webhookSubscriptionId,
            String callbackUrl,
            String status,
            List<String> eventTypes,
            String signingSecretHint,
            SubscriptionMetadata metadata) {
    }

    private record SubscriptionMetadata(String environment) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Queued(
            boolean queued,
            EventReference event,
            String deliveryStatus,
            Integer responseStatus,
            String deliveryId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Redelivered(
            boolean redelivered,
            EventReference event,
            String deliveryStatus,
            Integer responseStatus,
            String deliveryId) {
    }

    /** A delivery with its attempts; the attempt fields are additions to the reference's. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record DeliveryAnswer(
            String id,
            String subscriptionId,
            String eventId,
            String eventType,
            String deliveryStatus,
            Integer responseStatus,
            String deliveredAt,
            int attemptCount,
            String nextAttemptAt,
            List<AttemptAnswer> attempts) {

        static DeliveryAnswer of(WebhookDelivery delivery) {
            return new DeliveryAnswer(delivery.id(), delivery.subscriptionId(), delivery.eventId(),
                    delivery.eventType(), delivery.status(), delivery.responseStatus(),
                    SandboxTimestamps.format(delivery.deliveredAt()), delivery.attempts().size(),
                    SandboxTimestamps.format(delivery.nextAttemptAt()),
                    delivery.attempts().stream().map(AttemptAnswer::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record AttemptAnswer(
            int attempt,
            String attemptedAt,
            Integer responseStatus,
            String error,
            String fault) {

        static AttemptAnswer of(WebhookAttempt attempt) {
            return new AttemptAnswer(attempt.number(), SandboxTimestamps.format(attempt.attemptedAt()),
                    attempt.responseStatus(), attempt.error(),
                    attempt.fault() == null ? null : attempt.fault().wireName());
        }
    }
}
