package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's state and operations, independent of HTTP: checkout sessions, confirmations,
 * Micro/Nano usage and the test knobs. Thread-safe: all state is guarded by one lock, which is
 * never held while a webhook is sent.
 */
final class SandboxEngine {

    /** How long a checkout session stays open. */
    static final Duration SESSION_TTL = Duration.ofMinutes(30);

    static final String MERCHANT_NOT_FOUND = "EXTERNAL_402_MERCHANT_NOT_FOUND";
    static final String SESSION_NOT_FOUND = "CHECKOUT_SESSION_NOT_FOUND";
    static final String INVALID_SESSION_REQUEST = "INVALID_CHECKOUT_SESSION_REQUEST";

    private final Object lock = new Object();
    private final String merchant;
    private final String origin;
    private final String webhookSecret;
    private final Clock clock;
    private final WebhookSender sender;
    private volatile String sandboxOrigin;

    // Guarded by lock.
    private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();
    private final List<MeteredStatements.Usage> usage = new ArrayList<>();
    private final Deque<ApiFault> apiFaults = new ArrayDeque<>();
    private long sessionCounter;
    private SandboxReadiness readiness = SandboxReadiness.READY;
    private ApiFault.Status hostedCheckoutOutage;

    SandboxEngine(String merchant, String origin, String webhookSecret, Clock clock, WebhookSender sender) {
        this.merchant = merchant;
        this.origin = origin;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
        this.sender = sender;
    }

    /** Set once the port is known: {@code http://127.0.0.1:<port>}. */
    void sandboxOrigin(String value) {
        sandboxOrigin = value;
    }

