package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.challenge.DirectPaymentChallenge;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Starts Hosted Checkout for a shop's orders, or issues the challenge an agent pays through the
 * direct API, with one active, durable attempt per order.
 *
 * <p>{@link #start} runs in a transaction of its own that holds the order (its locked attempts,
 * or for a new order an advisory lock or the insert of its first attempt; see
 * {@link JdbcCheckoutAttemptStore}), so concurrent starts of one order, in one application
 * instance or several on the same database, take turns and create one session. The attempt is
 * committed with its session id and challenge hash before the buyer is sent anywhere, so the
 * confirmation always finds it. While
 * the active attempt's session is open it is returned again; a new attempt, with nonce
 * {@code <orderId>-attempt_<n+1>}, is created only when that session is cancelled, expired,
 * failed or unknown to Siglume, or the order's amount or currency changed. A failed session
 * creation rolls its attempt back, so the next start retries the same attempt number, and so
 * the same nonce, as the protocol asks.
 *
 * <p>{@link #challenge} makes the order's active attempt a merchant challenge instead of a
 * session, signed with the challenge secret and stored with its hash before anyone sees it, so
 * the confirmation of the agent's payment is matched like a session's. It follows the same
 * rules and refusals; a start replaces an active challenge attempt (a buyer in the browser takes
 * over), while a challenge is refused as long as the active session is open.
 *
 * <p>Only Standard amounts are accepted unless Micro and Nano amounts are allowed
 * ({@code siglume.checkout.allow-metered}). Confirmations are matched to the attempts by
 * {@link CheckoutConfirmationMatcher}. Thread-safe.
 */
public final class SiglumeCheckout {

    private static final Log logger = LogFactory.getLog(SiglumeCheckout.class);

    /** Session statuses of a session that is over: a new attempt replaces it. */
    private static final Set<CheckoutSessionStatus> ENDED_STATUSES = EnumSet.of(CheckoutSessionStatus.EXPIRED,
            CheckoutSessionStatus.CANCELLED, CheckoutSessionStatus.FAILED);

    /** Transactions a start may lose to concurrent starts of the same order before giving up. */
    private static final int MAX_LOST_ROUNDS = 10;

    private final SiglumeMerchantClient client;
    private final JdbcCheckoutAttemptStore attempts;
    private final String merchant;
    private final CheckoutReturnUrls returnUrls;
    private final boolean allowMetered;
    private final @Nullable SiglumeChallengeSigner challengeSigner;

    private SiglumeCheckout(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "merchantClient");
        this.attempts = Objects.requireNonNull(builder.attempts, "attemptStore");
        this.merchant = SdrpInputs.selfServiceMerchant(builder.merchant);
        this.returnUrls = Objects.requireNonNull(builder.returnUrls, "returnUrls");
        this.allowMetered = builder.allowMetered;
        this.challengeSigner = builder.challengeSigner;
        if (challengeSigner != null && !challengeSigner.merchant().equals(merchant)) {
            throw new SdrpValidationException("challenge_signer", "the challenge signer signs for merchant "
                    + challengeSigner.merchant() + ", but the checkout is for merchant " + merchant);
        }
    }

    /**
     * Starts building a checkout.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the Hosted Checkout session the buyer should open for an order, creating the
     * order's next attempt when needed. An active agent challenge ({@link #challenge}) is replaced
     * by a session; a later payment of that challenge is still matched to the order.
     *
     * @param order the order, with the amount and currency of the shop's own records
     * @return where to send the buyer
     * @throws SdrpValidationException when {@code order} is {@code null}, or a configured return
     *         URL does not pass the checks
     * @throws CheckoutRefusedException when the order is paid, under review, being confirmed, or
     *         of a Micro/Nano amount that is not allowed; nothing was stored or sent
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled for the
     *         merchant; do not retry
     * @throws SiglumeApiException when the Siglume API refuses the call
     * @throws com.siglume.sdrp.client.SiglumeTransportException when the Siglume API did not answer
     * @throws org.springframework.dao.DataAccessException when the database fails
     */
    public CheckoutStart start(CheckoutOrder order) {
        return lockedRounds(order, this::startNewOrder, this::startLocked);
    }

    /**
     * Returns the merchant challenge an agent should pay for an order through the direct API,
     * creating the order's next attempt when needed. While the active attempt is a challenge for
     * the order's amount and currency, that challenge is returned again; the order's success and
     * cancel URLs, description and metadata are not used (there is no session).
     *
     * @param order the order, with the amount and currency of the shop's own records
     * @return the offer to give the agent
     * @throws SdrpValidationException when {@code order} is {@code null}
     * @throws IllegalStateException when the checkout has no challenge signer
     *         ({@code siglume.challenge-secret} is not set)
     * @throws CheckoutRefusedException when the order is paid, under review, being confirmed, has
     *         an open Hosted Checkout session, or is of a Micro/Nano amount that is not allowed;
     *         nothing was stored
     * @throws SiglumeApiException when reading the active attempt's session fails
     * @throws com.siglume.sdrp.client.SiglumeTransportException when the Siglume API did not answer
     *         while reading the active attempt's session
     * @throws org.springframework.dao.DataAccessException when the database fails
     */
    public OrderChallenge challenge(CheckoutOrder order) {
        if (challengeSigner == null) {
            throw new IllegalStateException("Agent challenges need the merchant's challenge secret: set"
                    + " siglume.challenge-secret (or SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET)");
        }
        return lockedRounds(order, this::challengeNewOrder, this::challengeLocked);
    }

    /**
     * Checks the order, then runs work in a transaction of its own holding the order's attempts,
     * again when a concurrent start or challenge of the order created its attempt first.
     *
     * <p>Where holding an order needs attempts to lock ({@link JdbcCheckoutAttemptStore#locksNewOrders}
     * is {@code false}), the first round claims a new order's first attempt instead. When the order
     * has attempts, that round ends without holding it: on MariaDB and MySQL the claim's read left
     * the attempts locked shared, and concurrent starts that each hold a shared lock and then ask
     * for an exclusive one deadlock one another.
     */
    private <T> T lockedRounds(CheckoutOrder order, Function<CheckoutOrder, Optional<T>> claimNewOrder,
            Function<CheckoutOrder, T> whileHeld) {
        if (order == null) {
            throw new SdrpValidationException("order", "order is required");
        }
        if (PricingBand.of(order.currency(), order.amountMinor()).isMetered() && !allowMetered) {
            throw new CheckoutRefusedException(order.orderId(), CheckoutRefusedException.Reason.METERED_NOT_ENABLED);
        }
        boolean claim = !attempts.locksNewOrders();
        for (int lost = 0; ; ) {
            try {
                if (claim) {
                    // Whatever this round finds, the order has or had attempts: later rounds hold it.
                    claim = false;
                    Optional<T> claimed = attempts.inNewTransaction(() -> claimNewOrder.apply(order));
                    if (claimed.isPresent()) {
                        return claimed.get();
                    }
                    continue;
                }
                return attempts.inNewTransaction(() -> whileHeld.apply(order));
            } catch (DuplicateKeyException | ConcurrencyFailureException concurrent) {
                // Another start or challenge of this order created its attempt first; the next round finds it.
                if (++lost == MAX_LOST_ROUNDS) {
                    throw concurrent;
                }
                logger.debug("Checkout of order " + order.orderId() + " met a concurrent start; reading again");
                backOff(lost, concurrent);
            }
        }
    }

    /**
     * Waits a few random milliseconds before the next round, growing with each round, so starts
     * that met again and again (a deadlock a database chose to break, a lock timeout) spread out.
     */
    private static void backOff(int round, RuntimeException concurrent) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * round + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw concurrent;
        }
    }

    /**
     * Lists an order's checkout attempts, oldest first.
     *
     * @param orderId the order id
     * @return the attempts, possibly none
     * @throws SdrpValidationException when the order id is not usable
     */
    public List<CheckoutAttempt> attempts(String orderId) {
        return attempts.findByOrderId(CheckoutOrder.orderId(orderId));
    }

    /** Claims a new order's first attempt and creates its session; empty when the order has attempts. */
    private Optional<CheckoutStart> startNewOrder(CheckoutOrder order) {
        String nonce = nonce(order, 1);
        if (!attempts.insertFirstActive(order, nonce, merchant, null)) {
            return Optional.empty();
        }
        return Optional.of(recordSession(order, 1, createSession(order, 1, nonce)));
    }

    private CheckoutStart startLocked(CheckoutOrder order) {
        JdbcCheckoutAttemptStore.OrderHold hold = holdPayable(order);
        List<CheckoutAttempt> existing = hold.attempts();
        Optional<CheckoutAttempt> active = existing.stream().filter(CheckoutAttempt::active).findFirst();
        if (active.isPresent()) {
            if (active.get().isAgentChallenge()) {
                // A buyer in the browser takes over; a late payment of the challenge is still matched.
                logger.info("Order " + order.orderId() + " checkout attempt " + active.get().attempt()
                        + " is an agent challenge; starting a Hosted Checkout attempt in its place");
            } else if (active.get().isFor(order, merchant)) {
                Optional<CheckoutStart> open = stillOpen(active.get());
                if (open.isPresent()) {
                    return open.get();
                }
            } else {
                logChanged(order, active.get());
            }
            attempts.replace(active.get());
        }
        int attempt = nextAttempt(existing);
        String nonce = nonce(order, attempt);
        if (!hold.held()) {
            // Nothing holds this order yet: the attempt's row claims its nonce before the session exists.
            attempts.insertActive(order, attempt, nonce, merchant, null, null, null);
            return recordSession(order, attempt, createSession(order, attempt, nonce));
        }
        CreatedCheckoutSession session = createSession(order, attempt, nonce);
        attempts.insertActiveLast(order, attempt, nonce, merchant, session.sessionId(), session.checkoutUrl(),
                session.challengeHash());
        return started(order, attempt, session);
    }

    /** Creates the session of an attempt. */
    private CreatedCheckoutSession createSession(CheckoutOrder order, int attempt, String nonce) {
        CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant(merchant)
                .amountMinor(order.amountMinor())
                .currency(order.currency())
                .nonce(nonce)
                .successUrl(order.successUrl() != null ? order.successUrl() : returnUrls.successUrl(order.orderId()))
                .cancelUrl(order.cancelUrl() != null ? order.cancelUrl() : returnUrls.cancelUrl(order.orderId()))
                .metadata(metadata(order, attempt))
                .build());
        requireComplete(session);
        return session;
    }

    /** Stores the session on the attempt inserted before it. */
    private CheckoutStart recordSession(CheckoutOrder order, int attempt, CreatedCheckoutSession session) {
        attempts.recordSession(order.orderId(), attempt, session.sessionId(), session.checkoutUrl(),
                session.challengeHash());
        return started(order, attempt, session);
    }

    private static CheckoutStart started(CheckoutOrder order, int attempt, CreatedCheckoutSession session) {
        if (logger.isInfoEnabled()) {
            logger.info("Order " + order.orderId() + " checkout attempt " + attempt + " created: session "
                    + session.sessionId());
        }
        return new CheckoutStart(order.orderId(), attempt, session.sessionId(), session.checkoutUrl(), false);
    }

    /** Claims a new order's first attempt with its signed challenge; empty when the order has attempts. */
    private Optional<OrderChallenge> challengeNewOrder(CheckoutOrder order) {
        String nonce = nonce(order, 1);
        DirectPaymentChallenge first = challengeSigner.create(order.amountMinor(), order.currency(), nonce);
        if (!attempts.insertFirstActive(order, nonce, merchant, first.challengeHash())) {
            return Optional.empty();
        }
        return Optional.of(issued(order, 1, first));
    }

    private OrderChallenge challengeLocked(CheckoutOrder order) {
        List<CheckoutAttempt> existing = holdPayable(order).attempts();
        Optional<CheckoutAttempt> active = existing.stream().filter(CheckoutAttempt::active).findFirst();
        if (active.isPresent()) {
            if (!active.get().isFor(order, merchant)) {
                logChanged(order, active.get());
            } else if (active.get().isAgentChallenge()) {
                DirectPaymentChallenge again = challengeSigner.create(order.amountMinor(), order.currency(),
                        active.get().nonce());
                if (again.challengeHash().equals(active.get().challengeHash())) {
                    return offer(order, active.get().attempt(), again, true);
                }
                logger.info("Order " + order.orderId() + " challenge of attempt " + active.get().attempt()
                        + " was signed with another challenge secret; issuing a new attempt");
            } else if (stillOpen(active.get()).isPresent()) {
                throw new CheckoutRefusedException(order.orderId(), CheckoutRefusedException.Reason.CHECKOUT_OPEN);
            }
            attempts.replace(active.get());
        }
        int attempt = nextAttempt(existing);
        String nonce = nonce(order, attempt);
        DirectPaymentChallenge challenge = challengeSigner.create(order.amountMinor(), order.currency(), nonce);
        // Signed before it is stored, the challenge is complete in one insert, held order or not.
        attempts.insertActiveLast(order, attempt, nonce, merchant, null, null, challenge.challengeHash());
        return issued(order, attempt, challenge);
    }

    private static OrderChallenge issued(CheckoutOrder order, int attempt, DirectPaymentChallenge challenge) {
        if (logger.isInfoEnabled()) {
            logger.info("Order " + order.orderId() + " checkout attempt " + attempt + " created: agent challenge "
                    + challenge.challengeHash());
        }
        return offer(order, attempt, challenge, false);
    }

    /**
     * Holds the order ({@link JdbcCheckoutAttemptStore#holdForStart}) and refuses it when it is
     * paid or on review.
     */
    private JdbcCheckoutAttemptStore.OrderHold holdPayable(CheckoutOrder order) {
        JdbcCheckoutAttemptStore.OrderHold hold = attempts.holdForStart(order.orderId());
        List<CheckoutAttempt> existing = hold.attempts();
        if (existing.stream().anyMatch(attempt -> attempt.state().isSettled())) {
            throw new CheckoutRefusedException(order.orderId(), CheckoutRefusedException.Reason.ALREADY_PAID);
        }
        if (existing.stream().anyMatch(attempt -> attempt.state() == CheckoutAttempt.State.REVIEW)) {
            throw new CheckoutRefusedException(order.orderId(), CheckoutRefusedException.Reason.UNDER_REVIEW);
        }
        return hold;
    }

    private static void logChanged(CheckoutOrder order, CheckoutAttempt active) {
        logger.info("Order " + order.orderId() + " changed since checkout attempt " + active.attempt()
                + "; starting a new attempt");
    }

    private static int nextAttempt(List<CheckoutAttempt> existing) {
        return existing.isEmpty() ? 1 : existing.get(existing.size() - 1).attempt() + 1;
    }

    private static String nonce(CheckoutOrder order, int attempt) {
        return order.orderId() + "-attempt_" + attempt;
    }

    private static OrderChallenge offer(CheckoutOrder order, int attempt, DirectPaymentChallenge challenge,
            boolean reused) {
        return new OrderChallenge(order.orderId(), attempt, challenge.merchant(), order.amountMinor(),
                order.currency(), challenge.challenge(), challenge.challengeHash(), reused);
    }

    /**
     * Reads the active attempt's session back: returned when the buyer can still pay in it,
     * empty when it is over and a new attempt should replace it.
     */
    private Optional<CheckoutStart> stillOpen(CheckoutAttempt attempt) {
        CheckoutSession session;
        try {
            session = client.getCheckoutSession(attempt.sessionId());
        } catch (HostedCheckoutNotAvailableException e) {
            throw e;
        } catch (SiglumeApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            logger.info("Checkout session " + attempt.sessionId() + " of order " + attempt.orderId()
                    + " is unknown to Siglume (" + e.code() + "); starting a new attempt");
            return Optional.empty();
        }
        // A session under the same id with another challenge (a restarted sandbox counts from 1 again) is not ours.
        if (!Objects.equals(session.challengeHash(), attempt.challengeHash())) {
            logger.info("Checkout session " + attempt.sessionId() + " no longer belongs to order " + attempt.orderId()
                    + "; starting a new attempt");
            return Optional.empty();
        }
        if (session.status() == CheckoutSessionStatus.PAID) {
            throw new CheckoutRefusedException(attempt.orderId(), CheckoutRefusedException.Reason.PAYMENT_CONFIRMING);
        }
        if (ENDED_STATUSES.contains(session.status())) {
            logger.info("Checkout session " + attempt.sessionId() + " of order " + attempt.orderId() + " is "
                    + session.statusWireName() + "; starting a new attempt");
            return Optional.empty();
        }
        // open, authenticated, or a status this version does not know: never a second session for it.
        return Optional.of(new CheckoutStart(attempt.orderId(), attempt.attempt(), attempt.sessionId(),
                attempt.checkoutUrl(), true));
    }

    private static Map<String, Object> metadata(CheckoutOrder order, int attempt) {
        Map<String, Object> metadata = new LinkedHashMap<>(order.metadata());
        metadata.put(CheckoutOrder.ORDER_ID_KEY, order.orderId());
        metadata.put(CheckoutOrder.ATTEMPT_KEY, attempt);
        if (order.description() != null) {
            metadata.put(CheckoutOrder.DESCRIPTION_KEY, order.description());
        }
        return metadata;
    }

    /** A session without id, page or challenge hash could never be paid or matched: nothing is stored. */
    private static void requireComplete(CreatedCheckoutSession session) {
        if (!SdrpInputs.isPresent(session.sessionId()) || !SdrpInputs.isPresent(session.checkoutUrl())
                || !SdrpInputs.isPresent(session.challengeHash())) {
            throw new SiglumeApiException(502, "INVALID_CHECKOUT_SESSION", "The created checkout session lacks"
                    + " session_id, checkout_url or challenge_hash", null, null, null, null);
        }
    }

    @Override
    public String toString() {
        return "SiglumeCheckout[merchant=" + merchant + ", allowMetered=" + allowMetered + ", agentChallenges="
                + (challengeSigner != null) + "]";
    }

    /** Builds a {@link SiglumeCheckout}. */
    public static final class Builder {

        private @Nullable SiglumeMerchantClient client;
        private @Nullable JdbcCheckoutAttemptStore attempts;
        private @Nullable String merchant;
        private @Nullable CheckoutReturnUrls returnUrls;
        private boolean allowMetered;
        private @Nullable SiglumeChallengeSigner challengeSigner;

        private Builder() {
        }

        /**
         * Sets the merchant client that creates and reads the sessions.
         *
         * @param value the client
         * @return this builder
         */
        public Builder merchantClient(SiglumeMerchantClient value) {
            this.client = value;
            return this;
        }

        /**
         * Sets where the attempts are stored.
         *
         * @param value the store
         * @return this builder
         */
        public Builder attemptStore(JdbcCheckoutAttemptStore value) {
            this.attempts = value;
            return this;
        }

        /**
         * Sets the merchant key the sessions are created for.
         *
         * @param value a self-service merchant key, for example {@code my-shop}
         * @return this builder
         */
        public Builder merchant(String value) {
            this.merchant = value;
            return this;
        }

        /**
         * Sets how the return URLs are built for orders that bring none.
         *
         * @param value the return URLs
         * @return this builder
         */
        public Builder returnUrls(CheckoutReturnUrls value) {
            this.returnUrls = value;
            return this;
        }

        /**
         * Sets whether Micro and Nano amounts may be paid.
         *
         * @param value {@code true} to allow them; {@code false} (the default) refuses them with
         *        {@link CheckoutRefusedException.Reason#METERED_NOT_ENABLED}
         * @return this builder
         */
        public Builder allowMetered(boolean value) {
            this.allowMetered = value;
            return this;
        }

        /**
         * Sets the signer of the challenges {@link SiglumeCheckout#challenge} issues to agents.
         *
         * @param value the signer, for the checkout's merchant; {@code null} (the default) means
         *        no agent challenges
         * @return this builder
         */
        public Builder challengeSigner(@Nullable SiglumeChallengeSigner value) {
            this.challengeSigner = value;
            return this;
        }

        /**
         * Builds the checkout.
         *
         * @return the checkout
         * @throws NullPointerException when the client, store or return URLs are missing
         * @throws SdrpValidationException when the merchant key is not a self-service merchant key
         *         (field {@code merchant}), or the challenge signer signs for another merchant
         *         (field {@code challenge_signer})
         */
        public SiglumeCheckout build() {
            return new SiglumeCheckout(this);
        }
    }
}
