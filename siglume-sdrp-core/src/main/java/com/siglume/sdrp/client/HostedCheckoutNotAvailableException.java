package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * Hosted Checkout is not enabled for this merchant or environment (the platform rollout switch).
 *
 * <p>Thrown by {@link SiglumeMerchantClient#createCheckoutSession} and
 * {@link SiglumeMerchantClient#getCheckoutSession} for status 409 with code
 * {@code HOSTED_CHECKOUT_NOT_ENABLED} or {@code FEATURE_DISABLED}, and for status 404 with code
 * {@code HTTP_404}, {@code NOT_FOUND}, {@code ROUTE_NOT_FOUND} or {@code FEATURE_DISABLED}.
 * Do not retry; tell the shopper this payment method is unavailable. {@link #status()} and
 * {@link #code()} keep what the API answered.
 *
 * <p>A direct subclass of {@link SiglumeApiException}: it covers both a 404 and a 409, so it is
 * neither a {@link SiglumeNotFoundException} nor a plain conflict; catch it before a catch of
 * {@link SiglumeApiException}.
 */
public class HostedCheckoutNotAvailableException extends SiglumeApiException {

    private static final long serialVersionUID = 1L;

    /** Message of this exception. */
    public static final String MESSAGE = "Hosted Checkout is not enabled for this merchant yet.";

    /**
     * Creates the exception from the API's answer.
     *
     * @param status the HTTP status (404 or 409)
     * @param code the API's error code
     * @param body the answer's body as text, or {@code null} for none
     * @param requestId the request id, or {@code null}
     * @param traceId the trace id, or {@code null}
     * @param supportReference the support reference, or {@code null}
     */
    public HostedCheckoutNotAvailableException(int status, String code, @Nullable String body,
            @Nullable String requestId,
            @Nullable String traceId, @Nullable String supportReference) {
        super(status, code, MESSAGE, body, requestId, traceId, supportReference);
    }
}
