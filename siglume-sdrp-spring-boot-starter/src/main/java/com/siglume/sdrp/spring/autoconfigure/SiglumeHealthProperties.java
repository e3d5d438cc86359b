package com.siglume.sdrp.spring.autoconfigure;

import java.time.Duration;

/** Health check settings, bound from {@code siglume.health.*}. */
public class SiglumeHealthProperties {

    private final HostedCheckout hostedCheckout = new HostedCheckout();

    /**
     * Returns the Hosted Checkout readiness check settings.
     *
     * @return the settings
     */
    public HostedCheckout getHostedCheckout() {
        return hostedCheckout;
    }

    @Override
    public String toString() {
        return "[hostedCheckout=" + hostedCheckout + "]";
    }

    /** Hosted Checkout readiness check settings. */
    public static class HostedCheckout {

        /**
         * Whether to contribute the 'siglume' health component (Hosted Checkout
         * readiness). Takes effect when a merchant client exists.
         */
        private boolean enabled = true;

        /**
         * How long a readiness answer from Siglume is reused before asking again.
         */
        private Duration cacheTtl = Duration.ofSeconds(30);

        /**
         * Returns whether the health component is contributed.
         *
         * @return {@code true} by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the health component is contributed.
         *
         * @param enabled whether to contribute it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns how long an answer is reused.
         *
         * @return the time to live
         */
        public Duration getCacheTtl() {
            return cacheTtl;
        }

        /**
         * Sets how long an answer is reused.
         *
         * @param cacheTtl the time to live
         */
        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

        @Override
        public String toString() {
            return "[enabled=" + enabled + ", cacheTtl=" + cacheTtl + "]";
        }
    }
}
