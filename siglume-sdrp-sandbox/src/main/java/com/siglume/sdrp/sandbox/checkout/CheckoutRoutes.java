package com.siglume.sdrp.sandbox.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.sandbox.CheckoutOutcome;
import com.siglume.sdrp.sandbox.SandboxCheckoutSession;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SandboxTimestamps;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.http.Reply;
import com.siglume.sdrp.sandbox.http.SandboxRequest;
import com.siglume.sdrp.sandbox.webhook.EventReference;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Hosted Checkout: creating and reading sessions through the API, the checkout page, and its
 * Confirm and Cancel buttons. A form post from the page is answered with a 303 redirect (or an
 * HTML page when refused); any other call of confirm or cancel with the JSON envelope.
 */
public final class CheckoutRoutes {

    private final SiglumeSandbox sandbox;
    private final SandboxState state;

    /**
     * Creates the handlers.
     *
     * @param sandbox the sandbox, for confirming and cancelling as its Java API does
     * @param state its state, for creating and reading sessions
     */
    public CheckoutRoutes(SiglumeSandbox sandbox, SandboxState state) {
        this.sandbox = sandbox;
        this.state = state;
    }

    /**
     * {@code POST /v1/sdrp/direct-payments/checkout-sessions}: refused while Hosted Checkout is
     * off or not ready, for another merchant (404), then for each invalid field (400).
     *
     * @param request the request
     * @return 201 with the new session's URL, id, challenge hash, status and expiry
     * @throws IOException when the body cannot be read
     */
    public Reply create(SandboxRequest request) throws IOException {
        CheckoutSessionBody body = request.jsonBody(CheckoutSessionBody.class, CheckoutSessionBody.INVALID_REQUEST);
        state.requireSessionCreation();
        state.requireMerchant(body.merchantKey());
        SandboxCheckoutSession session = state.createSession(body.checked());
        return Reply.created(new CreatedSession(session.checkoutUrl(), session.sessionId(), session.challengeHash(),
                session.status(), SandboxTimestamps.format(session.expiresAt())));
    }

    /**
     * {@code GET /v1/sdrp/direct-payments/checkout-sessions/{session_id}}.
     *
     * @param request the request
     * @return the session
     */
    public Reply get(SandboxRequest request) {
        state.requireHostedCheckout();
        return Reply.ok(SessionAnswer.of(state.sessionDetails(request.pathVariable("session_id"))));
    }

    /**
     * {@code GET /pay/{session_id}}: the checkout page, or an HTML 404.
     *
     * @param request the request
     * @return the page
     */
    public Reply page(SandboxRequest request) {
        return sandbox.session(request.pathVariable("session_id"))
                .map(session -> html(200, CheckoutPage.render(session)))
                .orElseGet(() -> html(404, CheckoutPage.message("Checkout not found",
                        "This sandbox checkout session does not exist. Start again from the shop.", null)));
    }

    /**
     * {@code POST /v1/sandbox/checkout-sessions/{session_id}/confirm}.
     *
     * @param request the request
     * @return the outcome, or the redirect for a form post
     * @throws IOException when the body cannot be read
     */
    public Reply confirm(SandboxRequest request) throws IOException {
        return act(request, true);
    }

    /**
     * {@code POST /v1/sandbox/checkout-sessions/{session_id}/cancel}.
     *
     * @param request the request
     * @return the outcome, or the redirect for a form post
     * @throws IOException when the body cannot be read
     */
    public Reply cancel(SandboxRequest request) throws IOException {
        return act(request, false);
    }

    private Reply act(SandboxRequest request, boolean confirm) throws IOException {
        String id = request.pathVariable("session_id");
        boolean form = request.isFormPost();
        request.discardBody();
        CheckoutOutcome outcome;
        try {
            outcome = confirm ? sandbox.confirm(id) : sandbox.cancel(id);
        } catch (SandboxException e) {
            if (!form) {
                throw e;
            }
            String back = sandbox.session(id).isPresent() ? "/pay/" + id : null;
            return html(e.status(), CheckoutPage.message(
                    confirm ? "Payment not confirmed" : "Checkout not cancelled", e.getMessage(), back));
        }
        if (form) {
            return new Reply.Redirect(outcome.redirectUrl());
        }
        return Reply.ok(new Outcome(outcome.status(), outcome.redirectUrl(),
                outcome.eventId() == null ? null : new EventReference(outcome.eventId(), outcome.eventType())));
    }

    private static Reply html(int status, String page) {
        return new Reply.Html(status, page, CheckoutPage.CONTENT_SECURITY_POLICY);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record CreatedSession(
            String checkoutUrl,
            String sessionId,
            String challengeHash,
            String status,
            String expiresAt) {
    }

    /** Confirm and cancel answers; a cancel has no event. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Outcome(
            String status,
            String redirectUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) EventReference event) {
    }

    /**
     * The get-session answer: the reference sandbox's fields first (with the requirement and the
     * whole confirmation event once paid), then the band and lifecycle fields a real session
     * also reports.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record SessionAnswer(
            String sessionId,
            String merchant,
            long amountMinor,
            String currency,
            String tokenSymbol,
            String status,
            String challengeHash,
            String successUrl,
            String cancelUrl,
            Map<String, Object> metadataJsonb,
            String checkoutUrl,
            String expiresAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String requirementId,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Map<String, Object> confirmationEvent,
            String pricingBand,
            String settlementCadence,
            String finality,
            String chainReceiptId,
            String createdAt,
            String paidAt,
            String cancelledAt) {

        static SessionAnswer of(SandboxState.SessionDetails details) {
            SandboxCheckoutSession session = details.session();
            PricingBand band = session.pricingBand();
            return new SessionAnswer(session.sessionId(), session.merchant(), session.amountMinor(),
                    session.currency(), session.tokenSymbol(), session.status(), session.challengeHash(),
                    session.successUrl(), session.cancelUrl(), details.metadata(), session.checkoutUrl(),
                    SandboxTimestamps.format(session.expiresAt()), session.requirementId(),
                    details.confirmationEvent(), band.wireName(), band.settlementCadence(), band.finality(),
                    details.chainReceiptId(), SandboxTimestamps.format(session.createdAt()),
                    SandboxTimestamps.format(details.paidAt()), SandboxTimestamps.format(details.cancelledAt()));
        }
    }
}
