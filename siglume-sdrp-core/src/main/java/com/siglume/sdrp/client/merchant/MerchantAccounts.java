package com.siglume.sdrp.client.merchant;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;
import tools.jackson.databind.JsonNode;

/**
 * Merchant accounts ({@code /sdrp/direct-payments/merchants}): setup, readiness, the challenge
 * secret and the billing mandate. Reached through {@link SiglumeMerchantClient#merchantAccounts()};
 * immutable and thread-safe.
 */
public final class MerchantAccounts {

    private static final String PATH = "/sdrp/direct-payments/merchants";

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumeMerchantClient#merchantAccounts()}.
     *
     * @param http the merchant client's exchange
     */
    public MerchantAccounts(ApiHttp http) {
        this.http = http;
    }

    /**
     * Creates or updates the merchant account.
     *
     * <pre>{@code
     * MerchantResponse merchant = client.merchantAccounts().setup(MerchantSetupRequest.builder("acme-shop")
     *         .displayName("Acme Shop")
     *         .webhookCallbackUrl("https://shop.example.com/siglume/webhook")
     *         .checkoutAllowedOrigins(List.of("https://shop.example.com"))
     *         .build());
     * merchant.challengeSecretIfReturned().ifPresent(secretStore::saveChallengeSecret);
     * }</pre>
     *
     * @param request the setup
     * @return the account; the challenge secret only when just created
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse setup(MerchantSetupRequest request) {
        Inputs.requireInput("merchant_setup", request);
        ApiHttp.Call call = ApiHttp.Call.post("setupMerchant", ApiPath.of(PATH), request.toJson());
        return http.json(call, MerchantResponse.class);
    }

    /**
     * Reads a merchant account.
     *
     * <pre>{@code MerchantResponse merchant = client.merchantAccounts().get("acme-shop");}</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account; {@code challengeSecret} is absent here
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse get(String merchant) {
        return http.json(ApiHttp.Call.get("getMerchant", merchantPath(merchant)), MerchantResponse.class);
    }

    /**
     * Reads whether the merchant can take Standard Hosted Checkout payments: the answer's
     * {@code standard_hosted_checkout_readiness} object when present, else the answer itself.
     *
     * <pre>{@code
     * HostedCheckoutReadiness readiness = client.merchantAccounts().readiness("acme-shop");
     * if (!readiness.ready()) { log.warn("checkout blocked: {}", readiness.blockers()); }
     * }</pre>
     *
     * @param merchant the self-service merchant key
     * @return the readiness
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public HostedCheckoutReadiness readiness(String merchant) {
        ApiPath path = merchantPath(merchant).literal("/readiness");
        return http.json(ApiHttp.Call.get("getMerchantReadiness", path), answer -> {
            JsonNode nested = answer.get("standard_hosted_checkout_readiness");
            return ApiHttp.convert(nested != null && nested.isObject() ? nested : answer, HostedCheckoutReadiness.class);
        });
    }

    /**
     * Rotates the merchant's challenge secret. The old secret stops working; store the new one
     * before signing further challenges. Not retried after an ambiguous failure (a second
     * rotation would replace the secret you never saw).
     *
     * <pre>{@code
     * String secret = client.merchantAccounts().rotateChallengeSecret("acme-shop").challengeSecret();
     * }</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account with the new {@code challengeSecret}
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse rotateChallengeSecret(String merchant) {
        ApiPath path = merchantPath(merchant).literal("/challenge-secret/rotate");
        ApiHttp.Call call = new ApiHttp.Call("rotateChallengeSecret", "POST", path.build(), null,
                ApiHttp.Repeat.NOT_IDEMPOTENT, null);
        return http.json(call, MerchantResponse.class);
    }

    /**
     * Prepares the merchant's billing mandate with the account's settings (sends {@code {}}).
     *
     * <pre>{@code client.merchantAccounts().createBillingMandate("acme-shop");}</pre>
     *
     * @param merchant the self-service merchant key
     * @return the account with its mandate
     * @throws SdrpValidationException when the merchant key is malformed
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse createBillingMandate(String merchant) {
        return createBillingMandate(merchant, BillingMandateRequest.DEFAULTS);
    }

    /**
     * Prepares the merchant's billing mandate.
     *
     * <pre>{@code
     * client.merchantAccounts().createBillingMandate("acme-shop",
     *         BillingMandateRequest.builder().billingCurrency("JPY").maxAmountMinor(50_000L).build());
     * }</pre>
     *
     * @param merchant the self-service merchant key
     * @param request currency, billing currency and cap; all optional
     * @return the account with its mandate
     * @throws SdrpValidationException when an input is malformed or {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public MerchantResponse createBillingMandate(String merchant, BillingMandateRequest request) {
        ApiPath path = merchantPath(merchant).literal("/billing-mandate");
        Inputs.requireInput("billing_mandate", request);
        return http.json(ApiHttp.Call.post("createBillingMandate", path, request.toJson()), MerchantResponse.class);
    }

    private static ApiPath merchantPath(String merchant) {
        return ApiPath.of(PATH).segment("merchant", SdrpInputs.selfServiceMerchant(merchant));
    }
}