    Instant now() {
        return clock.instant();
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

    Optional<ApiFault.Status> hostedCheckoutOutage() {
        synchronized (lock) {
            return Optional.ofNullable(hostedCheckoutOutage);
        }
    }

    void injectApiFaults(ApiFault fault, int count) {
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                apiFaults.addLast(fault);
            }
        }
    }

    ApiFault pollApiFault() {
        synchronized (lock) {
            return apiFaults.pollFirst();
        }
    }

    List<ApiFault> pendingApiFaults() {
        synchronized (lock) {
            return List.copyOf(apiFaults);
        }
    }

    void clearApiFaults() {
        synchronized (lock) {
            apiFaults.clear();
        }
    }

    void reset() {
        synchronized (lock) {
            sessions.clear();
            usage.clear();
            apiFaults.clear();
            sessionCounter = 0;
            readiness = SandboxReadiness.READY;
            hostedCheckoutOutage = null;
        }
        sender.reset();
    }

    // ---- merchant routes ----

    boolean isMerchant(String key) {
        try {
            return merchant.equals(SdrpInputs.selfServiceMerchant(key));
        } catch (SdrpValidationException e) {
            return false;
        }
    }

    Map<String, Object> merchantJson() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("environment", "sandbox");
        metadata.put("checkout_allowed_origins", List.of(origin));
        metadata.put("webhook_callback_url", sender.webhookUrl());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("merchant_account_id", "macc_sandbox_local");
        account.put("merchant", merchant);
        account.put("merchant_user_id", "usr_sandbox_merchant");
        account.put("billing_mandate_id", "mandate_sandbox_active");
        account.put("status", "active");
        account.put("billing_status", "active");
        account.put("billing_plan", "launch");
        account.put("billing_currency", "JPY");
        account.put("token_symbol", "JPYC");
        account.put("metadata_jsonb", metadata);
        Map<String, Object> mandate = new LinkedHashMap<>();
        mandate.put("mandate_id", "mandate_sandbox_active");
        mandate.put("status", "active");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("merchant_account", account);
        json.put("challenge_secret_created", true);
        json.put("mandate", mandate);
        return json;
    }

    Map<String, Object> readinessJson() {
        SandboxReadiness current = readiness();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", "standard_hosted_checkout");
        body.put("ready", current.ready());
        body.put("status", current.status());
        body.put("checks", List.of());
        body.put("missing_requirements", current.missingRequirements());
        body.put("blockers", current.blockers());
        body.put("merchant_responsibility_attested", true);
        body.put("responsibility_attestation_version", "sdrp_standard_hosted_checkout_responsibility_v1");
        body.put("live_mode_enabled", true);
        return Map.of("standard_hosted_checkout_readiness", body);
    }

    /** The one subscription, to the webhook URL; none while no URL is set. */
    List<Map<String, Object>> subscriptionsJson() {
        String url = sender.webhookUrl();
        if (url == null) {
            return List.of();
        }
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("id", WebhookSender.SUBSCRIPTION_ID);
        subscription.put("webhook_subscription_id", WebhookSender.SUBSCRIPTION_ID);
        subscription.put("callback_url", url);
        subscription.put("status", "active");
        subscription.put("event_types", List.of(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED));
        subscription.put("signing_secret_hint", secretHint(webhookSecret));
        subscription.put("metadata", Map.of("environment", "sandbox"));
        return List.of(subscription);
    }

    static String secretHint(String secret) {
        return secret.length() <= 4 ? secret : secret.substring(secret.length() - 4);
    }

    // ---- checkout sessions ----

    /** Throws the configured outage when Hosted Checkout is switched off. */
    void requireHostedCheckout() {
        ApiFault.Status outage = hostedCheckoutOutage().orElse(null);
        if (outage != null) {
            throw new SandboxException(outage.status(), outage.code(), outage.message());
        }
    }

    Map<String, Object> createSession(Map<String, Object> body) {
        requireHostedCheckout();
        SandboxReadiness current = readiness();
        if (!current.ready()) {
            throw new SandboxException(409, "HOSTED_CHECKOUT_READINESS_REQUIRED",
                    "Hosted Checkout readiness is incomplete: missing_requirements=" + current.missingRequirements()
                            + ", blockers=" + current.blockers());
        }
        if (!(body.get("merchant") instanceof String key) || !isMerchant(key)) {
            throw new SandboxException(404, MERCHANT_NOT_FOUND, "sandbox merchant not found");
        }
        String currency;
        long amountMinor;
        String successUrl;
        String cancelUrl;
        try {
            currency = currency(body.get("currency"));
            amountMinor = amountMinor(body.get("amount_minor"));
            successUrl = SdrpInputs.returnUrl("success_url", text(body.get("success_url")));
            cancelUrl = SdrpInputs.returnUrl("cancel_url", text(body.get("cancel_url")));
        } catch (SdrpValidationException e) {
            throw new SandboxException(400, INVALID_SESSION_REQUEST, e.getMessage());
        }
        Map<String, Object> metadata = body.get("metadata") instanceof Map<?, ?> map
                ? Collections.unmodifiableMap(new LinkedHashMap<>(castMap(map)))
                : Map.of();
        Instant now = now();
        SessionRecord session;
        synchronized (lock) {
            sessionCounter++;
            String id = "chk_sandbox_" + sessionCounter;
            session = new SessionRecord(id, merchant, amountMinor, currency, SdrpInputs.defaultToken(currency),
                    challengeHash(id, body.get("nonce")), successUrl, cancelUrl, sandboxOrigin + "/pay/" + id,
                    metadata, now, now.plus(SESSION_TTL));
            sessions.put(id, session);
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("checkout_url", session.checkoutUrl);
        created.put("session_id", session.id);
        created.put("challenge_hash", session.challengeHash);
        created.put("status", SessionRecord.OPEN);
        created.put("expires_at", Json.iso(session.expiresAt));
        return created;
    }

    Map<String, Object> sessionJson(String id) {
        requireHostedCheckout();
        synchronized (lock) {
            return find(id).toJson(now());
        }
    }

    Optional<SandboxCheckoutSession> session(String id) {
        synchronized (lock) {
            SessionRecord session = sessions.get(id);
            return session == null ? Optional.empty() : Optional.of(session.snapshot(now()));
        }
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
            session.status = SessionRecord.PAID;
            session.paidAt = now;
            session.requirementId = "dpr_sandbox_" + session.id;
            Map<String, Object> data = ConfirmationEvents.paymentData(now, new ConfirmationEvents.Payment(
                    session.merchant, session.requirementId, session.challengeHash, session.amountMinor,
                    session.currency, session.tokenSymbol, session.chainReceiptId()));
            toSend = StoredEvent.of(ConfirmationEvents.event(ConfirmationEvents.newEventId(now),
                    Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED, now, data));
            session.confirmationEvent = toSend;
            if (session.band.isMetered()) {
                usage.add(0, MeteredStatements.Usage.of(session, session.band, toSend, now));
            }
            outcome = paidOutcome(session);
        }
        sender.deliver(toSend);
        return outcome;
    }

    /** Cancels an open session; cancelling again answers the same result. */
    CheckoutOutcome cancel(String id) {
        synchronized (lock) {
            SessionRecord session = find(id);
            if (!SessionRecord.CANCELLED.equals(session.status)) {
                Instant now = now();
                requireOpen(session, now);
                session.status = SessionRecord.CANCELLED;
                session.cancelledAt = now;
            }
            return new CheckoutOutcome(session.id, SessionRecord.CANCELLED,
                    withSessionId(session.cancelUrl, session.id), null, null);
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

    /** Queues (and makes the first attempt of) a test delivery: sandbox event data with the caller's laid over it. */
    Map.Entry<StoredEvent, WebhookDelivery> testDelivery(String eventType, Map<String, Object> overlay) {
        Instant now = now();
        Map<String, Object> data = ConfirmationEvents.baseData(now);
        data.putAll(overlay);
        StoredEvent event = StoredEvent.of(ConfirmationEvents.event(ConfirmationEvents.newEventId(now),
                eventType, now, data));
        return Map.entry(event, sender.deliver(event));
    }

    // ---- Micro / Nano statements ----

    List<MeteredStatements.Usage> usage(Map<String, String> query) {
        synchronized (lock) {
            return MeteredStatements.filter(usage, query);
        }
    }

    // ---- helpers ----

    private SessionRecord find(String id) {
        SessionRecord session = sessions.get(id);
        if (session == null) {
            throw new SandboxException(404, SESSION_NOT_FOUND, "sandbox session not found");
        }
        return session;
    }

    private static void requireOpen(SessionRecord session, Instant now) {
        String status = session.statusAt(now);
        if (SessionRecord.EXPIRED.equals(status)) {
            throw new SandboxException(409, "CHECKOUT_SESSION_EXPIRED", "sandbox session has expired");
        }
        if (!SessionRecord.OPEN.equals(status)) {
            throw new SandboxException(409, "CHECKOUT_SESSION_NOT_OPEN", "sandbox session is " + status);
        }
    }

    private static CheckoutOutcome paidOutcome(SessionRecord session) {
        return new CheckoutOutcome(session.id, SessionRecord.PAID, withSessionId(session.successUrl, session.id),
                session.confirmationEvent.id(), session.confirmationEvent.type());
    }

    /** Adds {@code session_id} to a return URL's query, before any fragment. */
    static String withSessionId(String url, String sessionId) {
        int hash = url.indexOf('#');
        String head = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = head.contains("?") ? "&" : "?";
        return head + separator + "session_id="
                + URLEncoder.encode(sessionId, StandardCharsets.UTF_8).replace("+", "%20") + fragment;
    }

    /**
     * The reference sandbox's challenge hash: {@code sha256:sandbox_} and the 8-hex-digit
     * absolute 32-bit string hash of {@code "<session id>:<nonce>"}. That hash is exactly
     * {@link String#hashCode()}; the absolute value is taken in 64 bits so that
     * {@code Integer.MIN_VALUE} maps to {@code 80000000} as it does there.
     */
    static String challengeHash(String sessionId, Object nonce) {
        String seed = sessionId + ":" + nonceText(nonce);
        String hex = Long.toHexString(Math.abs((long) seed.hashCode()));
        return "sha256:sandbox_" + "0".repeat(Math.max(0, 8 - hex.length())) + hex;
    }

    private static String nonceText(Object nonce) {
        if (nonce instanceof String text) {
            return text;
        }
        if (nonce instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (nonce instanceof Number number) {
            return number.longValue() == 0 ? "" : number.toString();
        }
        return nonce instanceof Boolean flag && flag ? "true" : "";
    }

    private static String currency(Object value) {
        if (value == null || "".equals(value)) {
            return "JPY";
        }
        if (!(value instanceof String text)) {
            throw new SdrpValidationException("currency", "currency must be one of [JPY, USD]");
        }
        return SdrpInputs.currency(text);
    }

    /**
     * An integral JSON number, or a string holding one, as the reference accepts; the range is
     * checked by {@link SdrpInputs#positiveInteger(String, long)}.
     */
    static long amountMinor(Object value) {
        BigDecimal number = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger integer) {
            number = new BigDecimal(integer);
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof String text) {
            try {
                number = new BigDecimal(SdrpInputs.trim(text));
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        long integral = 0;
        if (number != null && number.signum() > 0 && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && number.stripTrailingZeros().scale() <= 0) {
            integral = number.longValueExact();
        }
        // Anything that is not an integer reaches the shared rule as 0, which it refuses with its usual message.
        return SdrpInputs.positiveInteger("amount_minor", integral);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
