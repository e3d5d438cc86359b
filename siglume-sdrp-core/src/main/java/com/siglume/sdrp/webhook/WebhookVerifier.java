package com.siglume.sdrp.webhook;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.internal.HmacSha256;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import org.jspecify.annotations.Nullable;

/**
 * Verifies webhook deliveries: the {@code Siglume-Signature} header against the exact raw body
 * bytes, then the body's shape.
 *
 * <p>Build one at start-up and share it: a verifier is immutable, thread-safe and reusable.
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *         .secret(System.getenv("SIGLUME_WEBHOOK_SECRET"))
 *         .build();
 *
 * VerifiedWebhook delivery = verifier.verify(rawBody, request.getHeader("Siglume-Signature"));
 * }</pre>
 *
 * <p>The rules: the header is a comma-separated list of {@code key=value} items (each item
 * trimmed, split at its first {@code '='}, unknown keys ignored); it needs exactly one integer
 * {@code t} (unix seconds) and at least one non-empty {@code v1} (hex HMAC-SHA256). A delivery
 * is refused when its timestamp is further than the tolerance from this verifier's clock, in
 * either direction. The HMAC is computed with every configured secret over
 * {@code "<t>." + rawBody}; the delivery is accepted when any {@code v1} equals any of them.
 * Every secret is always computed and every pair always compared, so the time taken does not
 * tell which secret matched or where a signature differed. Only then is the body parsed with
 * {@link WebhookEvent#parse(byte[])}.
 *
 * <p>Secrets are kept only as initialised {@code Mac} instances (one set per thread, created
 * once) and never appear in {@link #toString()} or in exception messages.
 */
public final class WebhookVerifier {

    /** Default timestamp tolerance, both directions. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(Sdrp.DEFAULT_WEBHOOK_TOLERANCE_SECONDS);

    private final Mac[] prototypes;
    private final byte[][] keys;
    private final Duration tolerance;
    private final long toleranceSeconds;
    private final Clock clock;
    private final ThreadLocal<Workspace> workspaces;

    private WebhookVerifier(List<byte[]> keys, Duration tolerance, Clock clock) {
        this.keys = keys.toArray(new byte[0][]);
        this.prototypes = new Mac[this.keys.length];
        for (int i = 0; i < this.keys.length; i++) {
            prototypes[i] = HmacSha256.newMac(this.keys[i]);
        }
        this.tolerance = tolerance;
        this.toleranceSeconds = tolerance.getSeconds();
        this.clock = clock;
        this.workspaces = ThreadLocal.withInitial(this::newWorkspace);
    }

    /**
     * Starts a builder. A secret is required; the tolerance defaults to 300 seconds and the
     * clock to the system UTC clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(null, List.of(), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * Verifies one delivery.
     *
     * @param rawBody the request body exactly as received, never a re-serialised object
     * @param signatureHeader the value of the {@code Siglume-Signature} header
     * @return the parsed event and the signed timestamp
     * @throws WebhookSignatureException when the header is missing or malformed, the timestamp is
     *         outside the tolerance, or no {@code v1} matches the body under any secret
     * @throws WebhookPayloadException when {@code rawBody} is {@code null}, or the signature
     *         holds but the body is not a valid event
     */
    public VerifiedWebhook verify(byte @Nullable [] rawBody, @Nullable String signatureHeader) {
        if (rawBody == null) {
            throw new WebhookPayloadException("webhook body is required");
        }
        if (signatureHeader == null || signatureHeader.isEmpty()) {
            throw new WebhookSignatureException("Siglume-Signature header is missing");
        }
        HeaderItems items = new HeaderItems(signatureHeader);
        long timestamp = parseTimestamp(items);
        if (timestamp < Instant.MIN.getEpochSecond() || timestamp > Instant.MAX.getEpochSecond()) {
            throw new WebhookSignatureException("webhook timestamp is out of range");
        }
        long now = clock.instant().getEpochSecond();
        if (outsideTolerance(now, timestamp)) {
            throw new WebhookSignatureException("webhook timestamp is outside the allowed tolerance");
        }
        items.rewind();
        if (!anySignatureMatches(rawBody, items, timestamp)) {
            throw new WebhookSignatureException("webhook signature does not match");
        }
        return new VerifiedWebhook(WebhookEvent.parse(rawBody), Instant.ofEpochSecond(timestamp));
    }

    /**
     * Returns the timestamp tolerance.
     *
     * @return the tolerance, whole seconds
     */
    public Duration tolerance() {
        return tolerance;
    }

    /** Shows how many secrets are configured and the tolerance; never the secrets. */
    @Override
    public String toString() {
        return "WebhookVerifier[secrets=" + keys.length + ", tolerance=" + tolerance + "]";
    }

