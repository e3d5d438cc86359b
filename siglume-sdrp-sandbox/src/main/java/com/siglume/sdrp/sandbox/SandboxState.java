package com.siglume.sdrp.sandbox;

import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.CANCELLED;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.EXPIRED;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.OPEN;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.PAID;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one sandbox, independent of HTTP: checkout sessions, confirmations, the knobs
 * and the queued API faults. {@link SiglumeSandbox} owns it and hands it to its HTTP routes
 * (through {@link SandboxRoutesProvider}); the public methods are what those routes need beyond
 * {@link SiglumeSandbox}'s own API. Applications use {@link SiglumeSandbox}.
 *
 * <p>Thread-safe: the sessions and knobs are guarded by one lock, which is never held while a
 * webhook is sent; the fault queue has its own.
 */
public final class SandboxState {

    /** How long a checkout session stays open. */
    static final Duration SESSION_TTL = Duration.ofMinutes(30);

    private final Object lock = new Object();
    private final String merchant;
    private final String webhookSecret;
    private final Clock clock;
    private final WebhookSender sender;
    private final SandboxBooks books = new SandboxBooks();
    private final SandboxDirectPayments directPayments;
    private final FaultQueue<ApiFault> apiFaults = new FaultQueue<>();
    private volatile String sandboxOrigin;

    // Guarded by lock.
    private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();
    private long sessionCounter;
    private SandboxReadiness readiness = SandboxReadiness.READY;
    private ApiFault.Status hostedCheckoutOutage;

    SandboxState(String merchant, String webhookSecret, String challengeSecret, Clock clock, WebhookSender sender) {
        this.merchant = merchant;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
        this.sender = sender;
        this.directPayments = new SandboxDirectPayments(merchant, challengeSecret, clock, sender, books);
    }

    /**
     * Returns the buyer side: payment requirements and their transactions.
     *
     * @return the direct payments
     */
    public SandboxDirectPayments directPayments() {
        return directPayments;
    }

    /**
     * Returns every payment in the books, Hosted Checkout and buyer API alike.
     *
     * @return the payments, the latest first
     */
    public List<SandboxPayment> payments() {
        return books.payments();
    }

    List<SandboxBalance> balances() {
        return books.balances();
    }

