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
 * Webhook subscriptions ({@code /market/webhooks/subscriptions}), reached through
 * {@link SiglumeMerchantClient#webhookSubscriptions()}. Immutable and thread-safe.
 */
public final class WebhookSubscriptions {

    private static final String PATH = "/market/webhooks/subscriptions";

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumeMerchantClient#webhookSubscriptions()}.
     *
     * @param http the merchant client's exchange
     */
    public WebhookSubscriptions(ApiHttp http) {
        this.http = http;
    }

    /**
     * Creates a webhook subscription. The answer carries the signing secret once: store it as
     * your webhook secret. Not retried after an ambiguous failure (a duplicate subscription
     * would sign with a secret you never saw): on {@link SiglumeTransportException}, call
     * {@link #list()} before trying again.
     *
     * <pre>{@code
     * WebhookSubscription subscription = client.webhookSubscriptions().create(
     *         WebhookSubscriptionRequest.of("https://shop.example.com/siglume/webhook"));
     * }</pre>
     *
     * @param request callback URL, event types, description and metadata
     * @return the subscription with its signing secret
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public WebhookSubscription create(WebhookSubscriptionRequest request) {
        Inputs.requireInput("webhook_subscription", request);
        ApiHttp.Call call = ApiHttp.Call.post("createWebhookSubscription", ApiPath.of(PATH), request.toJson())
                .repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, WebhookSubscription.class);
    }

    /**
     * Lists the webhook subscriptions; secrets appear only as {@code signingSecretHint}.
     *
     * <pre>{@code List<WebhookSubscription> subscriptions = client.webhookSubscriptions().list();}</pre>
     *
     * @return the subscriptions (unmodifiable)
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public List<WebhookSubscription> list() {
        return http.list(ApiHttp.Call.get("listWebhookSubscriptions", ApiPath.of(PATH)), WebhookSubscription.class);
    }
}