    private boolean outsideTolerance(long now, long timestamp) {
        long difference = now - timestamp;
        boolean overflowed = ((now ^ timestamp) & (now ^ difference)) < 0;
        return overflowed || difference > toleranceSeconds || difference < -toleranceSeconds;
    }

    /** First pass over the header: finds {@code t} and checks that some {@code v1} is there. */
    private static long parseTimestamp(HeaderItems items) {
        long timestamp = 0;
        boolean timestampSeen = false;
        boolean signatureSeen = false;
        while (items.next()) {
            if (items.keyIs("t")) {
                if (timestampSeen) {
                    throw new WebhookSignatureException("Siglume-Signature header has more than one t");
                }
                timestamp = items.integerValue();
                timestampSeen = true;
            } else if (items.keyIs("v1") && items.valueStart < items.valueEnd) {
                signatureSeen = true;
            }
        }
        if (!timestampSeen) {
            throw new WebhookSignatureException("Siglume-Signature header has no t timestamp");
        }
        if (!signatureSeen) {
            throw new WebhookSignatureException("Siglume-Signature header has no v1 signature");
        }
        return timestamp;
    }

    /** Second pass: computes the HMAC under every secret and compares it with every {@code v1}. */
    private boolean anySignatureMatches(byte[] rawBody, HeaderItems items, long timestamp) {
        Workspace workspace = workspaces.get();
        for (int i = 0; i < workspace.macs.length; i++) {
            WebhookSignatures.signInto(workspace.macs[i], workspace.prefix, rawBody, timestamp, workspace.expected[i]);
        }
        int matches = 0;
        while (items.next()) {
            if (items.keyIs("v1")
                    && HmacSha256.decodeHex(items.header, items.valueStart, items.valueEnd, workspace.candidate)) {
                // No early exit: every secret is compared, so timing does not reveal which matched.
                for (byte[] expected : workspace.expected) {
                    matches |= MessageDigest.isEqual(expected, workspace.candidate) ? 1 : 0;
                }
            }
        }
        return matches != 0;
    }

    private Workspace newWorkspace() {
        Mac[] macs = new Mac[prototypes.length];
        for (int i = 0; i < macs.length; i++) {
            macs[i] = HmacSha256.copy(prototypes[i], keys[i]);
        }
        return new Workspace(macs);
    }

    /**
     * Walks the {@code key=value} items of a signature header in place, without splitting it
     * into new strings. Each item is trimmed (ECMAScript white space) and split at its first
     * {@code '='}; the value is trimmed too. Items without {@code '='} are skipped.
     */
    private static final class HeaderItems {
        final String header;
        int position;
        int keyStart;
        int keyEnd;
        int valueStart;
        int valueEnd;

        HeaderItems(String header) {
            this.header = header;
        }

        void rewind() {
            position = 0;
        }

        /** Moves to the next item that has a key and {@code '='}; {@code false} at the end. */
        boolean next() {
            int length = header.length();
            while (position <= length) {
                int end = indexOf(',', position, length);
                int itemStart = skipTrimmable(position, end);
                int itemEnd = skipTrimmableBackwards(itemStart, end);
                position = end + 1;
                int equals = indexOf('=', itemStart, itemEnd);
                if (equals < itemEnd) {
                    keyStart = itemStart;
                    keyEnd = equals;
                    valueStart = skipTrimmable(equals + 1, itemEnd);
                    valueEnd = itemEnd;
                    return true;
                }
            }
            return false;
        }

        boolean keyIs(String key) {
            return keyEnd - keyStart == key.length() && header.startsWith(key, keyStart);
        }

        long integerValue() {
            int i = valueStart;
            boolean negative = false;
            if (i < valueEnd && (header.charAt(i) == '-' || header.charAt(i) == '+')) {
                negative = header.charAt(i) == '-';
                i++;
            }
            // 18 digits cannot overflow a long; no real timestamp comes near that.
            if (i == valueEnd || valueEnd - i > 18) {
                throw new WebhookSignatureException("Siglume-Signature timestamp is not an integer");
            }
            long value = 0;
            for (; i < valueEnd; i++) {
                char c = header.charAt(i);
                if (c < '0' || c > '9') {
                    throw new WebhookSignatureException("Siglume-Signature timestamp is not an integer");
                }
                value = value * 10 + (c - '0');
            }
            return negative ? -value : value;
        }

        /** Bounded search, so a long header of empty items costs linear time. */
        private int indexOf(char c, int from, int to) {
            for (int i = from; i < to; i++) {
                if (header.charAt(i) == c) {
                    return i;
                }
            }
            return to;
        }

        private int skipTrimmable(int start, int end) {
            while (start < end && SdrpInputs.isTrimmable(header.charAt(start))) {
                start++;
            }
            return start;
        }

