package com.siglume.sdrp.sample.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.sample.order.CheckoutAttempt;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sample.order.OrderNotFoundException;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts Hosted Checkout for an order.
 *
 * <p>The amount and currency are the stored order's; the buyer only names the order. Each start
 * runs in one transaction that holds the order's row lock, so concurrent starts for one order
 * take turns and never create two sessions. The session id and challenge hash are committed
 * (status {@code pending}) before the buyer is sent anywhere, so the webhook always finds its
 * order.
 *
 * <p>A start while the order's session is still open returns that session. A new attempt,
 * with nonce {@code <order>-attempt_<n+1>}, is created only when the stored session is over
 * (expired, cancelled, failed) or unknown to Siglume. A failed creation rolls back, so the
 * next start retries the same attempt number, and so the same nonce, as the protocol asks.
 */
@Service
public class CheckoutService {

    /** Session statuses in which the buyer can still pay, so the session is reused. */
    private static final Set<CheckoutSessionStatus> OPEN_STATUSES =
            EnumSet.of(CheckoutSessionStatus.OPEN, CheckoutSessionStatus.AUTHENTICATED);

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    private final OrderRepository orders;
    private final SiglumeMerchantClient siglume;
    private final ShopOrigin shopOrigin;
    private final String merchant;

    /**
     * Creates the service.
     *
     * @param orders the order store
     * @param siglume the merchant client, which the starter provides when
     *        {@code siglume.merchant-auth-token} is set
     * @param shopOrigin the shop's public origin, for the return URLs
     * @param properties the Siglume settings, for the merchant key
     * @throws SiglumeConfigurationException when the merchant token or key is not set
     */
    public CheckoutService(OrderRepository orders, ObjectProvider<SiglumeMerchantClient> siglume,
            ShopOrigin shopOrigin, SiglumeProperties properties) {
        this.orders = orders;
        this.shopOrigin = shopOrigin;
        this.siglume = siglume.getIfAvailable();
        if (this.siglume == null) {
            throw new SiglumeConfigurationException("The shop needs a Siglume merchant bearer token.",
                    "Set siglume.merchant-auth-token (or SIGLUME_MERCHANT_AUTH_TOKEN), or run with "
                            + "shop.sandbox.embedded=true.");
        }
        try {
            this.merchant = SdrpInputs.selfServiceMerchant(properties.getMerchant());
        } catch (SdrpValidationException e) {
            throw new SiglumeConfigurationException(
                    "The shop needs a Hosted Checkout merchant key: " + e.getMessage() + ".",
                    "Set siglume.merchant (or SIGLUME_DIRECT_PAYMENT_MERCHANT), or run with shop.sandbox.embedded=true.");
        }
    }

    /**
     * Returns the checkout session the buyer should open for an order, creating one when needed.
     *
     * @param orderId the order id the buyer chose
     * @return where to send the buyer
     * @throws OrderNotFoundException when there is no such order
     * @throws CheckoutRefusedException when the order is paid, under review, or its payment is
     *         being confirmed
     * @throws HostedCheckoutNotAvailableException when Hosted Checkout is not enabled
     * @throws SiglumeApiException when the Siglume API refuses the call
     * @throws com.siglume.sdrp.client.SiglumeTransportException when the Siglume API did not answer
     */
    @Transactional
    public CheckoutStart start(String orderId) {
        Order order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        switch (order.status()) {
            case PAID, FULFILLED_UNSETTLED -> throw new CheckoutRefusedException("This order is already paid.");
            case REVIEW -> throw new CheckoutRefusedException(
                    "This order's payment is being reviewed. Please contact the shop.");
            case CREATED, PENDING -> {
                // payable
            }
        }
        if (order.checkoutSessionId() != null) {
            Optional<CheckoutStart> open = openSession(order);
            if (open.isPresent()) {
                return open.get();
            }
        }
        return newAttempt(order);
    }

    /**
     * Reads the order's stored session back and returns it when the buyer can still pay in it.
     */
    private Optional<CheckoutStart> openSession(Order order) {
        CheckoutSession session;
        try {
            session = siglume.getCheckoutSession(order.checkoutSessionId());
        } catch (HostedCheckoutNotAvailableException e) {
            throw e;
        } catch (SiglumeApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            log.info("Checkout session {} of order {} is unknown to Siglume ({}); starting a new attempt",
                    order.checkoutSessionId(), order.id(), e.code());
            return Optional.empty();
        }
        // Another session under the same id (a restarted sandbox counts from 1 again) is not ours.
        if (!Objects.equals(session.challengeHash(), order.challengeHash())) {
            log.info("Checkout session {} no longer belongs to order {}; starting a new attempt",
                    order.checkoutSessionId(), order.id());
            return Optional.empty();
        }
        if (OPEN_STATUSES.contains(session.status())) {
            return Optional.of(new CheckoutStart(order.id(), order.checkoutUrl(), order.checkoutSessionId()));
        }
        // A payment made but not yet confirmed by webhook.
        if (session.status() == CheckoutSessionStatus.PAID) {
            throw new CheckoutRefusedException(
                    "A payment for this order was received and is being confirmed. Please check back shortly.");
        }
        log.info("Checkout session {} of order {} is {}; starting a new attempt", order.checkoutSessionId(),
                order.id(), session.statusWireName());
        return Optional.empty();
    }

    private CheckoutStart newAttempt(Order order) {
        int attempt = order.attempt() + 1;
        String nonce = order.id() + "-attempt_" + attempt;
        CreatedCheckoutSession session = siglume.createCheckoutSession(CheckoutSessionRequest.builder()
                .merchant(merchant)
                .amountMinor(order.amountMinor())
                .currency(order.currency())
                .nonce(nonce)
                .successUrl(shopOrigin.successUrl(order.id()))
                .cancelUrl(shopOrigin.cancelUrl(order.id()))
                .metadata(Map.of("order_id", order.id(), "attempt", attempt))
                .build());
        orders.recordCheckoutAttempt(new CheckoutAttempt(order.id(), attempt, nonce, session.sessionId(),
                session.checkoutUrl(), session.challengeHash()), Instant.now());
        log.info("Order {} checkout attempt {} created: session {}", order.id(), attempt, session.sessionId());
        return new CheckoutStart(order.id(), session.checkoutUrl(), session.sessionId());
    }
}
