package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order a checkout is started for, as the shop's own records say: id, amount and currency
 * come from the shop's order, never from what the buyer sent.
 *
 * <p>Built with {@link #of(String, long, String)} and the {@code with...} methods; every value is
 * checked when the order is built, so a bad one fails with a {@link SdrpValidationException}
 * naming the field before anything is stored or sent.
 *
 * @param orderId the shop's order id: trimmed, at most {@value #MAX_ORDER_ID_LENGTH} characters,
 *        no {@code ':'} (it is part of the attempt nonce {@code <orderId>-attempt_<n>})
 * @param amountMinor the amount in minor units (yen for JPY, cents for USD)
 * @param currency {@code JPY} or {@code USD}, upper-cased
 * @param description what the buyer pays for, sent in the session metadata, or {@code null}
 * @param metadata further session metadata (a JSON object), or an empty map; the keys
 *        {@code order_id} and {@code attempt} are the checkout's own
 * @param successUrl where Hosted Checkout returns the buyer after paying, or {@code null} for
 *        the one built from {@code siglume.checkout.public-origin} and {@code success-path}
 * @param cancelUrl where it returns a buyer who cancels, or {@code null} for the configured one
 */
public record CheckoutOrder(String orderId, long amountMinor, String currency, @Nullable String description,
        Map<String, @Nullable Object> metadata, @Nullable String successUrl, @Nullable String cancelUrl) {

    /** The longest order id: the nonce {@code <orderId>-attempt_<n>} must fit its 255-character column. */
    public static final int MAX_ORDER_ID_LENGTH = 200;

    /** Metadata keys the checkout writes itself. */
    static final String ORDER_ID_KEY = "order_id";
    static final String ATTEMPT_KEY = "attempt";
    static final String DESCRIPTION_KEY = "description";

    /**
     * Checks and normalises the values.
     *
     * @throws SdrpValidationException when a value is invalid
     */
    public CheckoutOrder {
        orderId = orderId(orderId);
        amountMinor = SdrpInputs.positiveInteger("amount_minor", amountMinor);
        currency = SdrpInputs.currency(currency);
        description = SdrpInputs.optional(description);
        metadata = metadata(metadata);
        successUrl = successUrl == null ? null : SdrpInputs.returnUrl("success_url", successUrl);
        cancelUrl = cancelUrl == null ? null : SdrpInputs.returnUrl("cancel_url", cancelUrl);
    }

    /**
     * An order to pay.
     *
     * @param orderId the shop's order id
     * @param amountMinor the amount in minor units, from the shop's order
     * @param currency {@code JPY} or {@code USD}
     * @return the order, with no description, metadata or return URLs of its own
     * @throws SdrpValidationException when a value is invalid
     */
    public static CheckoutOrder of(String orderId, long amountMinor, String currency) {
        return new CheckoutOrder(orderId, amountMinor, currency, null, Map.of(), null, null);
    }

    /**
     * The same order with a description, sent to Siglume in the session metadata.
     *
     * @param value what the buyer pays for
     * @return a new order
     */
    public CheckoutOrder withDescription(String value) {
        return new CheckoutOrder(orderId, amountMinor, currency, value, metadata, successUrl, cancelUrl);
    }

    /**
     * The same order with further session metadata.
     *
     * @param value a JSON object; may not use the keys {@code order_id}, {@code attempt} or
     *        {@code description}
     * @return a new order
     * @throws SdrpValidationException when the metadata uses one of those keys
     */
    public CheckoutOrder withMetadata(Map<String, Object> value) {
        return new CheckoutOrder(orderId, amountMinor, currency, description, value, successUrl, cancelUrl);
    }

    /**
     * The same order with its own return URLs instead of the configured ones.
     *
     * @param success where to return the buyer after paying: https, or http on a loopback host
     * @param cancel where to return a buyer who cancels
     * @return a new order
     * @throws SdrpValidationException when a URL is not https (or loopback http)
     */
    public CheckoutOrder withReturnUrls(String success, String cancel) {
        return new CheckoutOrder(orderId, amountMinor, currency, description, metadata,
                SdrpInputs.required("success_url", success), SdrpInputs.required("cancel_url", cancel));
    }

    /** The order id as stored: trimmed, short enough for the nonce, usable in it. */
    static String orderId(String orderId) {
        String value = SdrpInputs.required("order_id", orderId);
        if (value.length() > MAX_ORDER_ID_LENGTH) {
            throw new SdrpValidationException("order_id", "order_id must be at most " + MAX_ORDER_ID_LENGTH
                    + " characters");
        }
        if (value.indexOf(':') >= 0) {
            throw new SdrpValidationException("order_id", "order_id must not contain ':'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new SdrpValidationException("order_id", "order_id must not contain control characters");
            }
        }
        return value;
    }

    private static Map<String, Object> metadata(Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return Map.of();
        }
        for (String reserved : new String[] {ORDER_ID_KEY, ATTEMPT_KEY, DESCRIPTION_KEY}) {
            if (metadata.containsKey(reserved)) {
                throw new SdrpValidationException("metadata", "metadata must not set '" + reserved
                        + "'; the checkout writes it");
            }
        }
        // Unmodifiable but null-tolerant, in the caller's order.
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