    /**
     * What a create-session call asks for, already checked.
     *
     * @param amountMinor a positive amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param nonce the nonce as text, empty when none was sent
     * @param successUrl the checked success URL
     * @param cancelUrl the checked cancel URL
     * @param metadata the shop's metadata, in its order
     */
    public record NewSession(long amountMinor, String currency, String nonce, String successUrl, String cancelUrl,
                             Map<String, Object> metadata) {

        /**
         * Copies the metadata.
         *
         * @param amountMinor the amount
         * @param currency the currency
         * @param nonce the nonce text
         * @param successUrl the success URL
         * @param cancelUrl the cancel URL
         * @param metadata the metadata
         */
        public NewSession {
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /**
     * A session with what its get-session answer shows beyond {@link SandboxCheckoutSession}.
     *
     * @param session the snapshot
     * @param metadata the shop's metadata
     * @param confirmationEvent the {@code direct_payment.confirmed} event once paid, else {@code null}
     * @param chainReceiptId the on-chain receipt once a Standard payment is paid, else {@code null}
     * @param paidAt when it was paid, or {@code null}
     * @param cancelledAt when it was cancelled, or {@code null}
     */
    public record SessionDetails(SandboxCheckoutSession session, Map<String, Object> metadata,
                                 Map<String, Object> confirmationEvent, String chainReceiptId, Instant paidAt,
                                 Instant cancelledAt) {
    }

    /** Set once the port is known: {@code http://127.0.0.1:<port>}. */
    void sandboxOrigin(String value) {
        sandboxOrigin = value;
    }

    /**
     * Returns the time on the sandbox's clock.
     *
     * @return now
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Throws unless a key names the sandbox merchant once normalised as the SDK does.
     *
     * @param key a merchant key, may be {@code null}
     * @throws SandboxException 404 {@code EXTERNAL_402_MERCHANT_NOT_FOUND} for any other key
     */
    public void requireMerchant(String key) {
        boolean known;
        try {
            known = merchant.equals(SdrpInputs.selfServiceMerchant(key));
        } catch (SdrpValidationException e) {
            known = false;
        }
        if (!known) {
            throw new SandboxException(404, "EXTERNAL_402_MERCHANT_NOT_FOUND", "sandbox merchant not found");
        }
    }

    /**
     * Returns the part of the webhook signing secret the sandbox shows.
     *
     * @return its last four characters
     */
    public String signingSecretHint() {
        return webhookSecret.length() <= 4 ? webhookSecret : webhookSecret.substring(webhookSecret.length() - 4);
    }

    // ---- knobs ----

    void readiness(SandboxReadiness value) {
        synchronized (lock) {
            readiness = value;
        }
    }

    SandboxReadiness readiness() {
        synchronized (lock) {
            return readiness;
        }
    }

    void hostedCheckoutOutage(ApiFault.Status outage) {
        synchronized (lock) {
            hostedCheckoutOutage = outage;
        }
    }

    /**
     * Returns the error the Hosted Checkout routes answer while it is switched off.
     *
     * @return the error, or empty while Hosted Checkout is on
     */
    public Optional<ApiFault.Status> hostedCheckoutOutage() {
        synchronized (lock) {
            return Optional.ofNullable(hostedCheckoutOutage);
        }
    }

    FaultQueue<ApiFault> apiFaults() {
        return apiFaults;
    }

    /**
     * Takes the next queued API fault, for the call being answered.
     *
     * @return the fault, or empty when none is queued
     */
    public Optional<ApiFault> nextApiFault() {
        return Optional.ofNullable(apiFaults.poll());
    }

    void reset() {
        synchronized (lock) {
            sessions.clear();
            sessionCounter = 0;
            readiness = SandboxReadiness.READY;
            hostedCheckoutOutage = null;
            apiFaults.clear();
        }
        books.clear();
        directPayments.reset();
        sender.reset();
    }

    // ---- checkout sessions ----

    /**
     * Throws the configured error while Hosted Checkout is switched off.
     *
     * @throws SandboxException the outage's status and code
     */
    public void requireHostedCheckout() {
        ApiFault.Status outage = hostedCheckoutOutage().orElse(null);
        if (outage != null) {
            throw new SandboxException(outage.status(), outage.code(), outage.message());
        }
    }

    /**
     * Throws unless sessions may be created now: Hosted Checkout is on and readiness is ready.
     *
     * @throws SandboxException the outage, or 409 {@code HOSTED_CHECKOUT_READINESS_REQUIRED}
     */
    public void requireSessionCreation() {
        requireHostedCheckout();
        SandboxReadiness current = readiness();
        if (!current.ready()) {
            throw new SandboxException(409, "HOSTED_CHECKOUT_READINESS_REQUIRED",
                    "Hosted Checkout readiness is incomplete: missing_requirements=" + current.missingRequirements()
                            + ", blockers=" + current.blockers());
        }
    }

    /**
     * Creates an open session for the sandbox merchant, {@code chk_sandbox_<n>}.
     *
     * @param request the checked request
     * @return the new session
     * @throws SandboxException as {@link #requireSessionCreation()}
     */
    public SandboxCheckoutSession createSession(NewSession request) {
        requireSessionCreation();
        Instant now = now();
        synchronized (lock) {
            sessionCounter++;
            String id = "chk_sandbox_" + sessionCounter;
            SessionRecord session = new SessionRecord(id, merchant, request, challengeHash(id, request.nonce()),
                    sandboxOrigin + "/pay/" + id, now, now.plus(SESSION_TTL));
            sessions.put(id, session);
            return session.snapshot(now);
        }
    }

    /**
     * Returns a session with its details.
     *
     * @param id the session id
     * @return the session as it is now
     * @throws SandboxException 404 {@code CHECKOUT_SESSION_NOT_FOUND} when there is none
     */
    public SessionDetails sessionDetails(String id) {
        synchronized (lock) {
            return find(id).details(now());
        }
    }

    List<SandboxCheckoutSession> sessions() {
        synchronized (lock) {
            Instant now = now();
            return sessions.values().stream().map(session -> session.snapshot(now)).toList();
        }
    }

    Optional<SandboxCheckoutSession> session(String id) {
        synchronized (lock) {
            SessionRecord session = sessions.get(id);
            return session == null ? Optional.empty() : Optional.of(session.snapshot(now()));
        }
    }

    /**
     * Returns every Micro and Nano payment, the usage the statements are built from.
     *
     * @return the payments, the latest first
     */
    public List<SandboxPayment> meteredPayments() {
        return books.meteredPayments();
    }

    /**
     * Marks a session paid and delivers its {@code direct_payment.confirmed} event; the first
     * delivery attempt finishes before this returns. A paid session answers its first result again
     * and sends nothing.
     */
    CheckoutOutcome confirm(String id) {
        StoredEvent toSend;
        CheckoutOutcome outcome;
        synchronized (lock) {
            SessionRecord session = find(id);
            if (session.confirmationEvent != null) {
                return paidOutcome(session);
            }
            Instant now = now();
            requireOpen(session, now);
            session.status = PAID;
            session.paidAt = now;
            session.requirementId = "dpr_sandbox_" + session.id;
            Map<String, Object> data = ConfirmationEvents.paymentData(now, new ConfirmationEvents.Payment(
                    session.merchant, session.requirementId, session.challengeHash, session.amountMinor,
                    session.currency, session.tokenSymbol, session.chainReceiptId(), null));
            toSend = StoredEvent.of(ConfirmationEvents.event(ConfirmationEvents.newEventId(now),
                    Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED, now, data));
            session.confirmationEvent = toSend;
            books.record(session.payment());
            outcome = paidOutcome(session);
        }
        sender.deliver(toSend);
        return outcome;
    }

    /** Cancels an open session; cancelling again answers the same result. */
    CheckoutOutcome cancel(String id) {
        synchronized (lock) {
            SessionRecord session = find(id);
            Instant now = now();
            if (!CANCELLED.equals(session.status)) {
                requireOpen(session, now);
                session.status = CANCELLED;
                session.cancelledAt = now;
            }
            return new CheckoutOutcome(session.id, CANCELLED, session.snapshot(now).returnUrl(), null, null);
        }
    }

    /** Sends a paid session's event again, byte for byte, with a fresh signature. */
    WebhookDelivery redeliver(String id) {
        StoredEvent event;
        synchronized (lock) {
            event = find(id).confirmationEvent;
        }
        if (event == null) {
            throw new SandboxException(409, "CHECKOUT_SESSION_NOT_CONFIRMED",
                    "confirm the sandbox checkout before redelivery");
        }
        return sender.deliver(event);
    }

    /**
     * Sends a test event: the sandbox's event data with the caller's fields laid over it. The
     * first delivery attempt finishes before this returns.
     *
     * @param eventType the event type
     * @param overlay fields that replace or extend the sandbox's event data
     * @return the delivery after its first attempt
     * @throws SandboxException 503 {@code SANDBOX_CLOSED} once the sandbox is closed
     */
    public WebhookDelivery sendTestEvent(String eventType, Map<String, Object> overlay) {
        Instant now = now();
        Map<String, Object> data = ConfirmationEvents.baseData(now);
        data.putAll(overlay);
        return sender.deliver(StoredEvent.of(ConfirmationEvents.event(ConfirmationEvents.newEventId(now),
                eventType, now, data)));
    }

    // ---- helpers ----

    private SessionRecord find(String id) {
        SessionRecord session = sessions.get(id);
        if (session == null) {
            throw new SandboxException(404, "CHECKOUT_SESSION_NOT_FOUND", "sandbox session not found");
        }
        return session;
    }

    private static void requireOpen(SessionRecord session, Instant now) {
        String status = session.statusAt(now);
        if (EXPIRED.equals(status)) {
            throw new SandboxException(409, "CHECKOUT_SESSION_EXPIRED", "sandbox session has expired");
        }
        if (!OPEN.equals(status)) {
            throw new SandboxException(409, "CHECKOUT_SESSION_NOT_OPEN", "sandbox session is " + status);
        }
    }

    private CheckoutOutcome paidOutcome(SessionRecord session) {
        return new CheckoutOutcome(session.id, PAID, session.snapshot(now()).returnUrl(),
                session.confirmationEvent.id(), session.confirmationEvent.type());
    }

    /**
     * The reference sandbox's challenge hash: {@code sha256:sandbox_} and the 8-hex-digit
     * absolute 32-bit string hash of {@code "<session id>:<nonce>"}. That hash is exactly
     * {@link String#hashCode()}; the absolute value is taken in 64 bits so that
     * {@code Integer.MIN_VALUE} maps to {@code 80000000} as it does there.
     */
    static String challengeHash(String sessionId, String nonce) {
        String seed = sessionId + ":" + nonce;
        String hex = Long.toHexString(Math.abs((long) seed.hashCode()));
        return "sha256:sandbox_" + "0".repeat(Math.max(0, 8 - hex.length())) + hex;
    }
}
