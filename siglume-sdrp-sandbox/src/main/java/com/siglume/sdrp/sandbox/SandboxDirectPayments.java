package com.siglume.sdrp.sandbox;

import static com.siglume.sdrp.sandbox.SandboxRequirement.CONFIRMED;
import static com.siglume.sdrp.sandbox.SandboxRequirement.EXPIRED;
import static com.siglume.sdrp.sandbox.SandboxRequirement.PENDING;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.internal.SdrpJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The buyer side of the sandbox: payment requirements created from a merchant's signed
 * challenge and paid by executing their prepared transactions, as an agent pays. A paid
 * requirement goes into the same books as a confirmed Hosted Checkout session and sends the same
 * signed {@code direct_payment.confirmed} webhook, with the same retries and faults.
 *
 * <p>The merchant challenge is the idempotency key: creating a requirement again with the same
 * challenge and the same request returns the first one, and executing a transaction again
 * returns its first receipt, so a buyer that retries pays once.
 *
 * <p>Thread-safe: the requirements are guarded by one lock, which is never held while a webhook
 * is sent.
 */
public final class SandboxDirectPayments {

    /** Code of a challenge the merchant's challenge secret did not sign for this request. */
    public static final String CHALLENGE_INVALID = "EXTERNAL_402_CHALLENGE_INVALID";
    /** Code of a challenge already used for a different request. */
    public static final String CHALLENGE_REUSED = "EXTERNAL_402_CHALLENGE_REUSED";
    /** Code of an unknown requirement id. */
    public static final String REQUIREMENT_NOT_FOUND = "PAYMENT_REQUIREMENT_NOT_FOUND";
    /** Code of a requirement left unpaid past its expiry. */
    public static final String REQUIREMENT_EXPIRED = "PAYMENT_REQUIREMENT_EXPIRED";
    /** Code of a transaction that is not the one the requirement prepared. */
    public static final String TRANSACTION_MISMATCH = "PREPARED_TRANSACTION_MISMATCH";
    /** Code of a payment executed before the allowance it asked for was approved. */
    public static final String ALLOWANCE_REQUIRED = "ALLOWANCE_REQUIRED";
    /** Code of a verification naming a receipt the requirement does not have. */
    public static final String RECEIPT_MISMATCH = "RECEIPT_MISMATCH";
    /** Code of a verification that waits for a status the requirement has not reached. */
    public static final String NOT_CONFIRMED = "PAYMENT_NOT_CONFIRMED";

    /** How long a requirement can be paid, as long as a checkout session stays open. */
    static final Duration REQUIREMENT_TTL = SandboxState.SESSION_TTL;

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    private final Object lock = new Object();
    private final String merchant;
    private final String challengeSecret;
    private final Clock clock;
    private final WebhookSender sender;
    private final SandboxBooks books;

    // Guarded by lock.
    private final Map<String, Requirement> requirements = new LinkedHashMap<>();
    private final Map<String, Requirement> byChallengeHash = new HashMap<>();
    private long requirementCounter;
    private long receiptCounter;

    SandboxDirectPayments(String merchant, String challengeSecret, Clock clock, WebhookSender sender,
                          SandboxBooks books) {
        this.merchant = merchant;
        this.challengeSecret = challengeSecret;
        this.clock = clock;
        this.sender = sender;
        this.books = books;
    }

