package com.siglume.sdrp.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A webhook delivery ready to send to a receiver under test: the exact body bytes and the
 * {@code Siglume-Signature} header computed over them.
 *
 * <p>Immutable; the body is copied in and out. {@link #toString()} shows the event id and
 * timestamp only.
 */
public final class SignedWebhook {

    private final String eventId;
    private final byte[] body;
    private final long timestamp;
    private final String signatureHeader;

    private SignedWebhook(String eventId, byte[] body, long timestamp, String signatureHeader) {
        this.eventId = eventId;
        this.body = body;
        this.timestamp = timestamp;
        this.signatureHeader = signatureHeader;
    }

    /**
     * Signs arbitrary body bytes, for example a malformed event for a negative test.
     *
     * @param secret the webhook signing secret
     * @param body the exact body bytes
     * @param timestamp the signature timestamp, unix seconds
     * @return the signed delivery; its {@link #eventId()} is {@code null}
     * @throws SdrpValidationException when the secret is empty or the body is {@code null}
     */
    public static SignedWebhook of(String secret, byte[] body, long timestamp) {
        return create(null, secret, body, timestamp);
    }

    static SignedWebhook create(String eventId, String secret, byte[] body, long timestamp) {
        if (body == null) {
            throw new SdrpValidationException("body", "body is required");
        }
        byte[] copy = body.clone();
        return new SignedWebhook(eventId, copy, timestamp, WebhookSignatures.header(secret, copy, timestamp));
    }

    /**
     * Returns the event id.
     *
     * @return the id, or {@code null} for a body signed with {@link #of(String, byte[], long)}
     */
    public String eventId() {
        return eventId;
    }

    /**
     * Returns a copy of the exact body bytes.
     *
     * @return UTF-8 JSON
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body as text.
     *
     * @return the UTF-8 decoded body
     */
    public String bodyString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the {@code Siglume-Signature} header value.
     *
     * @return {@code t=<timestamp>,v1=<hex>}
     */
    public String signatureHeader() {
        return signatureHeader;
    }

    /**
     * Returns the header's name.
     *
     * @return {@code Siglume-Signature}
     */
    public String signatureHeaderName() {
        return Sdrp.SIGNATURE_HEADER;
    }

    /**
     * Returns the signature timestamp.
     *
     * @return unix seconds
     */
    public long timestamp() {
        return timestamp;
    }

    /**
     * Returns the signature timestamp as an instant.
     *
     * @return the timestamp
     */
    public Instant signedAt() {
        return Instant.ofEpochSecond(timestamp);
    }

    /**
     * Builds a {@code POST} of this delivery to a receiver, for {@link java.net.http.HttpClient}.
     *
     * @param url the receiver's webhook URL
     * @return the request, with {@code Content-Type: application/json} and the signature header
     * @throws SdrpValidationException when the URL is {@code null} or not absolute http(s)
     */
    public HttpRequest toHttpRequest(URI url) {
        if (url == null || url.getScheme() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new SdrpValidationException("url", "url must be an absolute http or https URL");
        }
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/json")
                .header(Sdrp.SIGNATURE_HEADER, signatureHeader)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedWebhook that
                && timestamp == that.timestamp
                && Arrays.equals(body, that.body)
                && signatureHeader.equals(that.signatureHeader);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + Long.hashCode(timestamp);
    }

    @Override
    public String toString() {
        return "SignedWebhook[eventId=" + eventId + ", timestamp=" + timestamp + ", bytes=" + body.length + "]";
    }
}
