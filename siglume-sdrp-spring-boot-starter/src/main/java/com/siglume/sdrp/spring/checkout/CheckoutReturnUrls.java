package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Hosted Checkout return URLs of an order: the shop's public origin, a configured
 * path and {@code order_id=<id>}. The browser never chooses them.
 */
public final class CheckoutReturnUrls {

    private final @Nullable String publicOrigin;
    private final Supplier<@Nullable String> fallbackOrigin;
    private final String successPath;
    private final String cancelPath;

    private CheckoutReturnUrls(@Nullable String publicOrigin, Supplier<@Nullable String> fallbackOrigin, String successPath,
            String cancelPath) {
        this.publicOrigin = publicOrigin;
        this.fallbackOrigin = fallbackOrigin;
        this.successPath = successPath;
        this.cancelPath = cancelPath;
    }

    /**
     * Checks the settings and builds the URLs from them.
     *
     * @param publicOrigin the shop's origin ({@code https}, or {@code http} on a loopback host), or
     *        {@code null}/blank to ask {@code fallbackOrigin} at each call
     * @param fallbackOrigin the origin to use when none is configured, for example
     *        {@code http://localhost:<port>}; returns {@code null} when it is not known (yet)
     * @param successPath the success page's path, starting with {@code /}
     * @param cancelPath the cancel page's path, starting with {@code /}
     * @return the URLs
     * @throws SdrpValidationException when the origin is not a usable origin or a path does not
     *         start with {@code /}
     */
    public static CheckoutReturnUrls of(@Nullable String publicOrigin, Supplier<@Nullable String> fallbackOrigin,
            String successPath,
            String cancelPath) {
        String origin = SdrpInputs.isPresent(publicOrigin)
                ? SdrpInputs.checkoutOrigins(List.of(publicOrigin)).get(0)
                : null;
        return new CheckoutReturnUrls(origin, fallbackOrigin, path("success_path", successPath),
                path("cancel_path", cancelPath));
    }

    private static String path(String field, String path) {
        String value = SdrpInputs.required(field, path);
        if (!value.startsWith("/") || value.startsWith("//")) {
            throw new SdrpValidationException(field, field + " must be a path starting with a single '/'");
        }
        return value;
    }

    /**
     * Returns the page Hosted Checkout returns the buyer to after paying.
     *
     * @param orderId the order id
     * @return the URL
     * @throws IllegalStateException when no origin is configured or known
     */
    public String successUrl(String orderId) {
        return url(successPath, orderId);
    }

    /**
     * Returns the page Hosted Checkout returns a buyer to who cancels.
     *
     * @param orderId the order id
     * @return the URL
     * @throws IllegalStateException when no origin is configured or known
     */
    public String cancelUrl(String orderId) {
        return url(cancelPath, orderId);
    }

    private String url(String path, String orderId) {
        return origin() + path + (path.indexOf('?') >= 0 ? '&' : '?') + "order_id="
                + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    }

    private String origin() {
        if (publicOrigin != null) {
            return publicOrigin;
        }
        String fallback = fallbackOrigin.get();
        if (fallback == null) {
            throw new IllegalStateException("No origin for the Hosted Checkout return URLs: set"
                    + " siglume.checkout.public-origin (the web server has not started, so its port is not known)");
        }
        return fallback;
    }
}
