package com.siglume.sdrp.client.requirements;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;

/**
 * Payment requirements ({@code /sdrp/direct-payments/requirements}): the buyer's side of one
 * payment, bound to the merchant's challenge. Reached through
 * {@link SiglumePaymentClient#requirements()}; immutable and thread-safe.
 */
public final class PaymentRequirements {

    private static final String PATH = "/sdrp/direct-payments/requirements";

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumePaymentClient#requirements()}.
     *
     * @param http the payment client's exchange
     */
    public PaymentRequirements(ApiHttp http) {
        this.http = http;
    }

    /**
     * Creates a payment requirement for a merchant's challenge.
     *
     * <pre>{@code
     * PaymentRequirement requirement = client.requirements().create(
     *         PaymentRequirementRequest.of("acme-shop", 1200, "JPY", challengeFromMerchant));
     * }</pre>
     *
     * @param request merchant, amount, currency, challenge and options
     * @return the requirement with its prepared transactions
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement create(PaymentRequirementRequest request) {
        Inputs.requireInput("payment_requirement", request);
        return http.json(ApiHttp.Call.post("createPaymentRequirement", ApiPath.of(PATH), request.toJson()),
                PaymentRequirement.class);
    }

    /**
     * Reads a payment requirement.
     *
     * <pre>{@code PaymentRequirement requirement = client.requirements().get("dpr_123");}</pre>
     *
     * @param requirementId the requirement id
     * @return the requirement
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement get(String requirementId) {
        return http.json(ApiHttp.Call.get("getPaymentRequirement", path(requirementId)), PaymentRequirement.class);
    }

    /**
     * Verifies a payment requirement with no options (sends {@code {}}).
     *
     * <pre>{@code PaymentRequirement verified = client.requirements().verify("dpr_123");}</pre>
     *
     * @param requirementId the requirement id
     * @return the requirement after verification
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement verify(String requirementId) {
        return verify(requirementId, VerifyRequirementRequest.NONE);
    }

    /**
     * Verifies a payment requirement against a receipt, optionally waiting for finality.
     *
     * <pre>{@code
     * PaymentRequirement verified = client.requirements().verify("dpr_123",
     *         VerifyRequirementRequest.awaitingFinality("rcpt_9", 60));
     * }</pre>
     *
     * @param requirementId the requirement id
     * @param request receipt ids and waiting options
     * @return the requirement after verification
     * @throws SdrpValidationException when the id is blank or {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement verify(String requirementId, VerifyRequirementRequest request) {
        ApiPath path = path(requirementId).literal("/verify");
        Inputs.requireInput("verify", request);
        return http.json(ApiHttp.Call.post("verifyPaymentRequirement", path, request.toJson()),
                PaymentRequirement.class);
    }

    private static ApiPath path(String requirementId) {
        return ApiPath.of(PATH).segment("requirement_id", SdrpInputs.required("requirement_id", requirementId));
    }
}
