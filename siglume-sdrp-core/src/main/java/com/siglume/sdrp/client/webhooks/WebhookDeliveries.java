package com.siglume.sdrp.client.webhooks;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import java.util.List;

/**
 * Webhook deliveries ({@code /market/webhooks/deliveries}) and test deliveries
 * ({@code /market/webhooks/test-deliveries}), reached through
 * {@link SiglumeMerchantClient#webhookDeliveries()}. Immutable and thread-safe.
 */
public final class WebhookDeliveries {

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumeMerchantClient#webhookDeliveries()}.
     *
     * @param http the merchant client's exchange
     */
    public WebhookDeliveries(ApiHttp http) {
        this.http = http;
    }

    /**
     * Lists recent webhook deliveries.
     *
     * <pre>{@code List<WebhookDelivery> deliveries = client.webhookDeliveries().list();}</pre>
     *
     * @return the deliveries (unmodifiable)
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookDelivery> list() {
        return list(WebhookDeliveryQuery.ALL);
    }

    /**
     * Lists webhook deliveries matching filters.
     *
     * <pre>{@code
     * List<WebhookDelivery> failed = client.webhookDeliveries().list(WebhookDeliveryQuery.builder()
     *         .eventType("direct_payment.confirmed").status("failed").limit(20).build());
     * }</pre>
     *
     * @param query the filters
     * @return the deliveries (unmodifiable)
     * @throws SdrpValidationException when {@code query} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookDelivery> list(WebhookDeliveryQuery query) {
        Inputs.requireInput("query", query);
        ApiPath path = query.appendTo(ApiPath.of("/market/webhooks/deliveries"));
        return http.list(ApiHttp.Call.get("listWebhookDeliveries", path), WebhookDelivery.class);
    }

    /**
     * Queues a test delivery to your webhook endpoint. Not retried after an ambiguous failure.
     *
     * <pre>{@code
     * client.webhookDeliveries().queueTest(WebhookTestDeliveryRequest.of("direct_payment.confirmed"));
     * }</pre>
     *
     * @param request the event type, optional data and subscriptions
     * @return what was queued
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public WebhookTestDelivery queueTest(WebhookTestDeliveryRequest request) {
        Inputs.requireInput("test_delivery", request);
        ApiHttp.Call call = ApiHttp.Call.post("queueTestDelivery", ApiPath.of("/market/webhooks/test-deliveries"),
                request.toJson()).repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, WebhookTestDelivery.class);
    }
}
