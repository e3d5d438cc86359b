package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.payments.PreparedTransactionResult;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.spring.ai.policy.Approval;
import com.siglume.sdrp.spring.ai.policy.CurrencyLimits;
import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import com.siglume.sdrp.spring.ai.policy.Refusal;
import com.siglume.sdrp.spring.ai.policy.RefusalReason;
import com.siglume.sdrp.spring.ai.policy.SiglumePaymentApprover;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's payments, with the spend policy enforced in code before any money moves: what the
 * Spring AI tools and the MCP server call.
 *
 * <p>{@link #pay} pays a merchant's offer at most once per challenge: the ledger is checked, then
 * the {@link SpendPolicy}, then the {@link SiglumePaymentApprover}; the amount is reserved against
 * the period's budget in the {@link JdbcSpendLedger}; then the payment requirement is created,
 * executed and verified. A refusal at any step is a {@link PaymentOutcome.Refused} with a reason
 * code; nothing is paid. When Siglume certainly did not take the money the reservation is given
 * back; when the outcome is unknown it stays, and the challenge is never paid again.
 *
 * <p>Every decision is logged (merchant, amount, currency, challenge hash, requirement id; never
 * the challenge or a token) and observed as {@value #OBSERVATION_NAME} with the low-cardinality
 * keys {@code outcome} ({@code paid}, {@code replayed}, {@code refused}), {@code reason} (a
 * {@link RefusalReason#wireName()} or {@code none}) and {@code currency}.
 *
 * <p>Immutable and thread-safe; build it with {@link #builder()}.
 */
public final class SiglumeAgentPayments {

    /** The observation recorded for each payment decision. */
    public static final String OBSERVATION_NAME = "siglume.agent.payments";

    private static final Logger log = LoggerFactory.getLogger(SiglumeAgentPayments.class);

    private final SiglumePaymentClient client;
    private final SpendPolicy policy;
    private final SiglumePaymentApprover approver;
    private final JdbcSpendLedger ledger;
    private final ObservationRegistry observations;
    private final Clock clock;

    private SiglumeAgentPayments(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "client");
        this.policy = Objects.requireNonNull(builder.policy, "policy");
        this.approver = Objects.requireNonNull(builder.approver, "approver");
        this.ledger = Objects.requireNonNull(builder.ledger, "ledger");
        this.observations = builder.observations;
        this.clock = builder.clock;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Looks at an offer without paying or reserving anything and without asking the approver:
     * its pricing band, the budget left, the policy rule it breaks, and whether it was paid.
     *
     * @param offer the offer
     * @return the review
     */
    public OfferReview review(PaymentOffer offer) {
        LocalDate periodStart = currentPeriod();
        Optional<LedgerEntry> previous = ledger.find(offer.challengeHash());
        Optional<CurrencyLimits> limits = policy.limits(offer.currency());
        Long remaining = limits.map(l -> l.budgetPerPeriod() - ledger.spent(offer.currency(), periodStart))
                .orElse(null);
        Refusal refusal = policy.check(offer).orElseGet(() -> remaining != null && offer.amountMinor() > remaining
                ? budgetExceeded(offer, limits.get().budgetPerPeriod() - remaining, limits.get().budgetPerPeriod())
                : null);
        return new OfferReview(offer, offer.pricingBand(), periodStart, remaining, refusal, previous.orElse(null));
    }

    /**
     * Pays an offer unless the policy, the approver or the budget refuses it; paying a challenge
     * that was paid before returns the first payment's receipt and pays nothing.
     *
     * @param offer the offer
     * @return paid (now or before), or refused with the reason
     */
    public PaymentOutcome pay(PaymentOffer offer) {
        Observation observation = Observation.createNotStarted(OBSERVATION_NAME, observations)
                .contextualName("siglume agent payment")
                .lowCardinalityKeyValue("currency", offer.currency())
                .start();
        try {
            PaymentOutcome outcome = decideAndPay(offer);
            String result = outcome instanceof PaymentOutcome.Paid paid ? (paid.replayed() ? "replayed" : "paid")
                    : "refused";
            String reason = outcome instanceof PaymentOutcome.Refused refused ? refused.refusal().reason().wireName()
                    : "none";
            observation.lowCardinalityKeyValue("outcome", result).lowCardinalityKeyValue("reason", reason);
            logDecision(offer, outcome, result, reason);
            return outcome;
        } catch (RuntimeException e) {
            observation.lowCardinalityKeyValue("outcome", "error").lowCardinalityKeyValue("reason", "none");
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    /**
     * Reads a payment requirement's current state from Siglume.
     *
     * @param requirementId the requirement id
     * @return the requirement
     * @throws SdrpValidationException when the id is blank
     * @throws SiglumeApiException when Siglume refuses the call
     * @throws com.siglume.sdrp.client.SiglumeTransportException when no answer was obtained
     */
    public PaymentRequirement status(String requirementId) {
        return client.getPaymentRequirement(requirementId);
    }

    /**
     * Reads the buyer's Micro/Nano summary: open periods, settlement batches, past-due blocks.
     *
     * @return the summary
     * @throws SiglumeApiException when Siglume refuses the call
     * @throws com.siglume.sdrp.client.SiglumeTransportException when no answer was obtained
     */
    public BuyerMeteredSummary meteredSummary() {
        return client.getBuyerMeteredSummary();
    }

    /**
     * Returns the spend policy.
     *
     * @return the policy
     */
    public SpendPolicy policy() {
        return policy;
    }

    private PaymentOutcome decideAndPay(PaymentOffer offer) {
        Optional<LedgerEntry> previous = ledger.find(offer.challengeHash());
        if (previous.isPresent()) {
            return fromLedger(offer, previous.get());
        }
        Optional<Refusal> broken = policy.check(offer);
        if (broken.isPresent()) {
            return refused(broken.get(), null);
        }
        Approval approval = askApprover(offer);
        if (approval instanceof Approval.Deny deny) {
            return refused(RefusalReason.APPROVAL_DENIED, deny.reason(), null);
        }
        if (approval instanceof Approval.AskPerson ask) {
            return refused(RefusalReason.APPROVAL_REQUIRED, ask.message(), null);
        }
        long budget = policy.limits(offer.currency()).orElseThrow().budgetPerPeriod();
        Reservation reservation = ledger.reserve(offer, currentPeriod(), budget);
        if (reservation instanceof Reservation.AlreadyRecorded recorded) {
            return fromLedger(offer, recorded.entry());
        }
        if (reservation instanceof Reservation.BudgetExceeded exceeded) {
            return refused(budgetExceeded(offer, exceeded.spentMinor(), exceeded.budgetMinor()), null);
        }
        return payReserved(offer);
    }

    private Approval askApprover(PaymentOffer offer) {
        try {
            return Objects.requireNonNull(approver.review(offer), "the approver returned null");
        } catch (RuntimeException e) {
            log.warn("The payment approver failed for {}; the payment is denied", offer, e);
            return Approval.deny("The payment approver failed, so the payment is denied.");
        }
    }

    /** Makes the reserved payment; from here on money may move. */
    private PaymentOutcome payReserved(PaymentOffer offer) {
        String challengeHash = offer.challengeHash();
        PaymentRequirement requirement;
        try {
            requirement = client.createPaymentRequirement(PaymentRequirementRequest.of(offer.merchant(),
                    offer.amountMinor(), offer.currency(), offer.challenge()));
        } catch (SdrpException e) {
            // Creating a requirement moves no money, whatever the failure.
            ledger.release(challengeHash);
            return refused(RefusalReason.PAYMENT_FAILED, "Siglume did not create the payment requirement ("
                    + describe(e) + "); nothing was paid.", null);
        }
        String requirementId = requirementId(requirement);
        Optional<String> mismatch = mismatch(offer, requirement, requirementId);
        if (mismatch.isPresent()) {
            ledger.release(challengeHash);
            return refused(RefusalReason.REQUIREMENT_MISMATCH, mismatch.get() + "; nothing was paid.", requirementId);
        }
        ledger.recordRequirement(challengeHash, requirementId);
        PreparedTransactionResult executed;
        try {
            executed = client.executePayment(requirement);
        } catch (SdrpValidationException e) {
            // Refused by the client before anything was sent.
            ledger.release(challengeHash);
            return refused(RefusalReason.PAYMENT_FAILED, "The payment requirement cannot be executed ("
                    + e.getMessage() + "); nothing was paid.", requirementId);
        } catch (SiglumeApiException e) {
            if (certainlyNotExecuted(e)) {
                ledger.release(challengeHash);
                return refused(RefusalReason.PAYMENT_FAILED, "Siglume refused the payment (" + describe(e)
                        + "); nothing was paid.", requirementId);
            }
            return unknown(challengeHash, requirementId, e);
        } catch (RuntimeException e) {
            return unknown(challengeHash, requirementId, e);
        }
        PaymentRequirement verified = verify(requirementId);
        PaymentReceipt receipt = new PaymentReceipt(challengeHash, requirementId,
                text(executed.receipt().get("receipt_id"), text(executed.receipt().get("id"), null)),
                text(executed.receipt().get("chain_receipt_id"), verified == null ? null : verified.chainReceiptId()),
                offer.merchant(), offer.amountMinor(), offer.currency(), offer.pricingBand().wireName(),
                verified == null ? null : verified.status(), verified != null);
        ledger.recordPaid(receipt);
        return new PaymentOutcome.Paid(receipt, false);
    }

    private PaymentRequirement verify(String requirementId) {
        try {
            return client.verifyPaymentRequirement(requirementId);
        } catch (SdrpException e) {
            // The money moved: the payment stands, only its verification is missing.
            log.warn("Agent payment {} executed, but its verification failed ({}); read its status later",
                    requirementId, describe(e));
            return null;
        }
    }

    private PaymentOutcome unknown(String challengeHash, String requirementId, RuntimeException e) {
        ledger.recordUnknown(challengeHash);
        log.error("Agent payment {} was sent but its outcome is unknown ({}); the budget stays reserved and the"
                + " challenge will not be paid again", requirementId, describe(e));
        return refused(RefusalReason.PAYMENT_OUTCOME_UNKNOWN, "The payment was sent but Siglume's answer did not"
                + " arrive (" + describe(e) + "). Do not pay again: read the payment status of requirement "
                + requirementId + ".", requirementId);
    }

    private PaymentOutcome fromLedger(PaymentOffer offer, LedgerEntry entry) {
        if (!entry.merchant().equals(offer.merchant()) || entry.amountMinor() != offer.amountMinor()
                || !entry.currency().equals(offer.currency())) {
            return refused(RefusalReason.CHALLENGE_REUSED, "This challenge was already used for another offer ("
                    + entry.amountMinor() + " " + entry.currency() + " to " + entry.merchant()
                    + "); ask the merchant for a new one.", entry.requirementId());
        }
        return switch (entry.status()) {
            case PAID -> new PaymentOutcome.Paid(entry.receipt(), true);
            case RESERVED -> refused(RefusalReason.PAYMENT_IN_PROGRESS, "This challenge is being paid by another call,"
                    + " or a payment of it stopped before finishing; it is not paid again. Check the payment status"
                    + (entry.requirementId() == null ? " later." : " of requirement " + entry.requirementId() + "."),
                    entry.requirementId());
            case UNKNOWN -> refused(RefusalReason.PAYMENT_OUTCOME_UNKNOWN, "This challenge was sent for payment before"
                    + " and its outcome is unknown; it is not paid again. Read the payment status of requirement "
                    + entry.requirementId() + ".", entry.requirementId());
        };
    }

    private static Optional<String> mismatch(PaymentOffer offer, PaymentRequirement requirement, String requirementId) {
        if (requirementId == null) {
            return Optional.of("Siglume's payment requirement has no id");
        }
        boolean same = Objects.equals(requirement.amountMinor(), offer.amountMinor())
                && offer.currency().equals(requirement.currency())
                && offer.merchant().equals(requirement.merchant());
        return same ? Optional.empty() : Optional.of("Siglume's payment requirement " + requirementId + " is for "
                + requirement.amountMinor() + " " + requirement.currency() + " to " + requirement.merchant()
                + ", not the approved " + offer.amountMinor() + " " + offer.currency() + " to " + offer.merchant());
    }

    /** A 4xx other than a timeout or a conflict means the transaction was not executed. */
    private static boolean certainlyNotExecuted(SiglumeApiException e) {
        return e.status() >= 400 && e.status() < 500 && e.status() != 408 && e.status() != 409;
    }

    private static String requirementId(PaymentRequirement requirement) {
        return text(requirement.requirementId(),
                text(requirement.directPaymentRequirementId(), requirement.id()));
    }

    private static String text(Object first, String fallback) {
        return first instanceof String value && !value.isBlank() ? value : fallback;
    }

    private static String describe(SdrpException e) {
        return e instanceof SiglumeApiException api ? "HTTP " + api.status() + " " + api.code()
                : e.getClass().getSimpleName();
    }

    private static String describe(RuntimeException e) {
        return e instanceof SdrpException sdrp ? describe(sdrp) : e.getClass().getSimpleName();
    }

    private LocalDate currentPeriod() {
        return policy.budgetPeriod().start(clock.instant(), policy.zone());
    }

    private static Refusal budgetExceeded(PaymentOffer offer, long spent, long budget) {
        return new Refusal(RefusalReason.BUDGET_EXCEEDED, "Paying " + offer.amountMinor() + " " + offer.currency()
                + " would exceed this period's budget of " + budget + " " + offer.currency() + " (" + spent
                + " already spent or reserved).");
    }

    private static PaymentOutcome refused(Refusal refusal, String requirementId) {
        return new PaymentOutcome.Refused(refusal, requirementId);
    }

    private static PaymentOutcome refused(RefusalReason reason, String message, String requirementId) {
        return refused(new Refusal(reason, message), requirementId);
    }

    private static void logDecision(PaymentOffer offer, PaymentOutcome outcome, String result, String reason) {
        if (outcome instanceof PaymentOutcome.Paid paid) {
            log.info("Agent payment {}: merchant={} amount={} {} challenge_hash={} requirement_id={}", result,
                    offer.merchant(), offer.amountMinor(), offer.currency(), offer.challengeHash(),
                    paid.receipt().requirementId());
        } else if (outcome instanceof PaymentOutcome.Refused refused) {
            log.info("Agent payment refused ({}): merchant={} amount={} {} challenge_hash={} requirement_id={}: {}",
                    reason, offer.merchant(), offer.amountMinor(), offer.currency(), offer.challengeHash(),
                    refused.requirementId(), refused.refusal().message());
        }
    }

    /** Builds {@link SiglumeAgentPayments}; not thread-safe. */
    public static final class Builder {

        private SiglumePaymentClient client;
        private SpendPolicy policy;
        private SiglumePaymentApprover approver;
        private JdbcSpendLedger ledger;
        private ObservationRegistry observations = ObservationRegistry.NOOP;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the buyer's payment client (required).
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(SiglumePaymentClient client) {
            this.client = client;
            return this;
        }

        /**
         * Sets the spend policy (required).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(SpendPolicy policy) {
            this.policy = policy;
            return this;
        }

        /**
         * Sets the approver (required).
         *
         * @param approver the approver
         * @return this builder
         */
        public Builder approver(SiglumePaymentApprover approver) {
            this.approver = approver;
            return this;
        }

        /**
         * Sets the ledger (required).
         *
         * @param ledger the ledger
         * @return this builder
         */
        public Builder ledger(JdbcSpendLedger ledger) {
            this.ledger = ledger;
            return this;
        }

        /**
         * Sets where decisions are observed; defaults to none.
         *
         * @param observations the registry
         * @return this builder
         */
        public Builder observations(ObservationRegistry observations) {
            this.observations = Objects.requireNonNull(observations, "observations");
            return this;
        }

        /**
         * Sets the clock that picks the budget period; defaults to the UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws NullPointerException when a required value is missing
         */
        public SiglumeAgentPayments build() {
            return new SiglumeAgentPayments(this);
        }
    }
}
