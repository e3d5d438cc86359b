package com.siglume.sdrp.client.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import java.util.Locale;

/**
 * Hosted Checkout sessions ({@code /sdrp/direct-payments/checkout-sessions}), reached through
 * {@link SiglumeMerchantClient#checkoutSessions()}. Immutable and thread-safe.
 *
 * <p>Both calls throw {@link HostedCheckoutNotAvailableException} when Hosted Checkout is not
 * enabled: status 409 with code {@code HOSTED_CHECKOUT_NOT_ENABLED} or {@code FEATURE_DISABLED},
 * or status 404 with code {@code HTTP_404}, {@code NOT_FOUND}, {@code ROUTE_NOT_FOUND} or
 * {@code FEATURE_DISABLED} (codes compared ignoring case).
 */
public final class CheckoutSessions {

    private static final String PATH = "/sdrp/direct-payments/checkout-sessions";

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumeMerchantClient#checkoutSessions()}.
     *
     * @param http the merchant client's exchange
     */
    public CheckoutSessions(ApiHttp http) {
        this.http = http;
    }

    /**
     * Creates a Hosted Checkout session; redirect the shopper to its {@code checkoutUrl}. Use one
     * nonce per order: the same nonce with a changed order is refused with 409.
     *
     * <pre>{@code
     * CreatedCheckoutSession session = client.checkoutSessions().create(CheckoutSessionRequest.builder()
     *         .merchant("acme-shop").amountMinor(1200).currency("JPY").nonce(order.id())
     *         .successUrl("https://shop.example.com/orders/" + order.id())
     *         .cancelUrl("https://shop.example.com/cart")
     *         .build());
     * }</pre>
     *
     * @param request the session
     * @return the session's URL, id and challenge hash
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     * @throws SiglumeApiException when the API refuses the call (409: same nonce, different order)
     * @throws SiglumeTransportException when no answer was obtained
     */
    public CreatedCheckoutSession create(CheckoutSessionRequest request) {
        Inputs.requireInput("checkout_session", request);
        ApiHttp.Call call = ApiHttp.Call.post("createCheckoutSession", ApiPath.of(PATH), request.toJson());
        return hostedCheckout(call, CreatedCheckoutSession.class);
    }

    /**
     * Reads a Hosted Checkout session. Its status is informational: fulfil from the webhook.
     *
     * <pre>{@code CheckoutSession session = client.checkoutSessions().get("chk_123");}</pre>
     *
     * @param sessionId the session id
     * @return the session
     * @throws SdrpValidationException when the id is blank
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public CheckoutSession get(String sessionId) {
        ApiPath path = ApiPath.of(PATH).segment("session_id", SdrpInputs.required("session_id", sessionId));
        return hostedCheckout(ApiHttp.Call.get("getCheckoutSession", path), CheckoutSession.class);
    }

    private <T> T hostedCheckout(ApiHttp.Call call, Class<T> type) {
        try {
            return http.json(call, type);
        } catch (SiglumeApiException e) {
            if (isHostedCheckoutUnavailable(e)) {
                HostedCheckoutNotAvailableException unavailable = new HostedCheckoutNotAvailableException(e.status(),
                        e.code(), e.body(), e.requestId(), e.traceId(), e.supportReference());
                unavailable.initCause(e);
                throw unavailable;
            }
            throw e;
        }
    }

    private static boolean isHostedCheckoutUnavailable(SiglumeApiException e) {
        String code = e.code().toUpperCase(Locale.ROOT);
        if (e.status() == 409) {
            return code.equals("HOSTED_CHECKOUT_NOT_ENABLED") || code.equals("FEATURE_DISABLED");
        }
        return e.status() == 404 && (code.equals("HTTP_404") || code.equals("NOT_FOUND")
                || code.equals("ROUTE_NOT_FOUND") || code.equals("FEATURE_DISABLED"));
    }
}
