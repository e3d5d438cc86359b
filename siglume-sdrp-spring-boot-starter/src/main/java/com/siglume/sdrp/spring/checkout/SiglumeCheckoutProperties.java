package com.siglume.sdrp.spring.checkout;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of {@link SiglumeCheckout}, bound from {@code siglume.checkout.*}.
 */
@ConfigurationProperties("siglume.checkout")
public class SiglumeCheckoutProperties {

    /**
     * Whether the SiglumeCheckout bean is created. Unset: when a merchant token
     * (siglume.merchant-auth-token), a merchant key (siglume.merchant), the webhook and a
     * DataSource are configured. 'true': required; startup stops with a report naming what is
     * missing. 'false': never.
     */
    private @Nullable Boolean enabled;

    /**
     * Origin buyers reach the shop at, for the Hosted Checkout return URLs, for example
     * https://shop.example.com: https, or http on localhost. Unset: http://localhost:<the
     * application's port>, for development only.
     */
    private @Nullable String publicOrigin;

    /**
     * Path of the page Hosted Checkout returns the buyer to after paying; the order id is added
     * as the query parameter 'order_id'.
     */
    private String successPath = "/checkout/success";

    /**
     * Path of the page Hosted Checkout returns a buyer to who cancels; the order id is added as
     * the query parameter 'order_id'.
     */
    private String cancelPath = "/checkout/cancel";

    /**
     * Whether Micro and Nano amounts (JPY 1-500, USD 0.01-3.00) may be paid. Their usage is
     * accepted at once but settles later in weekly or monthly batches, which the shop must
     * reconcile; off, such an order is refused with METERED_NOT_ENABLED.
     */
    private boolean allowMetered;

    /**
     * Returns whether the checkout is wanted.
     *
     * @return {@code true}, {@code false}, or {@code null} for "when configured"
     */
    public @Nullable Boolean getEnabled() {
        return enabled;
    }

    /**
     * Sets whether the checkout is wanted.
     *
     * @param enabled {@code true}, {@code false}, or {@code null} for "when configured"
     */
    public void setEnabled(@Nullable Boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the shop's public origin.
     *
     * @return the origin, or {@code null}
     */
    public @Nullable String getPublicOrigin() {
        return publicOrigin;
    }

    /**
     * Sets the shop's public origin.
     *
     * @param publicOrigin the origin, or {@code null}
     */
    public void setPublicOrigin(@Nullable String publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    /**
     * Returns the success page's path.
     *
     * @return the path
     */
    public String getSuccessPath() {
        return successPath;
    }

    /**
     * Sets the success page's path.
     *
     * @param successPath the path, starting with {@code /}
     */
    public void setSuccessPath(String successPath) {
        this.successPath = successPath;
    }

    /**
     * Returns the cancel page's path.
     *
     * @return the path
     */
    public String getCancelPath() {
        return cancelPath;
    }

    /**
     * Sets the cancel page's path.
     *
     * @param cancelPath the path, starting with {@code /}
     */
    public void setCancelPath(String cancelPath) {
        this.cancelPath = cancelPath;
    }

    /**
     * Returns whether Micro and Nano amounts may be paid.
     *
     * @return {@code true} when allowed
     */
    public boolean isAllowMetered() {
        return allowMetered;
    }

    /**
     * Sets whether Micro and Nano amounts may be paid.
     *
     * @param allowMetered {@code true} to allow them
     */
    public void setAllowMetered(boolean allowMetered) {
        this.allowMetered = allowMetered;
    }
}
