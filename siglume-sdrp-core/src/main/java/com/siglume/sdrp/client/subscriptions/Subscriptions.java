package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;

/**
 * Direct payment subscriptions ({@code /sdrp/direct-payments/subscriptions}), reached through
 * {@link SiglumePaymentClient#subscriptions()}. Immutable and thread-safe.
 */
public final class Subscriptions {

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumePaymentClient#subscriptions()}.
     *
     * @param http the payment client's exchange
     */
    public Subscriptions(ApiHttp http) {
        this.http = http;
    }

    /**
     * Creates a subscription approved with the merchant's recurring challenge. May charge the
     * first period, so it is treated as moving money (sent once unless the client opted in).
     *
     * <pre>{@code
     * DirectPaymentSubscription subscription = client.subscriptions().create(
     *         SubscriptionRequest.of("acme-shop", 980, "JPY", recurringChallenge));
     * }</pre>
     *
     * @param request merchant, amount, currency, recurring challenge and options
     * @return the subscription
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public DirectPaymentSubscription create(SubscriptionRequest request) {
        Inputs.requireInput("subscription", request);
        ApiHttp.Call call = ApiHttp.Call.post("createSubscription", ApiPath.of("/sdrp/direct-payments/subscriptions"),
                request.toJson()).repeat(ApiHttp.Repeat.MONEY_MOVING);
        return http.json(call, DirectPaymentSubscription.class);
    }
}
