package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.Sdrp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/** Webhook endpoint settings, bound from {@code siglume.webhook.*}. */
public class SiglumeWebhookProperties {

    /**
     * Whether to serve the webhook endpoint. Defaults to on when a webhook secret is set;
     * 'true' without a secret stops startup.
     */
    private @Nullable Boolean enabled;

    /**
     * Path of the webhook endpoint (exact match, below the servlet context path).
     */
    private String path = Sdrp.DEFAULT_WEBHOOK_PATH;

    /**
     * Webhook signing secret (whsec_...) the deliveries are verified with. Falls back to
     * SIGLUME_WEBHOOK_SECRET.
     */
    private @Nullable String secret;

    /**
     * Further signing secrets also accepted, for rotating the secret without downtime.
     */
    private List<String> additionalSecrets = new ArrayList<>();

    /**
     * How far the signed timestamp of a delivery may be from this server's clock, in
     * either direction.
     */
    private Duration tolerance = Duration.ofMinutes(5);

    /**
     * Largest webhook body accepted; larger deliveries are refused with 413 without being
     * read.
     */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /**
     * How long the whole webhook body may take to arrive once the request headers are in;
     * a slower delivery is answered 408 and its connection closed. The body is read
     * without holding a request thread, so slow senders cannot starve real deliveries.
     */
    private Duration readTimeout = Duration.ofSeconds(10);

    /**
     * Where processed events are recorded for de-duplication: 'auto' or 'jdbc' (the
     * application's DataSource: the only one, the one marked @SiglumeDataSource or the
     * @Primary one; without one startup stops; with 'auto', an application with an R2DBC
     * ConnectionFactory and no DataSource records through R2DBC, choosing the same way with
     * @SiglumeConnectionFactory), or 'memory' (this JVM only; events are processed again after
     * a restart).
     */
    private SiglumeProperties.Store store = SiglumeProperties.Store.AUTO;

    /**
     * Whether startup stops when the endpoint is on but no @SiglumePaymentListener method
     * receives a payment to fulfil (StandardSettled or MeteredUsageAccepted). Turn off only for
     * an endpoint that receives no direct_payment.confirmed events, or whose events are worked
     * from the event table: each confirmation is then recorded for review. With the checkout it
     * cannot be turned off: its orders need an OrderPaid (or StandardSettled) listener.
     */
    private boolean requirePaymentListener = true;

    private final Jdbc jdbc = new Jdbc();

    private final R2dbc r2dbc = new R2dbc();

    /**
     * Returns whether the endpoint is enabled.
     *
     * @return {@code true}, {@code false}, or {@code null} for the default
     */
    public @Nullable Boolean getEnabled() {
        return enabled;
    }

    /**
     * Sets whether the endpoint is enabled.
     *
     * @param enabled {@code true}, {@code false}, or {@code null} for the default
     */
    public void setEnabled(@Nullable Boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the endpoint path.
     *
     * @return the path
     */
    public String getPath() {
        return path;
    }

    /**
     * Sets the endpoint path.
     *
     * @param path the path
     */
    public void setPath(String path) {
        this.path = path;
    }

    /**
     * Returns the signing secret.
     *
     * @return the secret, or {@code null} when unset
     */
    public @Nullable String getSecret() {
        return secret;
    }

    /**
     * Sets the signing secret.
     *
     * @param secret the secret
     */
    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }

    /**
     * Returns the further accepted secrets.
     *
     * @return the secrets, possibly empty
     */
    public List<String> getAdditionalSecrets() {
        return additionalSecrets;
    }

    /**
     * Sets the further accepted secrets.
     *
     * @param additionalSecrets the secrets
     */
    public void setAdditionalSecrets(List<String> additionalSecrets) {
        this.additionalSecrets = additionalSecrets;
    }

    /**
     * Returns the timestamp tolerance.
     *
     * @return the tolerance
     */
    public Duration getTolerance() {
        return tolerance;
    }