        private int skipTrimmableBackwards(int start, int end) {
            while (end > start && SdrpInputs.isTrimmable(header.charAt(end - 1))) {
                end--;
            }
            return end;
        }
    }

    /** One thread's reusable state: its own {@code Mac} per secret and scratch buffers. */
    private static final class Workspace {
        final Mac[] macs;
        final byte[][] expected;
        final byte[] candidate = new byte[HmacSha256.DIGEST_LENGTH];
        final byte[] prefix = new byte[WebhookSignatures.MAX_PREFIX_LENGTH];

        Workspace(Mac[] macs) {
            this.macs = macs;
            this.expected = new byte[macs.length][HmacSha256.DIGEST_LENGTH];
        }
    }

    /**
     * Immutable builder of {@link WebhookVerifier}: every method returns a new builder, so one
     * can serve as a template for several verifiers. Each value is checked when it is given.
     */
    public static final class Builder {

        private final @Nullable String secret;
        private final List<String> additionalSecrets;
        private final Duration tolerance;
        private final Clock clock;

        private Builder(@Nullable String secret, List<String> additionalSecrets, Duration tolerance, Clock clock) {
            this.secret = secret;
            this.additionalSecrets = additionalSecrets;
            this.tolerance = tolerance;
            this.clock = clock;
        }

        /**
         * Sets the signing secret ({@code whsec_...}), used exactly as given.
         *
         * @param secret the secret; not {@code null} or blank
         * @return a builder with the secret set
         * @throws SdrpValidationException when the secret is {@code null} or blank
         */
        public Builder secret(String secret) {
            WebhookSignatures.requireSecret(secret);
            return new Builder(secret, additionalSecrets, tolerance, clock);
        }

        /**
         * Sets further secrets that are also accepted, for rotation: a delivery signed with any
         * of them, or with {@link #secret(String)}, verifies. Replaces any list given before.
         *
         * @param additionalSecrets the secrets, possibly empty; none {@code null} or blank
         * @return a builder with the additional secrets set
         * @throws SdrpValidationException when the list or one of its entries is {@code null} or blank
         */
        public Builder additionalSecrets(List<String> additionalSecrets) {
            if (additionalSecrets == null) {
                throw new SdrpValidationException("additional_secrets", "additional secrets must not be null");
            }
            List<String> copy = new ArrayList<>(additionalSecrets.size());
            for (String additional : additionalSecrets) {
                WebhookSignatures.requireSecret("additional_secrets", additional);
                copy.add(additional);
            }
            return new Builder(secret, List.copyOf(copy), tolerance, clock);
        }

        /**
         * Sets how far a delivery's timestamp may be from the clock, in either direction.
         * Counted in whole seconds; a fraction of a second is dropped.
         *
         * @param tolerance at least one second; 300 seconds when not set
         * @return a builder with the tolerance set
         * @throws SdrpValidationException when the tolerance is {@code null} or under one second
         */
        public Builder tolerance(Duration tolerance) {
            if (tolerance == null || tolerance.getSeconds() < 1) {
                throw new SdrpValidationException("tolerance", "webhook tolerance must be at least 1 second");
            }
            return new Builder(secret, additionalSecrets, Duration.ofSeconds(tolerance.getSeconds()), clock);
        }

        /**
         * Sets the clock the timestamp is checked against; tests pass a fixed clock.
         *
         * @param clock the clock; the system UTC clock when not set
         * @return a builder with the clock set
         * @throws SdrpValidationException when the clock is {@code null}
         */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new SdrpValidationException("clock", "clock must not be null");
            }
            return new Builder(secret, additionalSecrets, tolerance, clock);
        }

        /**
         * Builds the verifier.
         *
         * @return a verifier for the configured secrets
         * @throws SdrpValidationException when no secret was set
         */
        public WebhookVerifier build() {
            if (secret == null) {
                throw new SdrpValidationException("secret", "webhook signing secret is required");
            }
            List<byte[]> keys = new ArrayList<>();
            keys.add(WebhookSignatures.requireSecret(secret));
            for (String additional : additionalSecrets) {
                byte[] key = WebhookSignatures.requireSecret(additional);
                if (keys.stream().noneMatch(existing -> Arrays.equals(existing, key))) {
                    keys.add(key);
                }
            }
            return new WebhookVerifier(keys, tolerance, clock);
        }

        /** Shows the settings without any secret. */
        @Override
        public String toString() {
            return "WebhookVerifier.Builder[secret=" + (secret == null ? "unset" : "set")
                    + ", additionalSecrets=" + additionalSecrets.size() + ", tolerance=" + tolerance + "]";
        }
    }
}
