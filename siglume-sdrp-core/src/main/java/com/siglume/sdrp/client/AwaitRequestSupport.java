package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * What the requests share that may ask the API to wait for settlement before it answers:
 * whether to wait for finality, for which status, how long and how often to poll. Each request
 * checks them when it is built.
 *
 * <p>The request types of this SDK extend it; it is not meant to be extended elsewhere.
 */
public abstract class AwaitRequestSupport {

    private final @Nullable Boolean awaitFinality;
    private final @Nullable String awaitRequiredStatus;
    private final @Nullable Long awaitTimeoutSeconds;
    private final @Nullable Long awaitPollSeconds;

    /**
     * Keeps the checked values.
     *
     * @param awaitFinality whether to wait for finality, or {@code null}
     * @param awaitRequiredStatus the status to wait for, or {@code null}
     * @param awaitTimeoutSeconds how long to wait, checked, or {@code null}
     * @param awaitPollSeconds how often to poll, checked, or {@code null}
     */
    protected AwaitRequestSupport(@Nullable Boolean awaitFinality, @Nullable String awaitRequiredStatus,
            @Nullable Long awaitTimeoutSeconds, @Nullable Long awaitPollSeconds) {
        this.awaitFinality = awaitFinality;
        this.awaitRequiredStatus = awaitRequiredStatus;
        this.awaitTimeoutSeconds = awaitTimeoutSeconds;
        this.awaitPollSeconds = awaitPollSeconds;
    }

    /** {@return whether the API waits for finality before answering, or {@code null}} */
    public final @Nullable Boolean awaitFinality() {
        return awaitFinality;
    }

    /** {@return the status to wait for, or {@code null}} */
    public final @Nullable String awaitRequiredStatus() {
        return awaitRequiredStatus;
    }

    /** {@return how long the API waits, positive, or {@code null}} */
    public final @Nullable Long awaitTimeoutSeconds() {
        return awaitTimeoutSeconds;
    }

    /** {@return how often the API polls while waiting, positive, or {@code null}} */
    public final @Nullable Long awaitPollSeconds() {
        return awaitPollSeconds;
    }

    /**
     * Sets the shared values of this request on a builder, for {@code toBuilder()}.
     *
     * @param builder the request's builder
     * @param <B> the request's own builder
     * @return the builder
     */
    protected final <B extends Builder<B>> B copyTo(B builder) {
        return builder.awaitFinality(awaitFinality).awaitRequiredStatus(awaitRequiredStatus)
                .awaitTimeoutSeconds(awaitTimeoutSeconds).awaitPollSeconds(awaitPollSeconds);
    }

    /**
     * The setters of the shared values; the request's {@code build()} checks them. Not
     * thread-safe.
     *
     * @param <B> the request's own builder
     */
    public abstract static class Builder<B extends Builder<B>> {

        /** Whether to wait for finality, as set. */
        protected @Nullable Boolean awaitFinality;
        /** The status to wait for, as set, not yet checked. */
        protected @Nullable String awaitRequiredStatus;
        /** How long to wait, as set, not yet checked. */
        protected @Nullable Long awaitTimeoutSeconds;
        /** How often to poll, as set, not yet checked. */
        protected @Nullable Long awaitPollSeconds;

        /** Starts with nothing set. */
        protected Builder() {
        }

        /**
         * Sets {@link AwaitRequestSupport#awaitFinality()}.
         *
         * @param value whether the API waits for finality before answering, or {@code null}
         * @return this builder
         */
        public final B awaitFinality(@Nullable Boolean value) {
            this.awaitFinality = value;
            return self();
        }

        /**
         * Sets {@link AwaitRequestSupport#awaitRequiredStatus()}.
         *
         * @param value the status to wait for, or {@code null}
         * @return this builder
         */
        public final B awaitRequiredStatus(@Nullable String value) {
            this.awaitRequiredStatus = value;
            return self();
        }

        /**
         * Sets {@link AwaitRequestSupport#awaitTimeoutSeconds()}.
         *
         * @param value seconds, positive, or {@code null}
         * @return this builder
         */
        public final B awaitTimeoutSeconds(@Nullable Long value) {
            this.awaitTimeoutSeconds = value;
            return self();
        }

        /**
         * Sets {@link AwaitRequestSupport#awaitPollSeconds()}.
         *
         * @param value seconds, positive, or {@code null}
         * @return this builder
         */
        public final B awaitPollSeconds(@Nullable Long value) {
            this.awaitPollSeconds = value;
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