    /**
     * Sets the timestamp tolerance.
     *
     * @param tolerance the tolerance
     */
    public void setTolerance(Duration tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * Returns the largest accepted body.
     *
     * @return the size
     */
    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    /**
     * Sets the largest accepted body.
     *
     * @param maxBodySize the size
     */
    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /**
     * Returns the body read deadline.
     *
     * @return the timeout
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the body read deadline.
     *
     * @param readTimeout the timeout, at least 1 ms
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * Returns the event store choice.
     *
     * @return the store
     */
    public SiglumeProperties.Store getStore() {
        return store;
    }

    /**
     * Sets the event store choice.
     *
     * @param store the store
     */
    public void setStore(SiglumeProperties.Store store) {
        this.store = store;
    }

    /**
     * Returns whether startup requires a listener of the payments to fulfil.
     *
     * @return {@code true} unless turned off
     */
    public boolean isRequirePaymentListener() {
        return requirePaymentListener;
    }

    /**
     * Sets whether startup requires a listener of the payments to fulfil.
     *
     * @param requirePaymentListener {@code false} to let an endpoint start without one
     */
    public void setRequirePaymentListener(boolean requirePaymentListener) {
        this.requirePaymentListener = requirePaymentListener;
    }

    /**
     * Returns the JDBC store settings.
     *
     * @return the settings
     */
    public Jdbc getJdbc() {
        return jdbc;
    }

    /**
     * Returns the R2DBC store settings.
     *
     * @return the settings
     */
    public R2dbc getR2dbc() {
        return r2dbc;
    }

    @Override
    public String toString() {
        return "[enabled=" + enabled + ", path=" + path + ", secret=" + SiglumeProperties.mask(secret)
                + ", additionalSecrets=" + (additionalSecrets == null ? 0 : additionalSecrets.size()) + ", tolerance=" + tolerance
                + ", maxBodySize=" + maxBodySize + ", store=" + store + ", requirePaymentListener=" + requirePaymentListener
                + ", jdbc=" + jdbc + ", r2dbc=" + r2dbc + "]";
    }

    /** JDBC event store settings. */
    public static class Jdbc {

        /**
         * When to create the siglume_webhook_events table: 'embedded' (only for an embedded
         * database), 'always' or 'never'.
         */
        private SiglumeProperties.InitializeSchema initializeSchema = SiglumeProperties.InitializeSchema.EMBEDDED;

        /**
         * How long the stored payload (the event body, which may carry customer data) of a
         * recorded event is kept. Older payloads are cleared every hour (or every retention
         * period, when shorter); the event id row stays, so redeliveries are still
         * recognised. Unset keeps payloads forever.
         */
        private @Nullable Duration payloadRetention;

        /**
         * Returns when the table is created.
         *
         * @return the mode
         */
        public SiglumeProperties.InitializeSchema getInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets when the table is created.
         *
         * @param initializeSchema the mode
         */
        public void setInitializeSchema(SiglumeProperties.InitializeSchema initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        /**
         * Returns how long stored payloads are kept.
         *
         * @return the retention, or {@code null} to keep them forever
         */
        public @Nullable Duration getPayloadRetention() {
            return payloadRetention;
        }

        /**
         * Sets how long stored payloads are kept.
         *
         * @param payloadRetention the retention, or {@code null} to keep them forever
         */
        public void setPayloadRetention(@Nullable Duration payloadRetention) {
            this.payloadRetention = payloadRetention;
        }

        @Override
        public String toString() {
            return "[initializeSchema=" + initializeSchema + ", payloadRetention=" + payloadRetention + "]";
        }
    }

    /** R2DBC event store settings, for reactive applications whose database is R2DBC only. */
    public static class R2dbc {

        /**
         * When to create the siglume_webhook_events table through R2DBC: 'embedded' (only for
         * an embedded database), 'always' or 'never'.
         */
        private SiglumeProperties.InitializeSchema initializeSchema = SiglumeProperties.InitializeSchema.EMBEDDED;

        /**
         * Returns when the table is created.
         *
         * @return the mode
         */
        public SiglumeProperties.InitializeSchema getInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets when the table is created.
         *
         * @param initializeSchema the mode
         */
        public void setInitializeSchema(SiglumeProperties.InitializeSchema initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        @Override
        public String toString() {
            return "[initializeSchema=" + initializeSchema + "]";
        }
    }
}