    /**
     * What a create-requirement call asks for, its fields already checked.
     *
     * @param amountMinor a positive amount in minor units
     * @param currency {@code JPY} or {@code USD}
     * @param challenge the merchant's challenge string
     * @param tokenSymbol the currency's token
     * @param allowanceAmountMinor an allowance of at least the amount, or {@code null}
     * @param metadata the buyer's metadata, in its order
     */
    public record NewRequirement(long amountMinor, String currency, String challenge, String tokenSymbol,
                                 Long allowanceAmountMinor, Map<String, Object> metadata) {

        /**
         * Copies the metadata.
         *
         * @param amountMinor the amount
         * @param currency the currency
         * @param challenge the challenge
         * @param tokenSymbol the token
         * @param allowanceAmountMinor the allowance, or {@code null}
         * @param metadata the metadata
         */
        public NewRequirement {
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /**
     * A created requirement.
     *
     * @param requirement the requirement
     * @param replayed {@code true} when the challenge had created it before
     */
    public record Created(SandboxRequirement requirement, boolean replayed) {
    }

    /**
     * An execute-prepared call, its fields already checked.
     *
     * @param requirementId the {@code reference_id}
     * @param receiptKind {@code sdrp_direct_payment} or {@code sdrp_direct_payment_allowance}
     * @param transactionRequest the transaction sent back
     * @param metadata the execution metadata
     * @param awaitFinality whether the caller waits for finality
     */
    public record Execution(String requirementId, String receiptKind, JsonNode transactionRequest,
                            Map<String, Object> metadata, boolean awaitFinality) {
    }

    /**
     * An executed transaction.
     *
     * @param receipt its receipt
     * @param requirement the requirement afterwards
     * @param replayed {@code true} when the transaction had been executed before: nothing moved again
     */
    public record Executed(SandboxRequirement.Receipt receipt, SandboxRequirement requirement, boolean replayed) {
    }

    /**
     * A verify call, its fields already checked.
     *
     * @param receiptId a receipt the requirement must have, or {@code null}
     * @param chainReceiptId the on-chain receipt it must have, or {@code null}
     * @param awaitFinality whether the caller waits for the payment's finality
     * @param awaitRequiredStatus a status or settlement status it must have reached, or {@code null}
     */
    public record Verification(String receiptId, String chainReceiptId, boolean awaitFinality,
                               String awaitRequiredStatus) {
    }

    /**
     * Creates a requirement for the sandbox merchant, {@code dpr_sandbox_<n>}, after checking the
     * challenge with the merchant's challenge secret.
     *
     * @param request the checked request
     * @return the requirement, and whether the challenge had created it before
     * @throws SandboxException 422 {@value #CHALLENGE_INVALID} when the secret did not sign this
     *         merchant, amount and currency; 409 {@value #CHALLENGE_REUSED} when the challenge
     *         created a requirement for a different request
     */
    public Created create(NewRequirement request) {
        if (!DirectPaymentChallenges.verify(challengeSecret, merchant, request.amountMinor(), request.currency(),
                request.challenge())) {
            throw new SandboxException(422, CHALLENGE_INVALID,
                    "the challenge is not signed by the merchant's challenge secret for this merchant, amount and currency");
        }
        String challengeHash = DirectPaymentChallenges.challengeHash(request.challenge());
        Instant now = clock.instant();
        synchronized (lock) {
            Requirement existing = byChallengeHash.get(challengeHash);
            if (existing != null) {
                if (!existing.request.equals(request)) {
                    throw new SandboxException(409, CHALLENGE_REUSED,
                            "the challenge was already used for another payment requirement; ask the merchant for a new one");
                }
                return new Created(existing.snapshot(now), true);
            }
            requirementCounter++;
            Requirement created = new Requirement("dpr_sandbox_" + requirementCounter, request, challengeHash, now);
            requirements.put(created.id, created);
            byChallengeHash.put(challengeHash, created);
            return new Created(created.snapshot(now), false);
        }
    }

    /**
     * Returns a requirement.
     *
     * @param requirementId the id
     * @return the requirement as it is now
     * @throws SandboxException 404 {@value #REQUIREMENT_NOT_FOUND} when there is none
     */
    public SandboxRequirement requirement(String requirementId) {
        synchronized (lock) {
            return find(requirementId).snapshot(clock.instant());
        }
    }

    Optional<SandboxRequirement> lookup(String requirementId) {
        synchronized (lock) {
            Requirement requirement = requirements.get(requirementId);
            return requirement == null ? Optional.empty() : Optional.of(requirement.snapshot(clock.instant()));
        }
    }

    /**
     * Executes a requirement's prepared transaction. The allowance approval, when the requirement
     * has one, must come before the payment. Paying records the payment in the books and
     * delivers the merchant's {@code direct_payment.confirmed} event; the first delivery attempt
     * finishes before this returns. Executing a transaction again answers its first receipt and
     * moves nothing.
     *
     * @param execution the checked call
     * @return the receipt and the requirement afterwards
     * @throws SandboxException 404 {@value #REQUIREMENT_NOT_FOUND}; 409
     *         {@value #TRANSACTION_MISMATCH} when the transaction is not the prepared one (or the
     *         requirement has no allowance to approve), {@value #REQUIREMENT_EXPIRED} once
     *         expired, {@value #ALLOWANCE_REQUIRED} for a payment before its allowance
     */
    public Executed execute(Execution execution) {
        boolean allowance = Sdrp.RECEIPT_KIND_ALLOWANCE.equals(execution.receiptKind());
        StoredEvent toSend;
        Executed executed;
        synchronized (lock) {
            Requirement requirement = find(execution.requirementId());
            Instant now = clock.instant();
            JsonNode prepared = allowance ? requirement.approveTransaction : requirement.transaction;
            if (prepared == null) {
                throw new SandboxException(409, TRANSACTION_MISMATCH,
                        "the payment requirement has no allowance to approve");
            }
            if (!prepared.equals(execution.transactionRequest())) {
                throw new SandboxException(409, TRANSACTION_MISMATCH,
                        "transaction_request is not the transaction the payment requirement prepared");
            }
            SandboxRequirement.Receipt done = allowance ? requirement.allowanceReceipt : requirement.paymentReceipt;
            if (done != null) {
                return new Executed(done, requirement.snapshot(now), true);
            }
            if (EXPIRED.equals(requirement.statusAt(now))) {
                throw new SandboxException(409, REQUIREMENT_EXPIRED,
                        "the payment requirement has expired; create a new one from a new merchant challenge");
            }
            if (allowance) {
                requirement.allowanceReceipt = receipt(execution, null, now);
                return new Executed(requirement.allowanceReceipt, requirement.snapshot(now), false);
            }
            if (requirement.approveTransaction != null && requirement.allowanceReceipt == null) {
                throw new SandboxException(409, ALLOWANCE_REQUIRED,
                        "approve the requirement's allowance (approve_transaction_request) before paying");
            }
            toSend = pay(requirement, execution, now);
            executed = new Executed(requirement.paymentReceipt, requirement.snapshot(now), false);
        }
        sender.deliver(toSend);
        return executed;
    }

    /**
     * Verifies a requirement against what the buyer expects of it. The sandbox settles at once,
     * so there is never anything to wait for: a status not reached now is refused now.
     *
     * @param requirementId the id
     * @param verification the checked call
     * @return the requirement
     * @throws SandboxException 404 {@value #REQUIREMENT_NOT_FOUND}; 409 {@value #RECEIPT_MISMATCH}
     *         when a named receipt is not the requirement's, {@value #NOT_CONFIRMED} when
     *         finality or a status is awaited that the requirement has not reached
     */
    public SandboxRequirement verify(String requirementId, Verification verification) {
        synchronized (lock) {
            SandboxRequirement requirement = find(requirementId).snapshot(clock.instant());
            String receiptId = verification.receiptId();
            if (receiptId != null && !receiptId.equals(receiptId(requirement.paymentReceipt()))
                    && !receiptId.equals(receiptId(requirement.allowanceReceipt()))) {
                throw new SandboxException(409, RECEIPT_MISMATCH, "receipt_id is not a receipt of this payment requirement");
            }
            if (verification.chainReceiptId() != null
                    && !verification.chainReceiptId().equals(requirement.chainReceiptId())) {
                throw new SandboxException(409, RECEIPT_MISMATCH,
                        "chain_receipt_id is not the on-chain receipt of this payment requirement");
            }
            if (verification.awaitFinality() && !CONFIRMED.equals(requirement.status())) {
                throw new SandboxException(409, NOT_CONFIRMED,
                        "the payment requirement is " + requirement.status() + "; execute its payment first");
            }
            String wanted = verification.awaitRequiredStatus();
            if (wanted != null && !wanted.equals(requirement.status()) && !wanted.equals(requirement.settlementStatus())) {
                throw new SandboxException(409, NOT_CONFIRMED, "the payment requirement is " + requirement.status()
                        + " (settlement " + requirement.settlementStatus() + "), not " + wanted);
            }
            return requirement;
        }
    }

    void reset() {
        synchronized (lock) {
            requirements.clear();
            byChallengeHash.clear();
            requirementCounter = 0;
            receiptCounter = 0;
        }
    }

    /** Marks a requirement paid, records it in the books and builds its confirmation event. */
    private StoredEvent pay(Requirement requirement, Execution execution, Instant now) {
        PricingBand band = requirement.band;
        NewRequirement request = requirement.request;
        String chainReceiptId = band.isMetered() ? null : "chain_sandbox_" + requirement.id;
        requirement.paymentReceipt = receipt(execution, chainReceiptId, now);
        requirement.confirmedAt = now;
        Map<String, Object> data = ConfirmationEvents.paymentData(now, new ConfirmationEvents.Payment(merchant,
                requirement.id, requirement.challengeHash, request.amountMinor(), request.currency(),
                request.tokenSymbol(), chainReceiptId, requirement.requestHashV2));
        StoredEvent event = StoredEvent.of(ConfirmationEvents.event(ConfirmationEvents.newEventId(now),
                Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED, now, data));
        requirement.confirmationEventId = event.id();
        Map<String, Object> metadata = new LinkedHashMap<>(request.metadata());
        metadata.putAll(execution.metadata());
        books.record(new SandboxPayment(requirement.id, SandboxPayment.Channel.DIRECT_API, merchant,
                request.amountMinor(), request.currency(), request.tokenSymbol(), band, requirement.id,
                requirement.challengeHash, chainReceiptId, metadata, now, event.json()));
        return event;
    }

    private SandboxRequirement.Receipt receipt(Execution execution, String chainReceiptId, Instant now) {
        receiptCounter++;
        String id = "rcpt_sandbox_" + receiptCounter;
        return new SandboxRequirement.Receipt(id, execution.receiptKind(), "0x" + sha256Hex(id), chainReceiptId, now,
                execution.awaitFinality(), execution.metadata());
    }

    private Requirement find(String requirementId) {
        Requirement requirement = requirements.get(requirementId);
        if (requirement == null) {
            throw new SandboxException(404, REQUIREMENT_NOT_FOUND, "sandbox payment requirement not found");
        }
        return requirement;
    }

    private static String receiptId(SandboxRequirement.Receipt receipt) {
        return receipt == null ? null : receipt.receiptId();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** One requirement's state; mutable, guarded by the lock. */
    private final class Requirement {

        final String id;
        final NewRequirement request;
        final PricingBand band;
        final String challengeHash;
        final String requestHash;
        final String requestHashV2;
        final Instant createdAt;
        final Instant expiresAt;
        /** The prepared transactions as the answer's JSON reads back, to compare with what comes back. */
        final JsonNode transaction;
        final JsonNode approveTransaction;

        SandboxRequirement.Receipt allowanceReceipt;
        SandboxRequirement.Receipt paymentReceipt;
        Instant confirmedAt;
        String confirmationEventId;

        Requirement(String id, NewRequirement request, String challengeHash, Instant now) {
            this.id = id;
            this.request = request;
            this.band = PricingBand.of(request.currency(), request.amountMinor());
            this.challengeHash = challengeHash;
            this.requestHash = DirectPaymentChallenges.requestHash(merchant, request.amountMinor(), request.currency(),
                    request.challenge());
            this.requestHashV2 = DirectPaymentChallenges.requestHashV2(merchant, request.amountMinor(),
                    request.currency(), request.challenge());
            this.createdAt = now;
            this.expiresAt = now.plus(REQUIREMENT_TTL);
            this.transaction = json(transaction(request.amountMinor(), "transfer", false));
            this.approveTransaction = request.allowanceAmountMinor() == null ? null
                    : json(transaction(request.allowanceAmountMinor(), "approve", true));
        }

        /** A prepared transaction in the shape the API sends; nothing in it is a real chain's. */
        private Map<String, Object> transaction(long amountMinor, String method, boolean approval) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("source", "siglume_sandbox");
            metadata.put("requirement_id", id);
            Map<String, Object> tx = new LinkedHashMap<>();
            tx.put("network", "sandbox");
            tx.put("from", "0xsandbox_buyer");
            tx.put("to", approval ? "0xsandbox_" + request.tokenSymbol().toLowerCase(Locale.ROOT)
                    : "0xsandbox_" + merchant);
            tx.put("data", "0x" + method + "_" + id);
            tx.put("value", "0");
            tx.put("token_symbol", request.tokenSymbol());
            tx.put("amount_minor", amountMinor);
            tx.put("metadata_jsonb", metadata);
            return tx;
        }

        String statusAt(Instant now) {
            if (paymentReceipt != null) {
                return CONFIRMED;
            }
            return now.isBefore(expiresAt) ? PENDING : EXPIRED;
        }

        SandboxRequirement snapshot(Instant now) {
            return new SandboxRequirement(id, merchant, request.amountMinor(), request.currency(),
                    request.tokenSymbol(), band, challengeHash, requestHash, requestHashV2,
                    request.allowanceAmountMinor(), request.metadata(), statusAt(now), map(transaction),
                    approveTransaction == null ? null : map(approveTransaction), createdAt, expiresAt, confirmedAt,
                    allowanceReceipt, paymentReceipt, confirmationEventId);
        }
    }

    private static JsonNode json(Map<String, Object> value) {
        // Read back from its own bytes, so it compares equal to the same JSON sent back by a client.
        return SdrpJson.MAPPER.readTree(SdrpJson.MAPPER.writeValueAsBytes(value));
    }

    private static Map<String, Object> map(JsonNode value) {
        return Objects.requireNonNull(SdrpJson.MAPPER.convertValue(value, JSON_OBJECT));
    }
}
