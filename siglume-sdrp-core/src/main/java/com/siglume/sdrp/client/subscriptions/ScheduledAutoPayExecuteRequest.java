package com.siglume.sdrp.client.subscriptions;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.AwaitRequestSupport;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.internal.Inputs;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input of {@link SiglumePaymentClient#executeScheduledAutoPay(ScheduledAutoPayExecuteRequest)}:
 * one run of a scheduled autopay slot.
 *
 * <p>The call is authenticated with {@link #scheduleToken()} (the authorization's schedule
 * token), not the client's token; the schedule token is never sent in the body and never shown
 * by {@link #toString()}.
 */
public final class ScheduledAutoPayExecuteRequest extends AwaitRequestSupport {

    private final Values values;

    private ScheduledAutoPayExecuteRequest(Values values) {
        super(values.awaitFinality(), values.awaitRequiredStatus(), values.awaitTimeoutSeconds(),
                values.awaitPollSeconds());
        this.values = values;
    }

    /** {@return the schedule token, sent as the bearer token} */
    public String scheduleToken() {
        return values.scheduleToken();
    }

    /** {@return the slot to run} */
    public String slotId() {
        return values.slotId();
    }

    /** {@return the capability input (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> input() {
        return values.input();
    }

    /** {@return the capability arguments (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> arguments() {
        return values.arguments();
    }

    /** {@return the scheduled time (ISO-8601), or {@code null}} */
    public @Nullable String scheduledFor() {
        return values.scheduledFor();
    }

    /** {@return a draft token, or {@code null}} */
    public @Nullable String draftToken() {
        return values.draftToken();
    }

    /** {@return your data (a JSON object), or {@code null}} */
    public @Nullable Map<String, Object> metadata() {
        return values.metadata();
    }

    /**
     * Starts a builder.
     *
     * @param scheduleToken the schedule token
     * @param slotId the slot to run
     * @return the builder
     */
    public static Builder builder(String scheduleToken, String slotId) {
        return new Builder(scheduleToken, slotId);
    }

    ObjectNode toJson() {
        ObjectNode body = ClientJson.object();
        body.put("slot_id", values.slotId());
        Inputs.putObject(body, "input", values.input());
        Inputs.putObject(body, "arguments", values.arguments());
        Inputs.putText(body, "scheduled_for", values.scheduledFor());
        Inputs.putText(body, "draft_token", values.draftToken());
        Inputs.putBoolean(body, "await_finality", values.awaitFinality());
        Inputs.putText(body, "await_required_status", values.awaitRequiredStatus());
        Inputs.putLong(body, "await_timeout_seconds", values.awaitTimeoutSeconds());
        Inputs.putLong(body, "await_poll_seconds", values.awaitPollSeconds());
        Inputs.putObject(body, "metadata", values.metadata());
        return body;
    }

    /**
     * Describes the request with the schedule and draft tokens redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayExecuteRequest[scheduleToken=<redacted>, slotId=" + slotId() + ", input=" + input()
                + ", arguments=" + arguments() + ", scheduledFor=" + scheduledFor() + ", draftToken="
                + (draftToken() == null ? "null" : "<redacted>") + ", awaitFinality=" + awaitFinality()
                + ", awaitRequiredStatus=" + awaitRequiredStatus() + ", awaitTimeoutSeconds=" + awaitTimeoutSeconds()
                + ", awaitPollSeconds=" + awaitPollSeconds() + ", metadata=" + metadata() + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScheduledAutoPayExecuteRequest that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The checked values; the record gives equality and the description. */
    private record Values(String scheduleToken,
            String slotId,
            @Nullable Map<String, Object> input,
            @Nullable Map<String, Object> arguments,
            @Nullable String scheduledFor,
            @Nullable String draftToken,
            @Nullable Boolean awaitFinality,
            @Nullable String awaitRequiredStatus,
            @Nullable Long awaitTimeoutSeconds,
            @Nullable Long awaitPollSeconds,
            @Nullable Map<String, Object> metadata) {

        Values {
            scheduleToken = Inputs.headerSafeToken("schedule_token", scheduleToken);
            slotId = SdrpInputs.required("slot_id", slotId);
            input = Inputs.optionalObject("input", input);
            arguments = Inputs.optionalObject("arguments", arguments);
            scheduledFor = Inputs.optionalText("scheduled_for", scheduledFor);
            draftToken = Inputs.optionalText("draft_token", draftToken);
            awaitRequiredStatus = Inputs.optionalText("await_required_status", awaitRequiredStatus);
            awaitTimeoutSeconds = SdrpInputs.optionalPositiveInteger("await_timeout_seconds", awaitTimeoutSeconds);
            awaitPollSeconds = SdrpInputs.optionalPositiveInteger("await_poll_seconds", awaitPollSeconds);
            metadata = Inputs.optionalObject("metadata", metadata);
        }
    }

    /**
     * Builder of {@link ScheduledAutoPayExecuteRequest}; values are checked by {@link #build()}.
     */
    public static final class Builder extends AwaitRequestSupport.Builder<Builder> {
        private final String scheduleToken;
        private final String slotId;
        private @Nullable Map<String, Object> input;
        private @Nullable Map<String, Object> arguments;
        private @Nullable String scheduledFor;
        private @Nullable String draftToken;
        private @Nullable Map<String, Object> metadata;

        private Builder(String scheduleToken, String slotId) {
            this.scheduleToken = scheduleToken;
            this.slotId = slotId;
        }

        /**
         * Sets the capability input.
         *
         * @param value a JSON object
         * @return this builder
         */
        public Builder input(@Nullable Map<String, Object> value) {
            this.input = value;
            return this;
        }

        /**
         * Sets the capability arguments.
         *
         * @param value a JSON object
         * @return this builder
         */
        public Builder arguments(@Nullable Map<String, Object> value) {
            this.arguments = value;
            return this;
        }

        /**
         * Sets the scheduled time.
         *
         * @param value ISO-8601 text
         * @return this builder
         */
        public Builder scheduledFor(@Nullable String value) {
            this.scheduledFor = value;
            return this;
        }

        /**
         * Sets the draft token.
         *
         * @param value the token
         * @return this builder
         */
        public Builder draftToken(@Nullable String value) {
            this.draftToken = value;
            return this;
        }

        /**
         * Sets your metadata.
         *
         * @param value a JSON object
         * @return this builder
         */
        public Builder metadata(@Nullable Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the normalised request
         * @throws SdrpValidationException when a value breaks its rule
         */
        public ScheduledAutoPayExecuteRequest build() {
            return new ScheduledAutoPayExecuteRequest(new Values(scheduleToken, slotId, input, arguments, scheduledFor,
                    draftToken, awaitFinality, awaitRequiredStatus, awaitTimeoutSeconds, awaitPollSeconds, metadata));
        }

        /**
         * Describes the builder without the schedule token.
         *
         * @return a fixed description
         */
        @Override
        public String toString() {
            return "ScheduledAutoPayExecuteRequest.Builder";
        }
    }
}
