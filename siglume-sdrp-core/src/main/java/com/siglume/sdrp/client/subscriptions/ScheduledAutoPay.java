package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ApiPath;
import com.siglume.sdrp.client.internal.Inputs;

/**
 * Scheduled autopay: authorizations ({@code /account/auto-pay/scheduled-authorizations}) and the
 * runs of their slots. Reached through {@link SiglumePaymentClient#scheduledAutoPay()};
 * immutable and thread-safe.
 */
public final class ScheduledAutoPay {

    private static final String AUTHORIZATIONS = "/account/auto-pay/scheduled-authorizations";

    private final ApiHttp http;

    /**
     * Creates the resource over a client's HTTP exchange; applications get it from
     * {@link SiglumePaymentClient#scheduledAutoPay()}.
     *
     * @param http the payment client's exchange
     */
    public ScheduledAutoPay(ApiHttp http) {
        this.http = http;
    }

    /**
     * Authorizes scheduled autopay. The answer carries the schedule token once. Not retried
     * after an ambiguous failure (it could create a second authorization).
     *
     * <pre>{@code
     * ScheduledAutoPayAuthorization authorization = client.scheduledAutoPay().authorize(
     *         ScheduledAutoPayAuthorizationRequest.builder().listingId("lst_1").capabilityKey("report")
     *                 .maxAmountMinor(500L).currency("JPY").cadence(RecurringCadence.DAILY).build());
     * }</pre>
     *
     * @param request the authorization
     * @return the authorization with its schedule token
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayAuthorization authorize(ScheduledAutoPayAuthorizationRequest request) {
        Inputs.requireInput("scheduled_authorization", request);
        ApiHttp.Call call = ApiHttp.Call.post("authorizeScheduledAutoPay", ApiPath.of(AUTHORIZATIONS),
                request.toJson()).repeat(ApiHttp.Repeat.NOT_IDEMPOTENT);
        return http.json(call, ScheduledAutoPayAuthorization.class);
    }

    /**
     * Revokes a scheduled autopay authorization.
     *
     * <pre>{@code client.scheduledAutoPay().revoke("sap_123");}</pre>
     *
     * @param authorizationId the authorization id
     * @return the revoked authorization
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayAuthorization revoke(String authorizationId) {
        ApiPath path = ApiPath.of(AUTHORIZATIONS)
                .segment("authorization_id", SdrpInputs.required("authorization_id", authorizationId));
        ApiHttp.Call call = new ApiHttp.Call("revokeScheduledAutoPay", "DELETE", path.build(), null,
                ApiHttp.Repeat.IDEMPOTENT, null);
        return http.json(call, ScheduledAutoPayAuthorization.class);
    }

    /**
     * Runs one scheduled autopay slot, authenticated with the request's schedule token instead
     * of the client's token. Moves money: sent once unless the client opted in to retries.
     *
     * <pre>{@code
     * ScheduledAutoPayExecution run = client.scheduledAutoPay().execute(
     *         ScheduledAutoPayExecuteRequest.builder(scheduleToken, "slot_2026_01_01").build());
     * }</pre>
     *
     * @param request the schedule token, slot and options
     * @return the run's outcome
     * @throws SdrpValidationException when {@code request} is {@code null}
     * @throws SiglumeApiException when the API refuses the call
     * @throws SiglumeTransportException when no answer was obtained
     */
    public ScheduledAutoPayExecution execute(ScheduledAutoPayExecuteRequest request) {
        Inputs.requireInput("scheduled_execution", request);
        ApiHttp.Call call = ApiHttp.Call.post("executeScheduledAutoPay",
                ApiPath.of("/market/api-store/scheduled-auto-pay/execute"), request.toJson())
                .repeat(ApiHttp.Repeat.MONEY_MOVING).bearer(request.scheduleToken());
        return http.json(call, ScheduledAutoPayExecution.class);
    }
}
